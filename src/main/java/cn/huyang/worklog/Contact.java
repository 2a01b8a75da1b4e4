package cn.huyang.worklog;

import java.time.LocalDate;

/** One contact with a student as a student's file shows it: when, what kind, and a line about it. */
public record Contact(LocalDate date, String kindLabel, String summary) {
}
