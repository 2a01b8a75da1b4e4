package cn.huyang.guarantee;

import cn.huyang.common.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What cannot be true of the guarantees' data, refused naming the field: a negative amount, a month
 * outside 1–12, a year outside {@value #FIRST_YEAR}–next year, a paid date later than today or more than
 * {@value #ADVANCE_DAYS} days before the month began (an allowance may be paid in advance, at most a
 * quarter; earlier than that is a typing error, not a payment of that month). Real data that breaks a
 * rule (late, short, below the teachers' average) is stored and judged as a finding instead.
 */
public final class GuaranteeValidator {
    public static final int FIRST_YEAR = 2000;
    /** How many days before its month began an allowance may plausibly be paid. */
    public static final int ADVANCE_DAYS = 92;
    /** The largest single allowance payment or monthly standard: 100,000 yuan. */
    public static final long MAX_MONTHLY_FEN = 10_000_000L;
    /** The largest yearly income: 10,000,000 yuan. */
    public static final long MAX_YEARLY_FEN = 1_000_000_000L;
    public static final int MAX_STUDENTS = 100_000;

    private GuaranteeValidator() {
    }

    public static List<FieldError> payment(AllowancePayment p, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        boolean yearOk = year(errors, p.year(), today);
        boolean monthOk = p.month() >= 1 && p.month() <= 12;
        if (!monthOk) {
            errors.add(FieldError.of("guarantee.field.month", "guarantee.validation.month", String.valueOf(p.month())));
        }
        amount(errors, "guarantee.field.amount", p.amountFen(), MAX_MONTHLY_FEN);
        if (p.paidOn() == null) {
            errors.add(FieldError.of("guarantee.field.paidOn", "validation.required"));
        } else if (p.paidOn().isAfter(today)) {
            errors.add(FieldError.of("guarantee.field.paidOn", "validation.future"));
        } else if (yearOk && monthOk && p.paidOn().isBefore(earliestPaid(p.year(), p.month()))) {
            errors.add(FieldError.of("guarantee.field.paidOn", "guarantee.validation.paidTooEarly",
                    String.valueOf(p.year()), String.valueOf(p.month()), String.valueOf(ADVANCE_DAYS)));
        }
        if (p.note() != null && p.note().length() > 200) {
            errors.add(FieldError.of("guarantee.field.note", "guarantee.validation.tooLong", "200"));
        }
        return errors;
    }

    /** The earliest day a month's allowance may have been paid on. */
    public static LocalDate earliestPaid(int year, int month) {
        return LocalDate.of(year, month, 1).minusDays(ADVANCE_DAYS);
    }

    public static List<FieldError> standard(AllowanceStandard s, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        year(errors, s.year(), today);
        if (s.postType() == null) {
            errors.add(FieldError.of("guarantee.field.postType", "validation.required"));
        }
        amount(errors, "guarantee.field.standard", s.monthlyFen(), MAX_MONTHLY_FEN);
        return errors;
    }

    public static List<FieldError> income(int year, long fen, String field, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        year(errors, year, today);
        amount(errors, field, fen, MAX_YEARLY_FEN);
        return errors;
    }

    public static List<FieldError> building(DormBuilding b) {
        List<FieldError> errors = new ArrayList<>();
        if (b.name() == null || b.name().isBlank()) {
            errors.add(FieldError.of("guarantee.field.building", "validation.required"));
        } else if (b.name().strip().length() > 100) {
            errors.add(FieldError.of("guarantee.field.building", "guarantee.validation.tooLong", "100"));
        }
        if (b.students() < 0) {
            errors.add(FieldError.of("guarantee.field.students", "guarantee.validation.negative"));
        } else if (b.students() > MAX_STUDENTS) {
            errors.add(FieldError.of("guarantee.field.students", "guarantee.validation.tooManyStudents",
                    String.valueOf(MAX_STUDENTS)));
        }
        if (b.note() != null && b.note().length() > 200) {
            errors.add(FieldError.of("guarantee.field.note", "guarantee.validation.tooLong", "200"));
        }
        return errors;
    }

    public static List<FieldError> gradeMeeting(GradeMeeting g, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (g.grade() == null || g.grade().isBlank()) {
            errors.add(FieldError.of("guarantee.field.grade", "validation.required"));
        } else if (g.grade().strip().length() > 30) {
            errors.add(FieldError.of("guarantee.field.grade", "guarantee.validation.tooLong", "30"));
        }
        if (g.schoolYear() < FIRST_YEAR || g.schoolYear() > today.getYear() + 1) {
            errors.add(FieldError.of("guarantee.field.schoolYear", "guarantee.validation.year",
                    String.valueOf(FIRST_YEAR), String.valueOf(today.getYear() + 1)));
        }
        if (g.term() != 1 && g.term() != 2) {
            errors.add(FieldError.of("guarantee.field.term", "guarantee.validation.term"));
        }
        return errors;
    }

    private static boolean year(List<FieldError> errors, int year, LocalDate today) {
        if (year < FIRST_YEAR || year > today.getYear() + 1) {
            errors.add(FieldError.of("guarantee.field.year", "guarantee.validation.year", String.valueOf(FIRST_YEAR),
                    String.valueOf(today.getYear() + 1)));
            return false;
        }
        return true;
    }

    private static void amount(List<FieldError> errors, String field, long fen, long max) {
        if (fen < 0) {
            errors.add(FieldError.of(field, "guarantee.validation.negative"));
        } else if (fen > max) {
            errors.add(FieldError.of(field, "guarantee.validation.tooLarge", Fen.format(max)));
        }
    }
}
