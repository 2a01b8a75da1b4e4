package cn.huyang.exchange;

import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditLog;
import cn.huyang.common.Json;
import cn.huyang.common.JsonReader;
import cn.huyang.exchange.RowChange.Kind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a planned package here, inside the caller's transaction: new rows inserted with their uids,
 * changed rows updated, deletions with their tombstones, conflicts listed (both versions sealed); each
 * with its audit row naming the package and sender, each row taken remembered in the ledger.
 */
final class ImportApplier {
    private final TravelRepository travel;
    private final LedgerRepository ledger;
    private final RowTexts texts;
    private final AuditLog audit;
    private final Rederive rederive;
    private final DirectoryRepository directory;
    private final Map<String, Map<UUID, Long>> ids = new HashMap<>();
    private final Map<String, Long> departments = new HashMap<>();
    private final Set<Long> sessions = new HashSet<>();
    private final Set<Long> counselors = new HashSet<>();
    private final List<LedgerRepository.Take> taken = new ArrayList<>();
    private String takenFrom;
    private LocalDate from;
    private LocalDate to;

    ImportApplier(Parts parts) {
        this.travel = parts.travel();
        this.ledger = parts.ledger();
        this.texts = parts.texts();
        this.audit = parts.audit();
        this.rederive = parts.rederive();
        this.directory = parts.directory();
    }

    void apply(List<RowChange> changes, String senderId, String packageName, LocalDateTime at) {
        prefetch(changes);
        for (RowChange c : changes) {
            TravelTable t = TravelTables.named(c.table());
            switch (c.kind()) {
                case NEW -> write(t, c, senderId, true);
                case CHANGED -> write(t, c, senderId, false);
                case DELETE -> {
                    touch(t, c.local());
                    travel.delete(t, c.uid());
                }
                case CONFLICT -> ledger.insertConflict(conflict(c, senderId, packageName, at));
                case UNCHANGED -> {
                    continue;
                }
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("package", packageName);
            details.put("fields", c.diffs().stream().map(RowChange.FieldDiff::column).toList());
            if (c.kind() == Kind.CONFLICT) {
                details.put("conflict", true);
            }
            audit.record(switch (c.kind()) {
                case NEW -> AuditAction.CREATE;
                case CHANGED -> AuditAction.UPDATE;
                case DELETE -> AuditAction.DELETE;
                default -> AuditAction.IMPORT;
            }, c.table(), c.uid(), details);
        }
        flush();
    }

    /** Derives again what the rows written so far ask for; remembers the rows taken. */
    void flush() {
        if (!taken.isEmpty()) {
            ledger.putTaken(takenFrom, taken);
            taken.clear();
        }
        if (!sessions.isEmpty() || !counselors.isEmpty()) {
            rederive.after(sessions, counselors, from, to);
        }
        sessions.clear();
        counselors.clear();
    }

    /** Deletes a row (a conflict resolved for the package's deletion). */
    void delete(TravelTable t, RowChange c) {
        touch(t, c.local());
        travel.delete(t, c.uid());
    }

    /** Writes the package's version of a row (new or over the one here); also what taking a conflict's package side does. */
    void write(TravelTable t, RowChange c, String senderId, boolean insert) {
        Map<String, String> v = c.incoming();
        Map<String, Object> values = new LinkedHashMap<>();
        for (TravelColumn col : t.columns()) {
            String text = v.get(col.name());
            switch (col.kind()) {
                case PLAIN -> values.put(col.column(), ValueText.read(TravelRepository.type(t, col.column()), text));
                case REF -> values.put(col.column(), text == null ? null : id(col.target(), UUID.fromString(text)));
                case DEPARTMENT -> values.put(col.column(),
                        departments.computeIfAbsent(text, directory::departmentId));
                case SEALED -> {
                }
            }
        }
        touch(t, c.local());
        Long id;
        long seq;
        if (insert) {
            TravelRepository.Written w = travel.insert(t, c.uid(), values);
            id = w.id();
            seq = w.changeSeq();
            if (id != null) {
                ids.computeIfAbsent(t.name(), k -> new HashMap<>()).put(c.uid(), id);
            }
        } else {
            travel.update(t, c.uid(), values);
            id = t.hasId() ? id(t.name(), c.uid()) : null;
            seq = travel.changeSeq(t, c.uid());
        }
        Long student = t.sealId() == TravelTable.SealId.STUDENT_PART ? id("student", UUID.fromString(v.get("student_uid")))
                : null;
        String sealId = RowTexts.sealId(t, id, student, v.get("part"));
        Map<String, Object> sealed = new LinkedHashMap<>();
        for (TravelColumn col : t.columns()) {
            if (col.kind() == TravelColumn.Kind.SEALED) {
                sealed.put(col.column(), texts.seal(t, col.column(), sealId, v.get(col.name())));
            }
        }
        travel.setSealed(t, c.uid(), sealed);
        if (t.name().equals("work_record")) {
            writeLines(id, v.get(IncomingRows.STUDENTS));
        }
        touch(t, v);
        takenFrom = senderId;
        taken.add(new LedgerRepository.Take(c.uid(), seq, c.sha()));
    }

    private void writeLines(long recordId, String students) {
        List<Object[]> lines = new ArrayList<>();
        try {
            if (JsonReader.parse(students, 3) instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    List<?> l = (List<?>) list.get(i);
                    Long student = l.get(0) == null ? null : ids("student", UUID.fromString((String) l.get(0)));
                    lines.add(new Object[] {student, texts.sealLine(recordId, i, (String) l.get(1))});
                }
            }
        } catch (JsonReader.SyntaxException e) {
            throw new IllegalStateException("work record lines", e);
        }
        travel.replaceLines(recordId, lines);
    }

    /** Notes what a row's change asks to derive again: its session, its counselor, its day. */
    private void touch(TravelTable t, Map<String, String> v) {
        if (v == null) {
            return;
        }
        if (t.name().equals("training_record")) {
            sessions.add(id("training_session", UUID.fromString(v.get("session_uid"))));
            counselors.add(id("counselor", UUID.fromString(v.get("counselor_uid"))));
        } else if (t.name().equals("work_record")) {
            counselors.add(id("counselor", UUID.fromString(v.get("counselor_uid"))));
            LocalDate day = LocalDate.parse(v.get("occurred_on"));
            LocalDate follow = v.get("follow_up_on") == null ? day : LocalDate.parse(v.get("follow_up_on"));
            from = min(min(from, day), follow);
            to = max(max(to, day), follow);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /**
     * The numeric keys here of every row the changes name (their own rows, their references, their lines'
     * students), a query per thousand rather than one per row.
     */
    private void prefetch(List<RowChange> changes) {
        Map<String, Set<UUID>> wanted = new HashMap<>();
        for (RowChange c : changes) {
            TravelTable t = TravelTables.named(c.table());
            if (c.kind() == Kind.CHANGED && t.hasId()) {
                wanted.computeIfAbsent(t.name(), k -> new HashSet<>()).add(c.uid());
            }
            if (c.kind() != Kind.NEW && c.kind() != Kind.CHANGED && c.kind() != Kind.DELETE) {
                continue;
            }
            for (Map<String, String> v : java.util.Arrays.asList(c.incoming(), c.local())) {
                if (v == null) {
                    continue;
                }
                for (TravelColumn col : t.columns()) {
                    String ref = v.get(col.name());
                    if (col.kind() == TravelColumn.Kind.REF && ref != null) {
                        wanted.computeIfAbsent(col.target(), k -> new HashSet<>()).add(UUID.fromString(ref));
                    }
                }
                String lines = v.get(IncomingRows.STUDENTS);
                if (lines != null) {
                    studentsOf(lines).forEach(u -> wanted.computeIfAbsent("student", k -> new HashSet<>()).add(u));
                }
            }
        }
        wanted.forEach((table, uids) -> ids.computeIfAbsent(table, k -> new HashMap<>())
                .putAll(travel.ids(table, uids)));
    }

    private static List<UUID> studentsOf(String lines) {
        List<UUID> out = new ArrayList<>();
        try {
            if (JsonReader.parse(lines, 3) instanceof List<?> list) {
                for (Object l : list) {
                    if (l instanceof List<?> line && line.get(0) instanceof String uid) {
                        out.add(UUID.fromString(uid));
                    }
                }
            }
        } catch (JsonReader.SyntaxException e) {
            throw new IllegalStateException("work record lines", e);
        }
        return out;
    }

    private Long id(String table, UUID uid) {
        Long id = ids(table, uid);
        if (id == null) {
            throw new IllegalStateException(table + " " + uid + " is not here");
        }
        return id;
    }

    private Long ids(String table, UUID uid) {
        Map<UUID, Long> m = ids.computeIfAbsent(table, k -> new HashMap<>());
        Long id = m.get(uid);
        if (id == null) {
            id = travel.ids(table, List.of(uid)).get(uid);
            if (id != null) {
                m.put(uid, id);
            }
        }
        return id;
    }

    private Conflict conflict(RowChange c, String senderId, String packageName, LocalDateTime at) {
        UUID uid = cn.huyang.db.Stamps.newUid();
        String local = c.local() == null ? null : texts.sealConflict(uid, "local_content", Json.object(c.local()));
        String incoming = c.incoming() == null ? null
                : texts.sealConflict(uid, "package_content", Json.object(c.incoming()));
        String fields = String.join(",", c.diffs().stream().map(RowChange.FieldDiff::column).toList());
        long sequence = Long.parseLong(packageName.substring(packageName.lastIndexOf('#') + 1));
        return new Conflict(0, uid, senderId, sequence, c.table(), c.uid(), c.localDeleted(), c.incoming() == null,
                local, incoming, fields.length() > 4000 ? fields.substring(0, 4000) : fields, "OPEN", at, null, null,
                null);
    }
}
