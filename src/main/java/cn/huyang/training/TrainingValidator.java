package cn.huyang.training;

import cn.huyang.common.FieldError;
import cn.huyang.common.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Impossible training data, refused with the field named: course, level, category, dates and hours
 * required; the end not before the start; 0 < hours ≤ 24 × days; cost ≥ 0; a certificate number once
 * per session (the service checks it against the other sessions of the course).
 */
public final class TrainingValidator {
    static final BigDecimal MAX_COST = new BigDecimal("9999999999.99");
    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

    private TrainingValidator() {
    }

    /** Trimmed text, certificate numbers half-width and in capitals, and nothing else changed. */
    public static TrainingSession normalize(TrainingSession s) {
        List<TrainingSession.Attendee> attendees = s.attendees().stream()
                .map(a -> new TrainingSession.Attendee(a.recordId(), a.counselorId(), a.hours(),
                        certificate(a.certificateNo()), Text.cleanFree(a.note())))
                .toList();
        return new TrainingSession(s.id(), Text.clean(s.course()), Text.clean(s.organiser()), s.level(), s.category(),
                s.startDate(), s.endDate(), s.hours(), s.costPerPerson(), Text.cleanFree(s.note()), attendees,
                s.version());
    }

    private static String certificate(String raw) {
        String c = Text.clean(Text.halfWidth(raw));
        return c == null ? null : c.toUpperCase(java.util.Locale.ROOT);
    }

    /** The refusals of the session's own fields. */
    public static List<FieldError> validateDetails(TrainingSession s, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "field.course", s.course(), true, 200);
        text(errors, "field.organiser", s.organiser(), false, 200);
        if (s.level() == null) {
            errors.add(FieldError.of("field.trainingLevel", "validation.required"));
        }
        if (s.category() == null) {
            errors.add(FieldError.of("field.trainingCategory", "validation.required"));
        }
        if (s.startDate() == null) {
            errors.add(FieldError.of("field.startDate", "validation.required"));
        } else if (s.startDate().isAfter(today)) {
            errors.add(FieldError.of("field.startDate", "validation.future"));
        } else if (s.startDate().isBefore(EARLIEST)) {
            errors.add(FieldError.of("field.startDate", "validation.tooEarly", EARLIEST.toString()));
        }
        if (s.endDate() == null) {
            errors.add(FieldError.of("field.endDate", "validation.required"));
        } else if (s.startDate() != null && s.endDate().isBefore(s.startDate())) {
            errors.add(FieldError.of("field.endDate", "validation.endBeforeStart", s.startDate().toString()));
        }
        BigDecimal max = maxHours(s);
        if (s.hours() == null) {
            errors.add(FieldError.of("field.hours", "validation.required"));
        } else {
            hours(s.hours(), max).ifPresent(k -> errors.add(FieldError.of("field.hours", k, plain(max), s.days())));
        }
        if (s.costPerPerson() != null) {
            if (s.costPerPerson().signum() < 0) {
                errors.add(FieldError.of("field.cost", "validation.notNegative"));
            } else if (s.costPerPerson().compareTo(MAX_COST) > 0 || s.costPerPerson().scale() > 2
                    && s.costPerPerson().stripTrailingZeros().scale() > 2) {
                errors.add(FieldError.of("field.cost", "validation.money"));
            }
        }
        text(errors, "field.note", s.note(), false, 500);
        return errors;
    }

    /**
     * The refusals of the attendees: at least one, each once, own hours within the session's, own
     * certificate numbers different.
     *
     * @param names the counselor's name for a message, by id
     */
    public static List<FieldError> validateAttendees(TrainingSession s, LongFunction<String> names) {
        List<FieldError> errors = new ArrayList<>();
        if (s.attendees().isEmpty()) {
            errors.add(FieldError.of("field.attendees", "validation.attendees.none"));
            return errors;
        }
        Set<Long> seen = new HashSet<>();
        Map<String, String> certificates = new HashMap<>();
        for (TrainingSession.Attendee a : s.attendees()) {
            java.util.function.Supplier<String> name = () -> names.apply(a.counselorId());
            if (!seen.add(a.counselorId())) {
                errors.add(FieldError.of("field.attendees", "validation.attendees.twice", name.get()));
            }
            if (a.hours() != null) {
                if (a.hours().signum() <= 0 || a.hours().stripTrailingZeros().scale() > 1) {
                    errors.add(FieldError.of("field.attendee.hours", "validation.hours.positive").about(name.get()));
                } else if (s.hours() != null && a.hours().compareTo(s.hours()) > 0) {
                    errors.add(FieldError.of("field.attendee.hours", "validation.hours.overSession",
                            plain(s.hours())).about(name.get()));
                }
            }
            if (a.certificateNo() != null) {
                if (a.certificateNo().length() > 50) {
                    errors.add(FieldError.of("field.attendee.certificateNo", "validation.tooLong", 50).about(name.get()));
                } else if (Text.hasControl(a.certificateNo())) {
                    errors.add(FieldError.of("field.attendee.certificateNo", "validation.controlCharacter",
                            Text.codePoint(Text.firstControl(a.certificateNo()))).about(name.get()));
                } else {
                    String other = certificates.putIfAbsent(a.certificateNo(), name.get());
                    if (other != null) {
                        errors.add(FieldError.of("field.attendee.certificateNo", "validation.certificate.twice",
                                a.certificateNo(), other).about(name.get()));
                    }
                }
            }
            if (a.note() != null && a.note().length() > 500) {
                errors.add(FieldError.of("field.attendee.note", "validation.tooLong", 500).about(name.get()));
            }
        }
        return errors;
    }

    /** 24 class hours for each day of the span, or null without both dates. */
    public static BigDecimal maxHours(TrainingSession s) {
        return s.days() <= 0 ? null : BigDecimal.valueOf(24 * s.days());
    }

    private static java.util.Optional<String> hours(BigDecimal h, BigDecimal max) {
        if (h.signum() <= 0 || h.stripTrailingZeros().scale() > 1) {
            return java.util.Optional.of("validation.hours.positive");
        }
        if (max != null && h.compareTo(max) > 0) {
            return java.util.Optional.of("validation.hours.overSpan");
        }
        return java.util.Optional.empty();
    }

    private static void text(List<FieldError> errors, String field, String value, boolean required, int max) {
        if (value == null) {
            if (required) {
                errors.add(FieldError.of(field, "validation.required"));
            }
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        } else if (Text.hasControl(value)) {
            errors.add(FieldError.of(field, "validation.controlCharacter", Text.codePoint(Text.firstControl(value))));
        }
    }

    private static String plain(BigDecimal v) {
        return ComplianceRules.plain(v);
    }
}
