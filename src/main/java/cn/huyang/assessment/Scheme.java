package cn.huyang.assessment;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A year's assessment scheme: the weight of each party (summing to 100), the cap on bonus points,
 * the lower edges of the grade bands, the 优秀 quota as a percentage of those assessed, and the veto
 * items (一票否决) that force 不合格. {@code stored} is false for a scheme copied from the year
 * before (or the defaults) and not yet saved; {@code version} is the stored row's version when it was
 * read (0 when not stored).
 */
public record Scheme(int year, Map<Party, BigDecimal> weights, BigDecimal bonusCap, BigDecimal excellentFrom,
                     BigDecimal competentFrom, BigDecimal basicFrom, BigDecimal quotaPercent, List<String> vetoItems,
                     YearState state, boolean stored, int version) {

    /** A scheme not read from the database: version 0. */
    public Scheme(int year, Map<Party, BigDecimal> weights, BigDecimal bonusCap, BigDecimal excellentFrom,
                  BigDecimal competentFrom, BigDecimal basicFrom, BigDecimal quotaPercent, List<String> vetoItems,
                  YearState state, boolean stored) {
        this(year, weights, bonusCap, excellentFrom, competentFrom, basicFrom, quotaPercent, vetoItems, state, stored,
                0);
    }

    public Scheme {
        EnumMap<Party, BigDecimal> w = new EnumMap<>(Party.class);
        w.putAll(weights);
        weights = java.util.Collections.unmodifiableMap(w);
        vetoItems = List.copyOf(vetoItems);
    }

    /** The defaults: 学工部 30, 系部党总支 30, 学生测评 30, 组织人事部 10; bonus cap 10; 90 / 70 / 60; 20 %. */
    public static Scheme defaults(int year) {
        Map<Party, BigDecimal> w = new EnumMap<>(Party.class);
        w.put(Party.OFFICE, new BigDecimal("30"));
        w.put(Party.BRANCH, new BigDecimal("30"));
        w.put(Party.STUDENTS, new BigDecimal("30"));
        w.put(Party.PERSONNEL, new BigDecimal("10"));
        return new Scheme(year, w, new BigDecimal("10"), new BigDecimal("90"), new BigDecimal("70"),
                new BigDecimal("60"), new BigDecimal("20"),
                List.of("发生严重责任事故或重大安全稳定事件隐瞒不报", "受到党纪政务处分", "师德师风出现严重问题"),
                YearState.DRAFT, false);
    }

    public BigDecimal weight(Party p) {
        return weights.getOrDefault(p, BigDecimal.ZERO);
    }

    public Scheme withVersion(int newVersion) {
        return new Scheme(year, weights, bonusCap, excellentFrom, competentFrom, basicFrom, quotaPercent, vetoItems,
                state, stored, newVersion);
    }

    public boolean locked() {
        return state == YearState.CONFIRMED;
    }

    /** This scheme as the starting point of another year: same numbers, a draft, not stored. */
    public Scheme copyFor(int otherYear) {
        return new Scheme(otherYear, weights, bonusCap, excellentFrom, competentFrom, basicFrom, quotaPercent,
                vetoItems, YearState.DRAFT, false);
    }
}
