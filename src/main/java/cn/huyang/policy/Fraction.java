package cn.huyang.policy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weight as the rules write it, e.g. 1/3 (兼职辅导员工作量按专职辅导员工作量的三分之一核定): kept exact,
 * so 2 full-time and 3 part-time counselors are exactly 3.
 */
public record Fraction(int numerator, int denominator) {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,3})\\s*(?:/\\s*(\\d{1,3})\\s*)?");

    public Fraction {
        if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a weight between 0 and 1: " + numerator + "/" + denominator);
        }
    }

    /** "1/3", "2/5" or "1"; empty when the text is not such a weight (or not above 0 and at most 1). */
    public static Optional<Fraction> parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.replace('／', '/'));
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        int d = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        if (n <= 0 || d <= 0 || n > d) {
            return Optional.empty();
        }
        return Optional.of(new Fraction(n, d));
    }

    public double value() {
        return (double) numerator / denominator;
    }

    @Override
    public String toString() {
        return denominator == 1 ? String.valueOf(numerator) : numerator + "/" + denominator;
    }
}
