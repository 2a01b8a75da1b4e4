package cn.huyang.roster;

import cn.huyang.common.Coded;
import cn.huyang.common.Conflict;
import cn.huyang.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of two versions of a counselor that differ, labelled and shown as the form shows them:
 * what the user typed beside what is stored now, for the refusal of a save someone else made first.
 */
final class CounselorDifferences {
    private CounselorDifferences() {
    }

    private record Field(String key, Function<Counselor, Object> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("field.name", Counselor::name), new Field("field.gender", Counselor::gender),
            new Field("field.ethnicity", Counselor::ethnicity), new Field("field.birthDate", Counselor::birthDate),
            new Field("field.idNumber", Counselor::idNumber),
            new Field("field.politicalStatus", Counselor::politicalStatus),
            new Field("field.education", Counselor::education), new Field("field.degree", Counselor::degree),
            new Field("field.major", Counselor::major), new Field("field.department", Counselor::departmentId),
            new Field("field.postType", Counselor::postType), new Field("field.position", Counselor::position),
            new Field("field.employmentForm", Counselor::employmentForm),
            new Field("field.entryDate", Counselor::entryDate), new Field("field.title", Counselor::title),
            new Field("field.titleDate", Counselor::titleDate), new Field("field.adminRank", Counselor::adminRank),
            new Field("field.adminRankDate", Counselor::adminRankDate), new Field("field.phone", Counselor::phone),
            new Field("field.studentsInCharge", Counselor::studentsInCharge),
            new Field("field.classesInCharge", Counselor::classesInCharge),
            new Field("field.dormitory", Counselor::dormitory), new Field("field.status", Counselor::status),
            new Field("field.note", Counselor::note));

    /** Each field whose value differs, in the form's order; department ids shown by name. */
    static List<Conflict.Difference> between(Counselor mine, Counselor theirs, Map<Long, String> departments,
                                             Messages m) {
        List<Conflict.Difference> out = new ArrayList<>();
        for (Field f : FIELDS) {
            Object a = f.value().apply(mine);
            Object b = f.value().apply(theirs);
            if (!Objects.equals(blankToNull(a), blankToNull(b))) {
                boolean dept = f.key().equals("field.department");
                out.add(new Conflict.Difference(m.get(f.key()), show(a, dept, departments, m),
                        show(b, dept, departments, m)));
            }
        }
        return out;
    }

    private static Object blankToNull(Object v) {
        return v instanceof String s && s.isBlank() ? null : v;
    }

    private static String show(Object v, boolean department, Map<Long, String> departments, Messages m) {
        if (v == null) {
            return "";
        }
        if (department) {
            return departments.getOrDefault((Long) v, String.valueOf(v));
        }
        return v instanceof Coded c ? c.label(m) : String.valueOf(v);
    }
}
