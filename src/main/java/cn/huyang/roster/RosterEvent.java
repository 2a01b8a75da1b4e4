package cn.huyang.roster;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One dated step of a counselor's roster history. */
public record RosterEvent(Long id, long counselorId, RosterEventKind kind, LocalDate date, String reason,
                          LocalDateTime recordedAt) {
}
