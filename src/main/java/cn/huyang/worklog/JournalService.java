package cn.huyang.worklog;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Changes;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.Json;
import cn.huyang.common.JsonReader;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import cn.huyang.security.TextCipher;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 工作周记 [三(一)3(5)]: a counselor writes a week's journal (WORKLOG_EDIT, own records) and submits it;
 * the department marks it read with a comment (JOURNAL_REVIEW), after which it stays as read (no change).
 * Entries are sealed; audit rows name the plain fields and "正文已修改".
 */
public class JournalService {
    static final String ENTITY = "work_journal";

    private final Transactor tx;
    private final JournalRepository repo;
    private final RosterService roster;
    private final TextCipher cipher;
    private final Messages m;
    private final Clock clock;
    private final Access access;

    public JournalService(Transactor tx, JournalRepository repo, RosterService roster, TextCipher cipher, Messages m,
                          Clock clock, Access access) {
        this.tx = tx;
        this.repo = repo;
        this.roster = roster;
        this.cipher = cipher;
        this.m = m;
        this.clock = clock;
        this.access = access;
    }

    private Counselor require(Operation op, long counselorId) {
        Counselor c = roster.counselor(counselorId).orElseThrow(() -> new ValidationException(
                FieldError.of("worklog.field.counselor", "worklog.validation.noCounselor")));
        access.guard().require(op, c.departmentId(), c.id());
        return c;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the user may write and submit the counselor's journals (WORKLOG_EDIT; the screen's buttons). */
    public boolean mayEdit(long counselorId) {
        return may(Operation.WORKLOG_EDIT, counselorId);
    }

    /** Whether the user may mark the counselor's journals read (JOURNAL_REVIEW; the screen's buttons). */
    public boolean mayReview(long counselorId) {
        return may(Operation.JOURNAL_REVIEW, counselorId);
    }

    private boolean may(Operation op, long counselorId) {
        return roster.counselor(counselorId).map(c -> access.guard().may(op, c.departmentId(), c.id()))
                .orElse(false);
    }

    /** Writes a week's entries (a new journal, or the stored one at the version read). */
    public Journal save(long counselorId, LocalDate weekStart, Map<String, String> entries, int version) {
        require(Operation.WORKLOG_EDIT, counselorId);
        List<FieldError> errors = new ArrayList<>();
        if (weekStart == null) {
            errors.add(FieldError.of("worklog.field.week", "validation.required"));
        } else if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            errors.add(FieldError.of("worklog.field.week", "worklog.validation.notMonday"));
        } else if (weekStart.isAfter(LocalDate.now(clock))) {
            errors.add(FieldError.of("worklog.field.week", "validation.future"));
        }
        Map<String, String> kept = new LinkedHashMap<>();
        entries.forEach((k, v) -> {
            if (!Journal.KEYS.contains(k)) {
                errors.add(FieldError.of("worklog.field.details", "validation.unknownValue", k));
            } else if (v != null && !v.isBlank()) {
                if (v.length() > WorklogValidator.LONG) {
                    errors.add(FieldError.of("worklog.journal." + k, "validation.tooLong", WorklogValidator.LONG));
                }
                kept.put(k, v.strip());
            }
        });
        if (errors.isEmpty() && kept.isEmpty()) {
            errors.add(FieldError.of("worklog.field.entries", "validation.required"));
        }
        WorklogService.refuse(errors);
        return tx.inTransaction(() -> {
            JournalRepository.Stored before = repo.find(counselorId, weekStart).orElse(null);
            if (before != null && before.journal().reviewedAt() != null) {
                throw new ValidationException(FieldError.of("worklog.field.week", "worklog.validation.alreadyRead"));
            }
            long id;
            int at;
            if (before == null) {
                id = repo.insert(counselorId, weekStart);
                at = 0;
            } else {
                id = before.journal().id();
                at = version;
            }
            if (!repo.updateEntries(id, at, seal(id, kept))) {
                throw access.audit().stale(ENTITY, id, before == null ? null : before.journal().plain(), false);
            }
            Journal after = opened(id);
            Map<String, Object> details = new LinkedHashMap<>();
            Changes.between(before == null ? null : before.journal().plain(), after.plain()).forEach(details::put);
            details.put("entries", List.of("", m.get("worklog.audit.bodyChanged")));
            access.audit().record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, id,
                    Json.object(details));
            return after;
        });
    }

    /** Many journals at once (the demo data, recorded as one audit row by its caller); weeks already written are kept. */
    public int addAll(List<Journal> drafts) {
        access.guard().require(Operation.WORKLOG_EDIT);
        java.util.Set<String> there = repo.weeks();
        List<Journal> js = drafts.stream().filter(j -> !there.contains(j.counselorId() + "/" + j.weekStart())).toList();
        return tx.inTransaction(() -> {
            List<Long> ids = repo.insertAll(js);
            Map<Long, String> sealed = new java.util.HashMap<>();
            for (int i = 0; i < js.size(); i++) {
                sealed.put(ids.get(i), seal(ids.get(i), js.get(i).entries()));
            }
            repo.setEntries(sealed);
            return js.size();
        });
    }

    /** Submits a journal to the department. */
    public Journal submit(Journal j) {
        require(Operation.WORKLOG_EDIT, j.counselorId());
        return tx.inTransaction(() -> {
            Journal before = opened(j.id());
            if (!repo.submit(j.id(), j.version(), now())) {
                throw access.audit().stale(ENTITY, j.id(), before == null ? null : before.plain(), before == null);
            }
            Journal after = opened(j.id());
            access.audit().changed(ENTITY, j.id(), before.plain(), after.plain());
            return after;
        });
    }

    /** The department marks a submitted journal read, with a comment (JOURNAL_REVIEW). */
    public Journal review(Journal j, String comment) {
        require(Operation.JOURNAL_REVIEW, j.counselorId());
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 2000) {
            throw new ValidationException(FieldError.of("worklog.field.reviewComment", "validation.tooLong", 2000));
        }
        return tx.inTransaction(() -> {
            JournalRepository.Stored before = repo.find(j.id()).orElse(null);
            if (before != null && !before.journal().submitted()) {
                throw new ValidationException(FieldError.of("worklog.field.week", "worklog.validation.notSubmitted"));
            }
            if (before == null || !repo.review(j.id(), j.version(), now(), access.actor().displayName(), text)) {
                throw access.audit().stale(ENTITY, j.id(), before == null ? null : before.journal().plain(),
                        before == null);
            }
            Journal after = opened(j.id()); // with its entries, as save and submit return it
            access.audit().changed(ENTITY, j.id(), before.journal().plain(), after.plain());
            return after;
        });
    }

    /** A counselor's journals of the weeks starting in a month, with their entries. */
    public List<Journal> month(long counselorId, YearMonth month) {
        Counselor c = roster.counselor(counselorId).orElseThrow();
        var guard = access.guard();
        if (!guard.may(Operation.WORKLOG_READ, c.departmentId(), c.id())
                && !guard.may(Operation.JOURNAL_REVIEW, c.departmentId(), c.id())) {
            guard.require(Operation.WORKLOG_READ, c.departmentId(), c.id());
        }
        return repo.between(counselorId, month.atDay(1), month.atEndOfMonth()).stream()
                .map(s -> withEntries(s)).toList();
    }

    private Journal opened(long id) {
        return repo.find(id).map(this::withEntries).orElse(null);
    }

    private Journal withEntries(JournalRepository.Stored s) {
        Journal j = s.journal();
        return new Journal(j.id(), j.counselorId(), j.weekStart(), open(j.id(), s.sealedEntries()), j.submittedAt(),
                j.reviewedAt(), j.reviewedBy(), j.reviewComment(), j.version());
    }

    private String seal(long id, Map<String, String> entries) {
        return cipher.seal(ENTITY, "entries", String.valueOf(id), Json.object(entries));
    }

    private Map<String, String> open(long id, String sealed) {
        Map<String, String> out = new LinkedHashMap<>();
        String json = cipher.open(ENTITY, "entries", String.valueOf(id), sealed);
        if (json == null) {
            return out;
        }
        try {
            if (JsonReader.parse(json, 2) instanceof Map<?, ?> map) {
                map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
            }
        } catch (JsonReader.SyntaxException e) {
            throw new IllegalStateException("journal " + id + ": entries are not an object", e);
        }
        return out;
    }
}
