package cn.huyang.overview;

import cn.huyang.common.FieldError;
import cn.huyang.common.ValidationException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The span a team report covers: a half-year ({@code 2026H1} = 1 January–30 June, {@code 2026H2} = 1 July–
 * 31 December) or a custom range. The report compares it with the previous half-year and the same half
 * of the previous year.
 *
 * @param half 1 or 2 for a half-year, 0 for a custom range
 */
public record Period(LocalDate from, LocalDate to, int half) {
    private static final Pattern HALF = Pattern.compile("(\\d{4})[Hh]([12])");

    public Period {
        if (to.isBefore(from)) {
            throw new ValidationException(FieldError.of("report.field.period", "report.validation.range"));
        }
    }

    public static Period half(int year, int half) {
        return half == 1 ? new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), 1)
                : new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), 2);
    }

    /** {@code 2026H1} or {@code 2026H2}; anything else is refused naming the field. */
    public static Period parse(String text) {
        Matcher m = HALF.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new ValidationException(FieldError.of("report.field.period", "report.validation.period"));
        }
        return half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The half-year holding a day (a report's default: the one holding today). */
    public static Period holding(LocalDate day) {
        return half(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    public static Period custom(LocalDate from, LocalDate to) {
        return new Period(from, to, 0);
    }

    /** The year whose yearly figures (ratio, training, assessment, titles) the report shows: its last day's. */
    public int year() {
        return to.getYear();
    }

    public boolean isHalf() {
        return half != 0;
    }

    /** The half-year before (a custom range: the same length just before it). */
    public Period previous() {
        if (isHalf()) {
            return half == 1 ? half(from.getYear() - 1, 2) : half(from.getYear(), 1);
        }
        long days = to.toEpochDay() - from.toEpochDay();
        return custom(from.minusDays(days + 1), from.minusDays(1));
    }

    /** The same span a year earlier. */
    public Period yearEarlier() {
        return isHalf() ? half(from.getYear() - 1, half) : custom(from.minusYears(1), to.minusYears(1));
    }

    /** As written on the command line and in the file's name: {@code 2026H2}, or {@code 2026-03-01_2026-05-31}. */
    public String code() {
        return isHalf() ? from.getYear() + "H" + half : from + "_" + to;
    }
}
