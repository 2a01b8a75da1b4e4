package cn.huyang.exchange;

import cn.huyang.access.Role;
import cn.huyang.common.JsonReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The tables of a package as this database writes them: its rows in a scope changed after a change_seq. */
final class PackageRows {
    private final TravelRepository travel;
    private final LedgerRepository ledger;
    private final RowTexts texts;
    private java.util.Set<UUID> held = java.util.Set.of();

    PackageRows(TravelRepository travel, LedgerRepository ledger, RowTexts texts) {
        this.travel = travel;
        this.ledger = ledger;
        this.texts = texts;
    }

    /** The tables and the highest change_seq among their rows and deletions (0 when none). */
    record Collected(List<PackageTable> tables, long bound) {
    }

    /**
     * @param recipient the database the package goes to: rows taken from it and unchanged since are not
     *                  sent back (they are its own already)
     */
    Collected collect(Role role, long after, Long departmentId, Long counselorId, String recipient) {
        held = ledger.openConflictRows(recipient);
        List<PackageTable> tables = new ArrayList<>();
        long bound = 0;
        List<String> entities = new ArrayList<>();
        for (TravelTable t : TravelTables.ALL) {
            if (!TravelTables.sendable(role, t.name())) {
                continue;
            }
            entities.add(t.name());
            boolean everySession = t.owner() == TravelTable.Owner.SHARED && role == Role.OFFICE;
            List<LocalRow> local = notEchoed(everySession ? travel.changedSince(t, after, null, null)
                    : travel.changedSince(t, after, departmentId, counselorId), recipient);
            List<List<String>> out = new ArrayList<>(local.size());
            for (LocalRow r : local) {
                bound = Math.max(bound, r.changeSeq());
                List<String> row = new ArrayList<>(t.columns().size() + 3);
                row.add(r.uid().toString());
                row.addAll(texts.opened(t, r).values());
                out.add(row);
            }
            if (!out.isEmpty()) {
                tables.add(new PackageTable(t.name(), t.packageColumns(), out));
            }
            if (t.name().equals("work_record") && !local.isEmpty()) {
                tables.add(lines(local));
            }
        }
        List<List<String>> deletions = new ArrayList<>();
        Scope scope = departmentId == null && counselorId == null ? null
                : new Scope(travel.idsInScope("counselor", departmentId, counselorId),
                travel.idsInScope("student", departmentId, counselorId));
        for (TravelRepository.Tomb d : travel.tombstonesSince(after, entities)) {
            if (scope == null || scope.holds(d)) {
                bound = Math.max(bound, d.changeSeq());
                deletions.add(List.of(d.uid().toString(), d.entity(), d.deletedAt(), d.deletedBy()));
            }
        }
        if (!deletions.isEmpty()) {
            tables.add(new PackageTable(TravelTables.TOMBSTONES, TravelTables.TOMBSTONE_COLUMNS, deletions));
        }
        return new Collected(tables, bound);
    }

    /**
     * The rows to send: not those taken from the recipient and unchanged since (its own already), nor those
     * in an open conflict with its package (they travel once a person has decided: see ConflictService).
     */
    private List<LocalRow> notEchoed(List<LocalRow> rows, String recipient) {
        if (rows.isEmpty()) {
            return rows;
        }
        if (!held.isEmpty()) {
            rows = rows.stream().filter(r -> !held.contains(r.uid())).toList();
        }
        Map<UUID, LedgerRepository.Taken> taken = ledger.taken(recipient, rows.stream().map(LocalRow::uid).toList());
        if (taken.isEmpty()) {
            return rows;
        }
        List<LocalRow> out = new ArrayList<>(rows.size());
        for (LocalRow r : rows) {
            LedgerRepository.Taken t = taken.get(r.uid());
            if (t == null || t.appliedSeq() != r.changeSeq()) {
                out.add(r);
            }
        }
        return out;
    }

    private PackageTable lines(List<LocalRow> records) {
        Map<Long, UUID> uids = new HashMap<>();
        records.forEach(r -> uids.put(r.id(), r.uid()));
        List<List<String>> out = new ArrayList<>();
        for (TravelRepository.Line l : travel.lines(uids.keySet())) {
            List<String> row = new ArrayList<>(4);
            row.add(uids.get(l.recordId()).toString());
            row.add(String.valueOf(l.seq()));
            row.add(l.studentUid() == null ? null : l.studentUid().toString());
            row.add(texts.openLine(l.recordId(), l.seq(), l.sealedName()));
            out.add(row);
        }
        return new PackageTable(TravelTables.LINES, TravelTables.LINE_COLUMNS, out);
    }

    /** Whether a deletion is of a row of the scope: by the department, counselor or student its content names. */
    private record Scope(Set<Long> counselors, Set<Long> students) {
        boolean holds(TravelRepository.Tomb d) {
            Map<?, ?> content;
            try {
                content = JsonReader.parse(d.content(), 3) instanceof Map<?, ?> m ? m : Map.of();
            } catch (JsonReader.SyntaxException e) {
                return false;
            }
            TravelTable t = TravelTables.named(d.entity());
            return switch (t.owner()) {
                case SELF -> t.name().equals("counselor") ? counselors.contains(number(content.get("id")))
                        : students.contains(number(content.get("id")));
                case COUNSELOR -> counselors.contains(number(content.get("counselor_id")));
                case STUDENT -> students.contains(number(content.get("student_id")));
                case SHARED -> false;
            };
        }

        private static Long number(Object v) {
            return v instanceof BigDecimal d ? d.longValue() : v instanceof Number n ? n.longValue() : null;
        }
    }
}
