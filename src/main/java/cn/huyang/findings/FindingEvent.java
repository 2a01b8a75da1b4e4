package cn.huyang.findings;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One step in a finding's history: decided (with the decision) or reopened (with the reason in
 * {@code reason}, the date and who reopened it).
 */
public record FindingEvent(long id, FindingKey key, Type type, Decision decision, LocalDate date, String by,
                           String reason, LocalDateTime recordedAt) {

    public enum Type {
        DECIDED,
        REOPENED
    }

    public boolean decided() {
        return type == Type.DECIDED;
    }
}
