package cn.huyang.students;

import cn.huyang.common.FieldError;
import cn.huyang.common.PhoneNumber;
import cn.huyang.common.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Impossible values of a student, an attention or a file part: each refusal names its field in Chinese. */
public final class StudentValidator {
    public static final int MAX_SECTION = 8000;
    public static final int MAX_REASON = 2000;

    private StudentValidator() {
    }

    /** A student's values trimmed (blank: null), the phone in its usual form. */
    public static Student normalize(Student s) {
        String phone = s.phone() == null || s.phone().isBlank() ? null : PhoneNumber.normalize(s.phone());
        return new Student(s.id(), upper(Text.clean(Text.halfWidth(s.studentNo()))), Text.clean(s.name()),
                s.gender(), Text.clean(s.ethnicity()), Text.clean(Text.halfWidth(s.className())), s.departmentId(),
                Text.clean(s.dormitory()), phone, Text.clean(s.parentContact()), s.counselorId(), s.version());
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }

    /** @param departments the departments that exist; @param counselors the counselors that exist */
    public static List<FieldError> check(Student s, Set<Long> departments, Set<Long> counselors) {
        List<FieldError> out = new ArrayList<>();
        if (s.studentNo() == null) {
            out.add(FieldError.of("students.field.studentNo", "validation.required"));
        } else if (!s.studentNo().matches("[A-Z0-9][A-Z0-9_-]{0,29}")) {
            out.add(FieldError.of("students.field.studentNo", "students.validation.studentNo"));
        }
        required(out, "students.field.name", s.name(), 50);
        length(out, "students.field.ethnicity", s.ethnicity(), 20);
        required(out, "students.field.className", s.className(), 60);
        if (s.departmentId() == null) {
            out.add(FieldError.of("field.department", "validation.required"));
        } else if (!departments.contains(s.departmentId())) {
            out.add(FieldError.of("field.department", "students.validation.noDepartment"));
        }
        length(out, "students.field.dormitory", s.dormitory(), 60);
        if (s.phone() != null && !PhoneNumber.isValid(s.phone())) {
            out.add(FieldError.of("students.field.phone", "validation.phone"));
        }
        length(out, "students.field.parentContact", s.parentContact(), 100);
        if (s.counselorId() != null && !counselors.contains(s.counselorId())) {
            out.add(FieldError.of("students.field.counselor", "students.validation.noCounselor"));
        }
        return out;
    }

    /** An attention opened or changed: a level of 1–3, a reason, a start not after today. */
    public static List<FieldError> check(Attention a, LocalDate today) {
        List<FieldError> out = new ArrayList<>();
        if (a.category() == null) {
            out.add(FieldError.of("students.field.category", "validation.required"));
        }
        if (a.level() < 1 || a.level() > 3) {
            out.add(FieldError.of("students.field.level", "students.validation.level"));
        }
        required(out, "students.field.reason", a.reason(), MAX_REASON);
        length(out, "students.field.measures", a.measures(), MAX_REASON);
        if (a.startedOn() == null) {
            out.add(FieldError.of("students.field.startedOn", "validation.required"));
        } else if (a.startedOn().isAfter(today)) {
            out.add(FieldError.of("students.field.startedOn", "validation.future"));
        }
        return out;
    }

    /** A release: a day between the start and today, and a reason. */
    public static List<FieldError> release(Attention a, LocalDate on, String reason, LocalDate today) {
        List<FieldError> out = new ArrayList<>();
        if (on == null) {
            out.add(FieldError.of("students.field.releasedOn", "validation.required"));
        } else if (on.isAfter(today)) {
            out.add(FieldError.of("students.field.releasedOn", "validation.future"));
        } else if (on.isBefore(a.startedOn())) {
            out.add(FieldError.of("students.field.releasedOn", "validation.tooEarly", a.startedOn().toString()));
        }
        required(out, "students.field.releaseReason", reason, MAX_REASON);
        return out;
    }

    public static List<FieldError> section(String body) {
        List<FieldError> out = new ArrayList<>();
        length(out, "students.field.section", body, MAX_SECTION);
        return out;
    }

    private static void required(List<FieldError> out, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            out.add(FieldError.of(field, "validation.required"));
        } else {
            length(out, field, value, max);
        }
    }

    private static void length(List<FieldError> out, String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            out.add(FieldError.of(field, "validation.tooLong", max));
        }
    }
}
