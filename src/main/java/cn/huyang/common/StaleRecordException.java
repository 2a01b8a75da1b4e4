package cn.huyang.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A save or delete refused because someone else changed (or deleted) the record since it was read:
 * nothing was stored. Carries what the refusal says — the entity and id, who changed it last and when
 * (from the audit log; null when the log does not say) — and the record as it is stored now (null
 * when it is gone), so that the form can show both and let the user choose.
 */
public final class StaleRecordException extends RuntimeException {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String entity;
    private final String id;
    private final String changedBy;
    private final LocalDateTime changedAt;
    private final transient Object current;
    private final boolean gone;
    private final LocalDate today;

    /**
     * @param current the record as stored now, or null when not read
     * @param gone    true when the record was deleted
     * @param today   the day the refusal happened, by the program's clock (a time of that day shows without its date)
     */
    public StaleRecordException(String entity, Object id, String changedBy, LocalDateTime changedAt, Object current,
                                boolean gone, LocalDate today) {
        super("Stale " + entity + " " + id + (gone ? " (deleted)" : "")
                + (changedAt == null ? "" : ", changed at " + changedAt));
        this.entity = entity;
        this.id = id == null ? null : String.valueOf(id);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.current = current;
        this.gone = gone;
        this.today = today;
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }

    /** The display name of who changed it last, or null when the audit log does not say. */
    public String changedBy() {
        return changedBy;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }

    /** The record as stored now (null when it was deleted or not read). */
    public Object current() {
        return current;
    }

    /** The stored record now, as the type the caller knows it by, or null. */
    public <T> T current(Class<T> type) {
        return type.isInstance(current) ? type.cast(current) : null;
    }

    /** Whether the record is gone (deleted by someone else). */
    public boolean deleted() {
        return gone;
    }

    /**
     * "此记录已被 张三 于 10:42 修改，您的修改尚未保存。": the time as HH:mm when it was today, else with
     * its date.
     */
    public String render(Messages m) {
        if (changedBy == null || changedAt == null) {
            return m.get(deleted() ? "stale.deletedUnknown" : "stale.changedUnknown");
        }
        String when = today != null && changedAt.toLocalDate().equals(today) ? TIME.format(changedAt) : DATE_TIME.format(changedAt);
        return m.get(deleted() ? "stale.deleted" : "stale.changed", changedBy, when);
    }

    /** The refusal anywhere in the causes (a background task may wrap it), or null. */
    public static StaleRecordException in(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof StaleRecordException s) {
                return s;
            }
        }
        return null;
    }
}
