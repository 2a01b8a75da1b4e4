package cn.huyang.exchange;

import cn.huyang.access.Role;
import cn.huyang.common.Json;
import cn.huyang.exchange.PackageRefusal.Reason;
import cn.huyang.exchange.RowChange.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Compares a package's rows with this database's (docs/packages.md, "Receiving"): per row new, changed
 * (field by field), unchanged, a conflict (changed here too since the package's base) or a deletion;
 * refuses the whole package for a row outside the sender's department or records, a reference to no row,
 * or a new row with another row's key. Reads only.
 */
final class ImportPlanner {
    /** The unique keys of the tables: a new row with another row's key is refused. */
    private static final Map<String, List<String>> KEYS = Map.of(
            "counselor", List.of("id_number"), "student", List.of("student_no"),
            "training_record", List.of("session_uid", "counselor_uid"),
            "assessment_entry", List.of("assess_year", "counselor_uid"),
            "work_journal", List.of("counselor_uid", "week_start"), "student_file_part", List.of("student_uid", "part"));
    private final TravelRepository travel;
    private final LedgerRepository ledger;
    private final RowTexts texts;
    private final DirectoryRepository directory;

    ImportPlanner(Parts parts) {
        this.travel = parts.travel();
        this.ledger = parts.ledger();
        this.texts = parts.texts();
        this.directory = parts.directory();
    }

    /** Who sent the package, as far as its rows' scope goes. */
    record Sender(String databaseId, Role role, String department, UUID counselor, long baseBound) {
        /** Whether the sender's rows are checked against its department or records (an office's are not). */
        boolean limited() {
            return role == Role.DEPARTMENT || role == Role.COUNSELOR;
        }
    }

    List<RowChange> plan(IncomingRows in, Sender sender) {
        Owners owners = new Owners(travel, directory);
        owners.departments(in.departments());
        for (TravelTable t : TravelTables.ALL) {
            owners.learn(t, in.rows(t.name()));
        }
        List<RowChange> out = new ArrayList<>();
        for (TravelTable t : TravelTables.ALL) {
            List<IncomingRows.Row> rows = in.rows(t.name());
            if (!rows.isEmpty()) {
                out.addAll(table(t, rows, sender, owners));
            }
        }
        out.addAll(deletions(in.deletions(), sender, owners));
        return out;
    }

    private List<RowChange> table(TravelTable t, List<IncomingRows.Row> rows, Sender sender, Owners owners) {
        List<UUID> uids = rows.stream().map(IncomingRows.Row::uid).toList();
        Map<UUID, LocalRow> local = travel.byUid(t, uids);
        Map<UUID, LedgerRepository.Taken> taken = ledger.taken(sender.databaseId(), uids);
        Map<UUID, Long> deletedHere = travel.deletions(uids.stream().filter(u -> !local.containsKey(u)).toList());
        Map<UUID, Map<String, String>> localContent = localContent(t, local);
        List<RowChange> out = new ArrayList<>(rows.size());
        List<IncomingRows.Row> fresh = new ArrayList<>();
        for (IncomingRows.Row r : rows) {
            owners.checkReferences(t, r);
            if (sender.limited()) {
                owners.checkScope(t, r, sender);
                LocalRow l = local.get(r.uid());
                if (l != null && t.owner() != TravelTable.Owner.SHARED && !owners.inScope(l, sender)) {
                    throw new PackageRefusal(Reason.OUT_OF_SCOPE, t.name(), r.line());
                }
            }
            Map<String, String> incoming = content(r.values());
            String sha = sha(incoming);
            LocalRow l = local.get(r.uid());
            LedgerRepository.Taken was = taken.get(r.uid());
            boolean resent = was != null && was.contentSha().equals(sha);
            if (l == null) {
                if (deletedHere.containsKey(r.uid())) {
                    out.add(new RowChange(t.name(), r.uid(), resent ? Kind.UNCHANGED : Kind.CONFLICT, r.line(), null,
                            incoming, List.of(), sha, true));
                } else {
                    fresh.add(r);
                    out.add(new RowChange(t.name(), r.uid(), Kind.NEW, r.line(), null, incoming, List.of(), sha, false));
                }
                continue;
            }
            Map<String, String> here = localContent.get(r.uid());
            List<RowChange.FieldDiff> diffs = diffs(here, incoming);
            long baseline = Math.max(sender.baseBound(), was == null ? 0 : was.appliedSeq());
            Kind kind = diffs.isEmpty() || resent ? Kind.UNCHANGED
                    : l.changeSeq() > baseline || ledger.openConflict(r.uid()) ? Kind.CONFLICT : Kind.CHANGED;
            out.add(new RowChange(t.name(), r.uid(), kind, r.line(), here, incoming, diffs, sha, false));
        }
        checkKeys(t, fresh, owners);
        return out;
    }

    private Map<UUID, Map<String, String>> localContent(TravelTable t, Map<UUID, LocalRow> local) {
        Map<UUID, Map<String, String>> out = new HashMap<>();
        Map<Long, List<List<String>>> lines = new HashMap<>();
        if (t.name().equals("work_record") && !local.isEmpty()) {
            for (TravelRepository.Line l : travel.lines(local.values().stream().map(LocalRow::id).toList())) {
                lines.computeIfAbsent(l.recordId(), k -> new ArrayList<>()).add(java.util.Arrays.asList(
                        l.studentUid() == null ? null : l.studentUid().toString(),
                        texts.openLine(l.recordId(), l.seq(), l.sealedName())));
            }
        }
        for (LocalRow l : local.values()) {
            Map<String, String> v = content(texts.opened(t, l));
            if (t.name().equals("work_record")) {
                v.put(IncomingRows.STUDENTS, IncomingRows.students(lines.getOrDefault(l.id(), List.of())));
            }
            out.put(l.uid(), v);
        }
        return out;
    }

    /** The values compared and remembered: all but who changed it and when. */
    static Map<String, String> content(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>(values);
        out.remove("changed_at");
        out.remove("changed_by");
        return out;
    }

    static String sha(Map<String, String> content) {
        return PackageKeys.sha256Hex(Json.object(content).getBytes(StandardCharsets.UTF_8));
    }

    private static List<RowChange.FieldDiff> diffs(Map<String, String> here, Map<String, String> incoming) {
        List<RowChange.FieldDiff> out = new ArrayList<>();
        for (Map.Entry<String, String> e : incoming.entrySet()) {
            String before = here.get(e.getKey());
            if (!Objects.equals(before, e.getValue())) {
                out.add(new RowChange.FieldDiff(e.getKey(), before, e.getValue()));
            }
        }
        return out;
    }

    /** A new row with the unique key of another row here refuses the package. */
    private void checkKeys(TravelTable t, List<IncomingRows.Row> fresh, Owners owners) {
        List<String> key = KEYS.get(t.name());
        if (key == null || fresh.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>();
        key.forEach(k -> columns.add(t.column(k).column()));
        List<List<Object>> tuples = new ArrayList<>();
        Map<List<Object>, IncomingRows.Row> byKey = new HashMap<>();
        for (IncomingRows.Row r : fresh) {
            List<Object> tuple = owners.keyTuple(t, key, r);
            if (tuple != null) {
                tuples.add(tuple);
                if (byKey.put(tuple, r) != null) {
                    throw new PackageRefusal(Reason.DUPLICATE_KEY, t.name(), r.line());
                }
            }
        }
        for (Map.Entry<List<Object>, UUID> e : travel.keyOwners(t, columns, tuples).entrySet()) {
            IncomingRows.Row r = byKey.get(e.getKey());
            if (r != null && !e.getValue().equals(r.uid())) {
                throw new PackageRefusal(Reason.DUPLICATE_KEY, t.name(), r.line());
            }
        }
    }

    /**
     * The deletions, read in one go per table (their rows here, what was taken of them, their content):
     * first every row here checked against the sender's scope, then compared.
     */
    private List<RowChange> deletions(List<IncomingRows.Deletion> ds, Sender sender, Owners owners) {
        Map<String, List<UUID>> asked = new LinkedHashMap<>();
        ds.forEach(d -> asked.computeIfAbsent(d.entity(), k -> new ArrayList<>()).add(d.uid()));
        Map<String, Map<UUID, LocalRow>> local = new HashMap<>();
        asked.forEach((entity, uids) -> local.put(entity, travel.byUid(TravelTables.named(entity), uids)));
        List<UUID> held = new ArrayList<>();
        for (IncomingRows.Deletion d : ds) {
            TravelTable t = TravelTables.named(d.entity());
            LocalRow l = local.get(t.name()).get(d.uid());
            if (l == null) {
                continue;
            }
            if (sender.limited() && t.owner() != TravelTable.Owner.SHARED && !owners.inScope(l, sender)) {
                throw new PackageRefusal(Reason.OUT_OF_SCOPE, TravelTables.TOMBSTONES, d.line());
            }
            held.add(d.uid());
        }
        Map<UUID, LedgerRepository.Taken> taken = held.isEmpty() ? Map.of() : ledger.taken(sender.databaseId(), held);
        Map<UUID, Map<String, String>> content = new HashMap<>();
        local.forEach((entity, rows) -> content.putAll(localContent(TravelTables.named(entity), rows)));
        List<RowChange> out = new ArrayList<>();
        for (IncomingRows.Deletion d : ds) {
            TravelTable t = TravelTables.named(d.entity());
            LocalRow l = local.get(t.name()).get(d.uid());
            if (l == null) {
                out.add(new RowChange(t.name(), d.uid(), Kind.UNCHANGED, d.line(), null, null, List.of(), "", false));
                continue;
            }
            LedgerRepository.Taken was = taken.get(d.uid());
            long baseline = Math.max(sender.baseBound(), was == null ? 0 : was.appliedSeq());
            Map<String, String> here = content.get(l.uid());
            // a counselor, a student or a session is deleted only by a person here, who sees what hangs on it
            boolean person = t.owner() == TravelTable.Owner.SELF || t.owner() == TravelTable.Owner.SHARED;
            Kind kind = person || l.changeSeq() > baseline ? Kind.CONFLICT : Kind.DELETE;
            out.add(new RowChange(t.name(), d.uid(), kind, d.line(), here, null, List.of(), "", false));
        }
        return out;
    }
}
