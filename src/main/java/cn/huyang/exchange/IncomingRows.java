package cn.huyang.exchange;

import cn.huyang.access.Role;
import cn.huyang.common.Json;
import cn.huyang.exchange.PackageRefusal.Reason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A package's rows read whole and checked before anything is compared or written: only tables the
 * sender may send, with exactly their columns; every value of its column's kind; every uid once; a work
 * record's lines joined to it (as its {@code students} value). Refuses the package at the first fault.
 */
final class IncomingRows {
    /** The virtual column holding a work record's lines: a JSON array of [student uid or null, name]. */
    static final String STUDENTS = "students";

    /** One incoming row: its line in the table file and its values by package column (uid excluded). */
    record Row(UUID uid, int line, Map<String, String> values) {
    }

    /** One incoming deletion. */
    record Deletion(UUID uid, String entity, int line) {
    }

    /** A department an office package names. */
    record Department(String code, String name, int sortOrder, boolean active) {
    }

    /** An account an office package for a new PC names. */
    record Account(String userName, String displayName, Role role, String departmentCode, UUID counselor) {
    }

    private final Map<String, List<Row>> rows = new LinkedHashMap<>();
    private final List<Deletion> deletions = new ArrayList<>();
    private final List<Department> departments = new ArrayList<>();
    private final List<Account> accounts = new ArrayList<>();

    IncomingRows(OpenedPackage pkg, Role role) {
        for (String name : pkg.tableNames()) {
            PackageTable t = pkg.table(name);
            boolean office = role == Role.OFFICE;
            boolean known = name.equals(TravelTables.LINES) ? t.columns().equals(TravelTables.LINE_COLUMNS)
                    : name.equals(TravelTables.TOMBSTONES) ? t.columns().equals(TravelTables.TOMBSTONE_COLUMNS)
                    : name.equals(TravelTables.DEPARTMENTS) ? office && t.columns().equals(TravelTables.DEPARTMENT_COLUMNS)
                    : name.equals(TravelTables.ACCOUNTS) ? office && t.columns().equals(TravelTables.ACCOUNT_COLUMNS)
                    : TravelTables.named(name) != null && t.columns().equals(TravelTables.named(name).packageColumns());
            if (!known || !TravelTables.sendable(role, name)) {
                throw new PackageRefusal(Reason.UNEXPECTED_TABLE, name);
            }
        }
        Set<UUID> seen = new HashSet<>();
        for (TravelTable t : TravelTables.ALL) {
            PackageTable table = pkg.table(t.name());
            if (table != null) {
                rows.put(t.name(), read(t, table, seen));
            }
        }
        joinLines(pkg.table(TravelTables.LINES));
        readDirectory(pkg);
        PackageTable tombs = pkg.table(TravelTables.TOMBSTONES);
        if (tombs != null) {
            for (int i = 0; i < tombs.rows().size(); i++) {
                List<String> r = tombs.rows().get(i);
                int line = i + 2;
                UUID uid = uuid(TravelTables.TOMBSTONES, line, "uid", r.get(0));
                TravelTable t = TravelTables.named(r.get(1));
                if (t == null || !TravelTables.sendable(role, t.name()) || seen.contains(uid)) {
                    throw new PackageRefusal(Reason.BAD_VALUE, TravelTables.TOMBSTONES, line, "entity");
                }
                deletions.add(new Deletion(uid, t.name(), line));
            }
        }
    }

    List<Row> rows(String table) {
        return rows.getOrDefault(table, List.of());
    }

    List<Deletion> deletions() {
        return deletions;
    }

    List<Department> departments() {
        return departments;
    }

    List<Account> accounts() {
        return accounts;
    }

    private void readDirectory(OpenedPackage pkg) {
        PackageTable d = pkg.table(TravelTables.DEPARTMENTS);
        for (int i = 0; d != null && i < d.rows().size(); i++) {
            List<String> r = d.rows().get(i);
            try {
                if (r.get(0) == null || r.get(0).length() > 20 || r.get(1) == null || r.get(1).length() > 100) {
                    throw new IllegalArgumentException("department");
                }
                departments.add(new Department(r.get(0), r.get(1), (Integer) ValueText.read(Integer.class, r.get(2)),
                        (Boolean) ValueText.read(Boolean.class, r.get(3))));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new PackageRefusal(Reason.BAD_VALUE, TravelTables.DEPARTMENTS, i + 2, "code");
            }
        }
        PackageTable a = pkg.table(TravelTables.ACCOUNTS);
        for (int i = 0; a != null && i < a.rows().size(); i++) {
            List<String> r = a.rows().get(i);
            try {
                Role role = Role.valueOf(r.get(2));
                if (role != Role.DEPARTMENT && role != Role.COUNSELOR || r.get(0) == null || r.get(1) == null) {
                    throw new IllegalArgumentException("role");
                }
                accounts.add(new Account(r.get(0), r.get(1), role, r.get(3),
                        r.get(4) == null ? null : (UUID) ValueText.read(UUID.class, r.get(4))));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new PackageRefusal(Reason.BAD_VALUE, TravelTables.ACCOUNTS, i + 2, "role");
            }
        }
    }

    private static List<Row> read(TravelTable t, PackageTable table, Set<UUID> seen) {
        List<Row> out = new ArrayList<>(table.rows().size());
        List<String> columns = table.columns();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> r = table.rows().get(i);
            int line = i + 2;
            UUID uid = uuid(t.name(), line, "uid", r.get(0));
            if (!seen.add(uid)) {
                throw new PackageRefusal(Reason.BAD_VALUE, t.name(), line, "uid");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 1; c < columns.size(); c++) {
                String name = columns.get(c);
                String v = r.get(c);
                check(t, line, name, v);
                values.put(name, v);
            }
            out.add(new Row(uid, line, values));
        }
        return out;
    }

    private static void check(TravelTable t, int line, String name, String v) {
        if (v == null) {
            return;
        }
        try {
            if (name.equals("changed_at")) {
                ValueText.read(java.time.LocalDateTime.class, v);
                return;
            }
            if (name.equals("changed_by")) {
                return;
            }
            TravelColumn c = t.column(name);
            switch (c.kind()) {
                case REF -> ValueText.read(UUID.class, v);
                case DEPARTMENT -> {
                    if (v.isEmpty() || v.length() > 20) {
                        throw new IllegalArgumentException("code");
                    }
                }
                case PLAIN, SEALED -> ValueText.read(TravelRepository.type(t, c.column()), v);
            }
        } catch (IllegalArgumentException e) {
            throw new PackageRefusal(Reason.BAD_VALUE, t.name(), line, name);
        }
    }

    private void joinLines(PackageTable lines) {
        List<Row> records = rows.get("work_record");
        Map<UUID, Row> byUid = new LinkedHashMap<>();
        if (records != null) {
            records.forEach(r -> byUid.put(r.uid(), r));
        }
        Map<UUID, TreeMap<Integer, List<String>>> joined = new LinkedHashMap<>();
        if (lines != null) {
            for (int i = 0; i < lines.rows().size(); i++) {
                List<String> l = lines.rows().get(i);
                int line = i + 2;
                UUID record = uuid(TravelTables.LINES, line, "record_uid", l.get(0));
                int seq;
                try {
                    seq = Integer.parseInt(l.get(1));
                } catch (NumberFormatException e) {
                    throw new PackageRefusal(Reason.BAD_VALUE, TravelTables.LINES, line, "seq_no");
                }
                if (!byUid.containsKey(record)) {
                    throw new PackageRefusal(Reason.MISSING_REFERENCE, TravelTables.LINES, line, "record_uid");
                }
                if (l.get(2) != null) {
                    uuid(TravelTables.LINES, line, "student_uid", l.get(2));
                }
                if (l.get(3) == null || joined.computeIfAbsent(record, k -> new TreeMap<>())
                        .put(seq, java.util.Arrays.asList(l.get(2), l.get(3))) != null) {
                    throw new PackageRefusal(Reason.BAD_VALUE, TravelTables.LINES, line, "seq_no");
                }
            }
        }
        for (Row r : byUid.values()) {
            TreeMap<Integer, List<String>> l = joined.getOrDefault(r.uid(), new TreeMap<>());
            if (!l.isEmpty() && (l.firstKey() != 0 || l.lastKey() != l.size() - 1)) {
                throw new PackageRefusal(Reason.BAD_VALUE, TravelTables.LINES, 0, "seq_no");
            }
            r.values().put(STUDENTS, students(new ArrayList<>(l.values())));
        }
    }

    /** A work record's lines as one text: a JSON array of [student uid or null, name], in order. */
    static String students(List<List<String>> lines) {
        List<Object> out = new ArrayList<>(lines);
        return Json.array(out);
    }

    private static UUID uuid(String table, int line, String column, String v) {
        try {
            return (UUID) ValueText.read(UUID.class, v);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PackageRefusal(Reason.BAD_VALUE, table, line, column);
        }
    }
}
