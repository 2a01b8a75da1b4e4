package cn.huyang.roster;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** A counselor's history steps (离岗, 返岗, 离职注销, 再次入职): checked, asked of the guard, written with the audit row. */
final class RosterSteps {
    private final Transactor tx;
    private final CounselorRepository counselors;
    private final RosterEventRepository events;
    private final Messages messages;
    private final Access access;
    private final Supplier<LocalDate> today;

    RosterSteps(Transactor tx, CounselorRepository counselors, RosterEventRepository events, Messages messages,
                Access access, Supplier<LocalDate> today) {
        this.tx = tx;
        this.counselors = counselors;
        this.events = events;
        this.messages = messages;
        this.access = access;
        this.today = today;
    }

    void change(long id, RosterEventKind kind, LocalDate date, String rawReason,
                        Set<CounselorStatus> from, CounselorStatus to) {
        String reason = Text.clean(rawReason);
        if (date == null) {
            throw new ValidationException(FieldError.of("field.eventDate", "validation.required"));
        }
        if ((kind == RosterEventKind.DEREGISTER || kind == RosterEventKind.LEAVE) && reason == null) {
            throw new ValidationException(FieldError.of("field.reason", "validation.required"));
        }
        if (reason != null && reason.length() > 500) {
            throw new ValidationException(FieldError.of("field.reason", "validation.tooLong", 500));
        }
        tx.inTransaction(() -> {
            Counselor c = counselors.find(id).orElseThrow();
            access.guard().require(Operation.ROSTER_EDIT, c.departmentId());
            if (!from.contains(c.status())) {
                throw new ValidationException(FieldError.of("field.status", "validation.statusTransition",
                        c.status().label(messages), kind.label(messages)));
            }
            RosterEvent last = events.latest(id);
            checkEventDate(date, last == null ? null : last.date(), today.get());
            events.insert(id, kind, date, reason);
            counselors.updateStatus(id, to);
            java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();
            details.put("date", date.toString());
            details.put("status", List.of(c.status().name(), to.name()));
            if (reason != null) {
                details.put("reason", reason);
            }
            access.audit().record(switch (kind) {
                case LEAVE -> AuditAction.LEAVE;
                case RETURN -> AuditAction.RETURN;
                case DEREGISTER -> AuditAction.DEREGISTER;
                default -> AuditAction.REREGISTER;
            }, "counselor", id, details);
        });
    }

    static void checkEventDate(LocalDate date, LocalDate notBefore, LocalDate today) {
        if (date.isAfter(today)) {
            throw new ValidationException(FieldError.of("field.eventDate", "validation.future"));
        }
        if (notBefore != null && date.isBefore(notBefore)) {
            throw new ValidationException(FieldError.of("field.eventDate", "validation.beforeLastEvent",
                    notBefore.toString()));
        }
    }
}
