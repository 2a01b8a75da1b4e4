package cn.huyang.exchange;

import cn.huyang.access.Role;
import cn.huyang.exchange.PackageRefusal.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Whom the rows of a package belong to and what they point at: each counselor's and student's department
 * and each student's counselor, from the package's own rows or, for rows only here, from this database;
 * the numeric keys here of every referenced row. Checks a row's references and the sender's scope.
 */
final class Owners {
    private final TravelRepository travel;
    private final DirectoryRepository directory;
    private final Map<String, Set<UUID>> inPackage = new HashMap<>();
    private final Map<UUID, String> counselorDepartment = new HashMap<>();
    private final Map<UUID, String> studentDepartment = new HashMap<>();
    private final Map<UUID, UUID> studentCounselor = new HashMap<>();
    private final Map<String, Map<UUID, Long>> localIds = new HashMap<>();
    private final Map<String, Long> departments = new HashMap<>();
    private final Set<String> incomingDepartments = new HashSet<>();

    Owners(TravelRepository travel, DirectoryRepository directory) {
        this.travel = travel;
        this.directory = directory;
    }

    /** Takes in the departments an office package names (added here if missing, before its rows). */
    void departments(List<IncomingRows.Department> named) {
        named.forEach(d -> incomingDepartments.add(d.code()));
    }

    /** Takes in a table's incoming rows (tables in the order applied), then what they reference here. */
    void learn(TravelTable t, List<IncomingRows.Row> rows) {
        Set<UUID> uids = inPackage.computeIfAbsent(t.name(), k -> new HashSet<>());
        Map<String, Set<UUID>> refs = new HashMap<>();
        for (IncomingRows.Row r : rows) {
            uids.add(r.uid());
            if (t.name().equals("counselor")) {
                counselorDepartment.put(r.uid(), r.values().get("department_code"));
            } else if (t.name().equals("student")) {
                studentDepartment.put(r.uid(), r.values().get("department_code"));
                String c = r.values().get("counselor_uid");
                studentCounselor.put(r.uid(), c == null ? null : UUID.fromString(c));
            }
            for (TravelColumn c : t.columns()) {
                String v = r.values().get(c.name());
                if (c.kind() == TravelColumn.Kind.REF && v != null) {
                    refs.computeIfAbsent(c.target(), k -> new HashSet<>()).add(UUID.fromString(v));
                }
            }
        }
        refs.forEach((target, wanted) -> {
            Set<UUID> missing = new HashSet<>(wanted);
            missing.removeAll(inPackage.getOrDefault(target, Set.of()));
            missing.removeAll(localIds.getOrDefault(target, Map.of()).keySet());
            if (missing.isEmpty()) {
                return;
            }
            localIds.computeIfAbsent(target, k -> new HashMap<>()).putAll(travel.ids(target, missing));
            if (target.equals("counselor") || target.equals("student")) {
                TravelTable tt = TravelTables.named(target);
                for (LocalRow l : travel.byUid(tt, missing).values()) {
                    if (target.equals("counselor")) {
                        counselorDepartment.putIfAbsent(l.uid(), l.ownerDepartment());
                    } else {
                        studentDepartment.putIfAbsent(l.uid(), l.ownerDepartment());
                        studentCounselor.putIfAbsent(l.uid(), l.ownerCounselor());
                    }
                }
            }
        });
    }

    /** Every reference of the row names a row of the package or of this database; its department exists here. */
    void checkReferences(TravelTable t, IncomingRows.Row r) {
        for (TravelColumn c : t.columns()) {
            String v = r.values().get(c.name());
            if (v == null) {
                continue;
            }
            boolean found = switch (c.kind()) {
                case REF -> inPackage.getOrDefault(c.target(), Set.of()).contains(UUID.fromString(v))
                        || localIds.getOrDefault(c.target(), Map.of()).containsKey(UUID.fromString(v));
                case DEPARTMENT -> incomingDepartments.contains(v) || departmentId(v) != null;
                default -> true;
            };
            if (!found) {
                throw new PackageRefusal(Reason.MISSING_REFERENCE, t.name(), r.line(), c.name());
            }
        }
    }

    /** Refuses the package when the incoming row is outside the sender's department or records. */
    void checkScope(TravelTable t, IncomingRows.Row r, ImportPlanner.Sender sender) {
        if (t.owner() == TravelTable.Owner.SHARED) {
            return;
        }
        String department;
        UUID counselor;
        Map<String, String> v = r.values();
        switch (t.owner()) {
            case SELF -> {
                department = v.get("department_code");
                counselor = t.name().equals("counselor") ? r.uid() : uuid(v.get("counselor_uid"));
            }
            case COUNSELOR -> {
                counselor = uuid(v.get("counselor_uid"));
                department = counselorDepartment.get(counselor);
            }
            default -> {
                UUID student = uuid(v.get("student_uid"));
                department = studentDepartment.get(student);
                counselor = studentCounselor.get(student);
            }
        }
        if (!within(sender, department, counselor)) {
            throw new PackageRefusal(Reason.OUT_OF_SCOPE, t.name(), r.line());
        }
    }

    /** Whether a row here is within the sender's department or records. */
    boolean inScope(LocalRow l, ImportPlanner.Sender sender) {
        return within(sender, l.ownerDepartment(), l.ownerCounselor());
    }

    private static boolean within(ImportPlanner.Sender sender, String department, UUID counselor) {
        return sender.role() == Role.COUNSELOR ? Objects.equals(counselor, sender.counselor()) && counselor != null
                : Objects.equals(department, sender.department()) && department != null;
    }

    /** The row's key in this database's terms (references as numeric keys), or null when it cannot exist here yet. */
    List<Object> keyTuple(TravelTable t, List<String> key, IncomingRows.Row r) {
        List<Object> out = new ArrayList<>();
        for (String k : key) {
            TravelColumn c = t.column(k);
            String v = r.values().get(k);
            if (c.kind() == TravelColumn.Kind.REF) {
                Long id = v == null ? null : localIds.getOrDefault(c.target(), Map.of()).get(UUID.fromString(v));
                if (id == null) {
                    return null;
                }
                out.add(id);
            } else {
                out.add(ValueText.read(TravelRepository.type(t, c.column()), v));
            }
        }
        return out;
    }

    Long departmentId(String code) {
        return departments.computeIfAbsent(code, directory::departmentId);
    }

    private static UUID uuid(String v) {
        return v == null ? null : UUID.fromString(v);
    }
}
