package cn.huyang.guarantee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Money as whole fen (分), never a floating number: read from what a user or a spreadsheet wrote
 * ("1500", "1,500.50", "¥1500.5"), and written back as yuan with two decimals.
 */
public final class Fen {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Fen() {
    }

    /**
     * The amount in yuan of a text, as a number with its sign (negatives too, so that a validator can
     * name them); empty when the text is no number or has more than two decimals.
     */
    public static Optional<BigDecimal> yuan(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
                .replace("元", "").strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal v = new BigDecimal(t);
            return v.stripTrailingZeros().scale() > 2 ? Optional.empty() : Optional.of(v);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Yuan to fen (at most two decimals, as {@link #yuan} gives). */
    public static long of(BigDecimal yuan) {
        return yuan.multiply(HUNDRED).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    /** Fen as yuan with two decimals, e.g. {@code 150050 → "1500.50"}. */
    public static String format(long fen) {
        return BigDecimal.valueOf(fen).divide(HUNDRED, 2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Like {@link #format(long)}, empty for null. */
    public static String format(Long fen) {
        return fen == null ? "" : format(fen.longValue());
    }
}
