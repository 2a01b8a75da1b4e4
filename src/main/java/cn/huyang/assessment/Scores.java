package cn.huyang.assessment;

import cn.huyang.common.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/** Scores as typed: 0–100 with up to two decimals (full-width digits accepted); blank is "not entered". */
public final class Scores {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{0,2})?");
    public static final BigDecimal MAX = new BigDecimal("100");

    private Scores() {
    }

    /** True when the text is blank or a valid score. */
    public static boolean valid(String text) {
        return Text.isBlank(text) || parse(text).isPresent();
    }

    /** The score of a non-blank text, or empty when it is not 0–100 with at most two decimals. */
    public static Optional<BigDecimal> parse(String text) {
        String t = Text.clean(Text.halfWidth(text));
        if (t == null || !NUMBER.matcher(t).matches()) {
            return Optional.empty();
        }
        BigDecimal v = new BigDecimal(t.endsWith(".") ? t.substring(0, t.length() - 1) : t);
        if (v.compareTo(MAX) > 0) {
            return Optional.empty();
        }
        return Optional.of(v.setScale(2, RoundingMode.UNNECESSARY));
    }

    public static boolean inRange(BigDecimal v) {
        return v.signum() >= 0 && v.compareTo(MAX) <= 0 && Math.max(0, v.stripTrailingZeros().scale()) <= 2;
    }

    public static String format(BigDecimal v) {
        return v == null ? "" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
