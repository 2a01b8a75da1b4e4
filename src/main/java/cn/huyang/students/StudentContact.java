package cn.huyang.students;

import java.time.LocalDate;

/** One contact with a student as the work records have it (a talk, a visit, a note): the day, its kind, a summary. */
public record StudentContact(LocalDate date, String kind, String summary) {
}
