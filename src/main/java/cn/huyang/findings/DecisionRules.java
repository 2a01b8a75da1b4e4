package cn.huyang.findings;

import cn.huyang.common.FieldError;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a decision or a reopening must hold; refusals name the field. Pure functions. */
final class DecisionRules {
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 2000;

    private DecisionRules() {
    }

    /** The decision with its texts cleaned, or a refusal naming every field that is wrong. */
    static Decision checked(String code, Decision d, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (d.kind() == null) {
            errors.add(FieldError.of("decision.field.kind", "validation.required"));
        } else if (!DecisionKind.choicesFor(code).contains(d.kind())) {
            errors.add(FieldError.of("decision.field.kind", "decision.validation.kind"));
        }
        date(d.date(), today, errors);
        String by = name(d.decidedBy(), "decision.field.by", true, errors);
        String doc = name(d.documentNo(), "decision.field.documentNo", false, errors);
        String note = text(d.note(), "decision.field.note", d.kind() != null && d.kind().needsReason(), errors);
        boolean acknowledged = d.kind() == DecisionKind.ACKNOWLEDGED;
        String plan = text(d.plan(), "decision.field.plan", acknowledged, errors);
        if (acknowledged && d.dueDate() == null) {
            errors.add(FieldError.of("decision.field.dueDate", "validation.required"));
        } else if (acknowledged && d.date() != null && d.dueDate().isBefore(d.date())) {
            errors.add(FieldError.of("decision.field.dueDate", "decision.validation.dueBeforeDate"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Decision(d.kind(), d.kind() == DecisionKind.NOT_ADJUSTED && d.refused(), d.date(), by, doc, note,
                acknowledged ? plan : null, acknowledged ? d.dueDate() : null);
    }

    /** The reopening's reason and who reopened it, cleaned; refused when either is missing. */
    static String[] checkedReopen(LocalDate date, String by, String reason, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        date(date, today, errors);
        String who = name(by, "decision.field.by", true, errors);
        String why = text(reason, "decision.field.reopenReason", true, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new String[] {who, why};
    }

    private static void date(LocalDate date, LocalDate today, List<FieldError> errors) {
        if (date == null) {
            errors.add(FieldError.of("decision.field.date", "validation.required"));
        } else if (date.isAfter(today)) {
            errors.add(FieldError.of("decision.field.date", "validation.future"));
        }
    }

    private static String name(String value, String field, boolean required, List<FieldError> errors) {
        String v = Text.clean(value);
        if (v == null) {
            if (required) {
                errors.add(FieldError.of(field, "validation.required"));
            }
            return null;
        }
        if (Text.hasControl(v)) {
            errors.add(FieldError.of(field, "validation.controlCharacter", Text.codePoint(Text.firstControl(v))));
        } else if (v.length() > MAX_NAME) {
            errors.add(FieldError.of(field, "validation.tooLong", MAX_NAME));
        }
        return v;
    }

    private static String text(String value, String field, boolean required, List<FieldError> errors) {
        String v = Text.cleanFree(value);
        if (v == null) {
            if (required) {
                errors.add(FieldError.of(field, "validation.required"));
            }
            return null;
        }
        if (v.length() > MAX_TEXT) {
            errors.add(FieldError.of(field, "validation.tooLong", MAX_TEXT));
        }
        return v;
    }
}
