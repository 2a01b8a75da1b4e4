package cn.huyang.policy;

import cn.huyang.common.FieldError;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses impossible policy values and changes, naming the field: 0 students per counselor,
 * negative hours, a weight above 1, a change without its date or note. Values come back in one
 * written form (16, 12.5, 1/3).
 */
public final class PolicyValidator {
    /** The earliest and latest effective date a change may give. */
    static final LocalDate FIRST = LocalDate.of(1950, 1, 1);
    static final LocalDate LAST = LocalDate.of(2200, 12, 31);
    static final int TEXT_MAX = 500;

    private PolicyValidator() {
    }

    /** The value as stored, or a refusal naming the parameter (its label is the field). */
    public static String value(PolicyKey key, String raw) {
        String v = Text.clean(Text.halfWidth(raw));
        if (v == null) {
            throw refusal(key, "validation.required");
        }
        switch (key.kind()) {
            case WHOLE -> {
                int n;
                try {
                    n = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw refusal(key, "validation.policy.whole", key.min(), key.max());
                }
                if (n < key.min() || n > key.max()) {
                    throw refusal(key, "validation.policy.whole", key.min(), key.max());
                }
                return String.valueOf(n);
            }
            case HOURS -> {
                BigDecimal h;
                try {
                    h = new BigDecimal(v);
                } catch (NumberFormatException e) {
                    throw refusal(key, "validation.policy.hours", key.max());
                }
                if (h.signum() <= 0 || h.compareTo(BigDecimal.valueOf(key.max())) > 0
                        || h.stripTrailingZeros().scale() > 1) {
                    throw refusal(key, "validation.policy.hours", key.max());
                }
                return h.stripTrailingZeros().toPlainString();
            }
            case WEIGHT -> {
                return Fraction.parse(v).map(Fraction::toString)
                        .orElseThrow(() -> refusal(key, "validation.policy.weight"));
            }
            default -> throw new IllegalStateException(key.kind().name());
        }
    }

    /** The refusals of a change's date and note (the value is checked by {@link #value}). */
    static List<FieldError> change(LocalDate from, String note, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(FieldError.of("policy.field.from", "validation.required"));
        } else if (from.isBefore(FIRST) || from.isAfter(LAST)) {
            errors.add(FieldError.of("policy.field.from", "validation.year"));
        }
        text("policy.field.note", note, true, errors);
        text("policy.field.reason", reason, false, errors);
        return errors;
    }

    /** A unit detail: required, not too long, no control characters. */
    static List<FieldError> unit(UnitField field, String raw) {
        List<FieldError> errors = new ArrayList<>();
        String v = Text.clean(raw);
        if (v == null) {
            errors.add(FieldError.of(field.messageKey(), "validation.required"));
        } else if (v.length() > field.maxLength()) {
            errors.add(FieldError.of(field.messageKey(), "validation.tooLong", field.maxLength()));
        } else if (Text.hasControl(v)) {
            errors.add(FieldError.of(field.messageKey(), "validation.controlCharacter",
                    Text.codePoint(Text.firstControl(v))));
        }
        return errors;
    }

    private static void text(String field, String raw, boolean required, List<FieldError> errors) {
        String v = Text.clean(raw);
        if (v == null) {
            if (required) {
                errors.add(FieldError.of(field, "validation.required"));
            }
        } else if (v.length() > TEXT_MAX) {
            errors.add(FieldError.of(field, "validation.tooLong", TEXT_MAX));
        } else if (Text.hasControl(v)) {
            errors.add(FieldError.of(field, "validation.controlCharacter", Text.codePoint(Text.firstControl(v))));
        }
    }

    private static ValidationException refusal(PolicyKey key, String messageKey, Object... args) {
        return new ValidationException(FieldError.of(key.messageKey(), messageKey, args));
    }
}
