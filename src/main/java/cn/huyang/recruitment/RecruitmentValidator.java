package cn.huyang.recruitment;

import cn.huyang.common.FieldError;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses the impossible values of the selection, each naming its field: a weight or a score outside
 * 0–100 or with more than one decimal, weights not adding up to 100, an end date before its start, a
 * date in the future, a text too long. Pure; policy matters (a short 公示) are not refused here.
 */
public final class RecruitmentValidator {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RecruitmentValidator() {
    }

    public static void round(Round r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.title() == null) {
            errors.add(FieldError.of("recruitment.field.title", "validation.required"));
        } else if (r.title().length() > 200) {
            errors.add(FieldError.of("recruitment.field.title", "validation.tooLong", 200));
        }
        if (r.year() < 1950 || r.year() > 2200) {
            errors.add(FieldError.of("recruitment.field.year", "validation.year"));
        }
        if (r.way() == null) {
            errors.add(FieldError.of("recruitment.field.way", "validation.required"));
        }
        boolean weightsOk = percent(errors, "recruitment.field.writtenWeight", r.writtenWeight(), true)
                & percent(errors, "recruitment.field.interviewWeight", r.interviewWeight(), true);
        if (weightsOk && r.writtenWeight().add(r.interviewWeight()).compareTo(HUNDRED) != 0) {
            errors.add(FieldError.of("recruitment.field.interviewWeight", "recruitment.validation.weightsSum",
                    r.writtenWeight().add(r.interviewWeight()).stripTrailingZeros().toPlainString()));
        }
        if (r.maxAge() != null && (r.maxAge() < 18 || r.maxAge() > 70)) {
            errors.add(FieldError.of("recruitment.field.maxAge", "recruitment.validation.age"));
        }
        notice(errors, r.noticeStart(), r.noticeEnd());
        length(errors, "recruitment.field.otherConditions", r.otherConditions(), 1000);
        length(errors, "field.note", r.note(), 500);
        throwIf(errors);
    }

    static void notice(List<FieldError> errors, LocalDate start, LocalDate end) {
        if (end != null && start == null) {
            errors.add(FieldError.of("recruitment.field.noticeStart", "validation.required"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(FieldError.of("recruitment.field.noticeEnd", "validation.endBeforeStart", start.toString()));
        }
    }

    public static void notice(LocalDate start, LocalDate end) {
        List<FieldError> errors = new ArrayList<>();
        if (start == null) {
            errors.add(FieldError.of("recruitment.field.noticeStart", "validation.required"));
        }
        notice(errors, start, end);
        throwIf(errors);
    }

    public static void places(int places) {
        if (places < 1 || places > 999) {
            throw new ValidationException(FieldError.of("recruitment.field.places", "recruitment.validation.places"));
        }
    }

    /** The scores of the written test and the interview: each empty, or 0–100 with one decimal at most. */
    public static void scores(BigDecimal written, BigDecimal interview) {
        List<FieldError> errors = new ArrayList<>();
        percent(errors, "recruitment.field.written", written, false);
        percent(errors, "recruitment.field.interview", interview, false);
        throwIf(errors);
    }

    public static void candidate(Candidate c, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (c.source() == null) {
            errors.add(FieldError.of("recruitment.field.source", "validation.required"));
        }
        if (c.channel() == null) {
            errors.add(FieldError.of("recruitment.field.channel", "validation.required"));
        }
        if (c.appliedOn() == null) {
            errors.add(FieldError.of("recruitment.field.appliedOn", "validation.required"));
        } else if (c.appliedOn().isAfter(today)) {
            errors.add(FieldError.of("recruitment.field.appliedOn", "validation.future"));
        }
        length(errors, "recruitment.field.currentUnit", c.currentUnit(), 200);
        length(errors, "field.note", c.note(), 500);
        throwIf(errors);
    }

    public static void trial(LocalDate start, LocalDate end, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (start == null) {
            errors.add(FieldError.of("recruitment.field.trialStart", "validation.required"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(FieldError.of("recruitment.field.trialEnd", "validation.endBeforeStart", start.toString()));
        }
        length(errors, "recruitment.field.trialNote", note, 500);
        throwIf(errors);
    }

    /** A reason that must be given (withdrawal, not selected): cleaned, or refused. */
    public static String reason(String raw) {
        String reason = Text.clean(raw);
        if (reason == null) {
            throw new ValidationException(FieldError.of("field.reason", "validation.required"));
        }
        if (reason.length() > 500) {
            throw new ValidationException(FieldError.of("field.reason", "validation.tooLong", 500));
        }
        return reason;
    }

    public static String text(String field, String raw, int max) {
        String s = Text.clean(raw);
        List<FieldError> errors = new ArrayList<>();
        length(errors, field, s, max);
        throwIf(errors);
        return s;
    }

    private static boolean percent(List<FieldError> errors, String field, BigDecimal v, boolean required) {
        if (v == null) {
            if (required) {
                errors.add(FieldError.of(field, "validation.required"));
            }
            return false;
        }
        if (v.signum() < 0 || v.compareTo(HUNDRED) > 0 || v.stripTrailingZeros().scale() > 1) {
            errors.add(FieldError.of(field, "recruitment.validation.percent"));
            return false;
        }
        return true;
    }

    private static void length(List<FieldError> errors, String field, String s, int max) {
        if (s != null && s.length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    private static void throwIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
