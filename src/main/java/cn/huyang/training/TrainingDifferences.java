package cn.huyang.training;

import cn.huyang.common.Conflict;
import cn.huyang.common.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of two versions of a training session that differ, labelled as the form labels them:
 * what the user typed beside what is stored now, for the refusal of a save someone else made first.
 * The attendees are compared as a whole: who attended, and each one's hours and certificate.
 */
final class TrainingDifferences {
    private TrainingDifferences() {
    }

    private record Field(String key, Function<TrainingSession, Object> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("field.course", TrainingSession::course), new Field("field.organiser", TrainingSession::organiser),
            new Field("field.trainingLevel", TrainingSession::level),
            new Field("field.trainingCategory", TrainingSession::category),
            new Field("field.startDate", TrainingSession::startDate), new Field("field.endDate", TrainingSession::endDate),
            new Field("field.hours", TrainingSession::hours), new Field("field.cost", TrainingSession::costPerPerson),
            new Field("field.note", TrainingSession::note));

    /** Each field whose value differs, in the form's order, then the attendees if they differ. */
    static List<Conflict.Difference> between(TrainingSession mine, TrainingSession theirs, Map<Long, String> names,
                                             Messages m) {
        List<Conflict.Difference> out = new ArrayList<>();
        for (Field f : FIELDS) {
            Object a = plain(f.value().apply(mine));
            Object b = plain(f.value().apply(theirs));
            if (!Objects.equals(a, b)) {
                out.add(new Conflict.Difference(m.get(f.key()), show(a, m), show(b, m)));
            }
        }
        String a = attendees(mine, names, m);
        String b = attendees(theirs, names, m);
        if (!a.equals(b)) {
            out.add(new Conflict.Difference(m.get("training.conflict.attendees"), a, b));
        }
        return out;
    }

    /** "3 人：张三、李四（证书 A-1）、王五 8": an attendee's own hours only where they differ from the session's. */
    private static String attendees(TrainingSession s, Map<Long, String> names, Messages m) {
        String list = s.attendees().stream()
                .map(a -> names.getOrDefault(a.counselorId(), "#" + a.counselorId())
                        + (a.hours() == null || s.hours() != null && a.hours().compareTo(s.hours()) == 0 ? ""
                                : " " + a.hours().stripTrailingZeros().toPlainString())
                        + (a.certificateNo() == null || a.certificateNo().isBlank() ? ""
                                : m.get("training.conflict.certificate", a.certificateNo().strip())))
                .sorted().collect(Collectors.joining("、"));
        return m.get("training.conflict.attendeeList", s.attendees().size(), list);
    }

    private static Object plain(Object v) {
        if (v instanceof String s) {
            return s.isBlank() ? null : s.strip();
        }
        return v instanceof BigDecimal d ? d.stripTrailingZeros() : v;
    }

    private static String show(Object v, Messages m) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof cn.huyang.common.Coded c) {
            return c.label(m);
        }
        return v.toString();
    }
}
