package cn.huyang.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The scoring of a year, a pure function of the scheme and the entries [三(四)2]:
 * <ol>
 *   <li>total = Σ weight × score / 100 + min(bonus, cap), rounded half-up to two decimals; the
 *       bands judge the total as shown (89.995 shows as 90.00 and is 优秀);</li>
 *   <li>rank: competition rank by total (1, 2, 2, 4) among those with a total;</li>
 *   <li>proposed grade: the band; a veto item forces 不合格;</li>
 *   <li>the 优秀 quota, floor(quota % × assessed), applied by rank to the non-vetoed 优秀 band:
 *       above the edge within, below it over (proposed 合格), and rows tied with the last place
 *       inside the quota, when they do not all fit, marked {@link QuotaStatus#TIE_AT_EDGE} and
 *       kept at 优秀 for the office to decide (never broken silently);</li>
 *   <li>the grade that stands: the override (with its reason) when there is one, else the proposal.</li>
 * </ol>
 */
public final class AssessmentCalculator {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private AssessmentCalculator() {
    }

    public static BigDecimal total(Scheme s, Entry e) {
        if (!e.complete()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Party p : Party.values()) {
            sum = sum.add(s.weight(p).multiply(e.score(p)));
        }
        BigDecimal total = sum.divide(HUNDRED).add(bonusCounted(s, e));
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal bonusCounted(Scheme s, Entry e) {
        BigDecimal b = e.bonus() == null ? BigDecimal.ZERO : e.bonus();
        return b.min(s.bonusCap()).setScale(2, RoundingMode.HALF_UP);
    }

    public static Grade band(Scheme s, BigDecimal shownTotal) {
        if (shownTotal.compareTo(s.excellentFrom()) >= 0) {
            return Grade.EXCELLENT;
        }
        if (shownTotal.compareTo(s.competentFrom()) >= 0) {
            return Grade.COMPETENT;
        }
        if (shownTotal.compareTo(s.basicFrom()) >= 0) {
            return Grade.BASIC;
        }
        return Grade.INCOMPETENT;
    }

    /** floor(percent × assessed / 100). */
    public static int quota(Scheme s, int assessed) {
        return s.quotaPercent().multiply(BigDecimal.valueOf(assessed)).divide(HUNDRED, 0, RoundingMode.FLOOR)
                .intValueExact();
    }

    public static Results compute(Scheme s, List<Entry> entries) {
        int n = entries.size();
        BigDecimal[] totals = new BigDecimal[n];
        Integer[] order = new Integer[n];
        int assessed = 0;
        for (int i = 0; i < n; i++) {
            totals[i] = total(s, entries.get(i));
            if (totals[i] != null) {
                order[assessed++] = i;
            }
        }
        Integer[] ranked = Arrays.copyOf(order, assessed);
        Arrays.sort(ranked, Comparator.comparing((Integer i) -> totals[i]).reversed());
        Integer[] rank = new Integer[n];
        for (int k = 0; k < ranked.length; k++) {
            int i = ranked[k];
            rank[i] = k > 0 && totals[ranked[k - 1]].compareTo(totals[i]) == 0 ? rank[ranked[k - 1]] : k + 1;
        }

        Grade[] band = new Grade[n];
        QuotaStatus[] quota = new QuotaStatus[n];
        Arrays.fill(quota, QuotaStatus.NONE);
        List<Integer> candidates = new ArrayList<>();
        for (int i : ranked) {
            band[i] = band(s, totals[i]);
            if (band[i] == Grade.EXCELLENT && !entries.get(i).vetoed()) {
                candidates.add(i); // in rank order
            }
        }
        int allowed = quota(s, assessed);
        int tied = 0;
        if (candidates.size() <= allowed) {
            candidates.forEach(i -> quota[i] = QuotaStatus.WITHIN);
        } else if (allowed == 0) {
            candidates.forEach(i -> quota[i] = QuotaStatus.OVER);
        } else {
            BigDecimal edge = totals[candidates.get(allowed - 1)];
            boolean tieAcrossEdge = totals[candidates.get(allowed)].compareTo(edge) == 0;
            for (int i : candidates) {
                int c = totals[i].compareTo(edge);
                if (c > 0 || (c == 0 && !tieAcrossEdge)) {
                    quota[i] = QuotaStatus.WITHIN;
                } else if (c == 0) {
                    quota[i] = QuotaStatus.TIE_AT_EDGE;
                    tied++;
                } else {
                    quota[i] = QuotaStatus.OVER;
                }
            }
        }

        List<Result> rows = new ArrayList<>(n);
        int excellent = 0;
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            Grade proposed = null;
            if (totals[i] != null) {
                proposed = e.vetoed() ? Grade.INCOMPETENT : quota[i] == QuotaStatus.OVER ? Grade.COMPETENT : band[i];
            }
            boolean overridden = e.overrideGrade() != null;
            Grade grade = overridden ? e.overrideGrade() : proposed;
            if (grade == Grade.EXCELLENT) {
                excellent++;
            }
            rows.add(new Result(e.counselorId(), totals[i], totals[i] == null ? null : bonusCounted(s, e), rank[i],
                    band[i], proposed, quota[i], grade, e.vetoed(), overridden));
        }
        return new Results(s.year(), rows, assessed, allowed, excellent, tied);
    }
}
