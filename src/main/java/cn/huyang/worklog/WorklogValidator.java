package cn.huyang.worklog;

import cn.huyang.common.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The impossible values of a work record, refused with the field named: a date still to come, a
 * follow-up before the record's date, a required field left empty, an unknown code, a text too long.
 * (Too few records in a month is real data: a finding, never a refusal.)
 */
public final class WorklogValidator {
    static final int SHORT = 200;
    static final int LONG = 4000;

    private WorklogValidator() {
    }

    public static List<FieldError> check(WorkRecord r, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (r.kind() == null) {
            errors.add(FieldError.of("worklog.field.kind", "validation.required"));
            return errors;
        }
        if (r.date() == null) {
            errors.add(FieldError.of("worklog.field.date", "validation.required"));
        } else if (r.date().isAfter(today)) {
            errors.add(FieldError.of("worklog.field.date", "validation.future"));
        }
        if (r.followUpOn() != null && r.date() != null && r.followUpOn().isBefore(r.date())) {
            errors.add(FieldError.of("worklog.field.followUpOn", "worklog.validation.followUpBefore", r.date().toString()));
        }
        if (r.followUpDone() && r.followUpOn() == null) {
            errors.add(FieldError.of("worklog.field.followUpOn", "validation.required"));
        }
        length(errors, "worklog.field.place", r.place(), SHORT);
        length(errors, "worklog.field.className", r.className(), SHORT);
        if (r.kind() == RecordKind.CLASS_VISIT || r.kind() == RecordKind.CLASS_MEETING) {
            required(errors, "worklog.field.className", r.className());
        }
        if (r.kind() == RecordKind.CLASS_MEETING) {
            required(errors, "worklog.field.place", r.place());
        }
        if (!r.kind().categories().isEmpty()) {
            if (blank(r.category())) {
                errors.add(FieldError.of("worklog.field.category." + r.kind().name(), "validation.required"));
            } else if (!r.kind().categories().contains(r.category())) {
                errors.add(FieldError.of("worklog.field.category." + r.kind().name(), "validation.unknownValue",
                        r.category()));
            }
        }
        for (String field : r.kind().fields()) {
            String value = r.detail(field);
            if (r.kind().required().contains(field)) {
                required(errors, "worklog.field." + field, value);
            }
            length(errors, "worklog.field." + field, value, LONG);
        }
        if (r.kind() == RecordKind.TALK) {
            String way = r.detail("way");
            if (!blank(way) && !RecordKind.TALK_WAYS.contains(way)) {
                errors.add(FieldError.of("worklog.field.way", "validation.unknownValue", way));
            }
            if (r.students().isEmpty()) {
                errors.add(FieldError.of("worklog.field.students", "validation.required"));
            }
        }
        for (String key : r.details().keySet()) {
            if (!r.kind().fields().contains(key)) {
                errors.add(FieldError.of("worklog.field.details", "validation.unknownValue", key));
            }
        }
        for (StudentRef s : r.students()) {
            if (blank(s.name())) {
                errors.add(FieldError.of("worklog.field.students", "validation.required"));
                break;
            }
            length(errors, "worklog.field.students", s.name(), 100);
        }
        return errors;
    }

    private static void required(List<FieldError> errors, String field, String value) {
        if (blank(value)) {
            errors.add(FieldError.of(field, "validation.required"));
        }
    }

    private static void length(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
