package cn.huyang.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a day typed as offices type it. */
public final class Dates {
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern COMPACT_MONTH = Pattern.compile("(\\d{4})(\\d{2})");

    private Dates() {
    }

    public static Optional<LocalDate> parse(String raw) {
        String s = Text.clean(Text.halfWidth(raw));
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = SEPARATED.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A day, or a month where only the month is known (出生年月: {@code 1990.05}, {@code 1990-5},
     * {@code 1990年5月}, {@code 199005}) read as the first day of that month.
     */
    public static Optional<LocalDate> parseDayOrMonth(String raw) {
        Optional<LocalDate> day = parse(raw);
        if (day.isPresent()) {
            return day;
        }
        String s = Text.clean(Text.halfWidth(raw));
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = MONTH.matcher(s);
        if (!m.matches()) {
            m = COMPACT_MONTH.matcher(s);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
