package cn.huyang.students;

import java.time.LocalDateTime;

/** One part of a student's file: its text (opened), when and by whom it was last written; version 0: not written yet. */
public record FileSection(FilePart part, String body, LocalDateTime updatedAt, String updatedBy, int version) {
}
