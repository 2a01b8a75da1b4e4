package cn.huyang.io;

import cn.huyang.common.IdNumber;
import cn.huyang.common.Messages;
import cn.huyang.roster.Counselor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the counselor a row of a training or scores file names: by ID number; or, without one (or
 * with a masked one, as a default export writes it), by name and department when that is unique.
 * Otherwise the row is refused — not found, or ambiguous — naming the column and the value.
 */
final class CounselorMatcher<F extends Enum<F> & ImportField> {
    private final Map<String, Counselor> byId = new HashMap<>();
    private final Map<String, List<Counselor>> byName = new HashMap<>();
    private final Map<Long, String> departments;
    private final LocalDate today;
    private final Messages m;
    private final F idField;
    private final F nameField;
    private final F departmentField;

    CounselorMatcher(List<Counselor> counselors, Map<Long, String> departmentNames, LocalDate today, Messages m,
                     F idField, F nameField, F departmentField) {
        for (Counselor c : counselors) {
            byId.put(c.idNumber(), c);
            byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
        }
        this.departments = departmentNames;
        this.today = today;
        this.m = m;
        this.idField = idField;
        this.nameField = nameField;
        this.departmentField = departmentField;
    }

    /** The counselor of the row, or null with the reason added to {@code problems}. */
    Counselor match(HeaderedRows.Cells<F> cells, List<Refusal> problems) {
        CellValue idCell = cells.get(idField);
        String name = cells.text(nameField);
        if (!idCell.isBlank()) {
            String problem = ImportValues.idProblem(idCell, m);
            boolean masked = problem != null && problem.equals(m.get("io.refuse.idMasked"));
            if (problem != null && !masked) {
                problems.add(cells.refuse(idField, problem));
                return null;
            }
            if (!masked) {
                String id = ImportValues.idNumber(idCell);
                String invalid = ImportValues.invalidId(id, today, m);
                if (invalid != null) {
                    problems.add(cells.refuse(idField, invalid));
                    return null;
                }
                Counselor found = byId.get(id);
                if (found == null) {
                    problems.add(cells.refuse(idField, m.get("io.refuse.noSuchId")));
                    return null;
                }
                if (name != null && !name.equals(found.name())) {
                    problems.add(cells.refuse(nameField, m.get("io.refuse.nameMismatch", found.name())));
                    return null;
                }
                return found;
            }
            Counselor found = byNameAndDepartment(cells, name, problems);
            if (found != null && !IdNumber.mask(found.idNumber()).equals(ImportValues.idNumber(idCell))) {
                problems.add(cells.refuse(idField, m.get("io.refuse.maskMismatch", found.name())));
                return null;
            }
            return found;
        }
        return byNameAndDepartment(cells, name, problems);
    }

    private Counselor byNameAndDepartment(HeaderedRows.Cells<F> cells, String name, List<Refusal> problems) {
        if (name == null) {
            problems.add(cells.refuse(nameField, m.get("io.refuse.noNameOrId")));
            return null;
        }
        String department = cells.text(departmentField);
        List<Counselor> named = byName.getOrDefault(name, List.of());
        List<Counselor> candidates = department == null ? named : named.stream()
                .filter(c -> Objects.equals(departments.get(c.departmentId()), department)).toList();
        if (candidates.isEmpty()) {
            problems.add(department == null || named.isEmpty()
                    ? cells.refuse(nameField, m.get("io.refuse.noSuchName", name))
                    : cells.refuse(departmentField, m.get("io.refuse.notInDepartment", name, department)));
            return null;
        }
        if (candidates.size() > 1) {
            List<String> where = candidates.stream().map(c -> departments.getOrDefault(c.departmentId(), "")).toList();
            problems.add(cells.refuse(nameField, m.get("io.refuse.ambiguous", candidates.size(), name,
                    String.join("、", where))));
            return null;
        }
        return candidates.get(0);
    }
}
