package cn.huyang.recruitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring and ranking of one post: the total is written × its weight + interview × its weight
 * (weights in percent, together 100), to two decimals; candidates with both scores who are still in
 * the round (or hired) are ranked by total, equal totals sharing a rank. A group of equal totals that
 * reaches past the last place is {@link Standing#TIED} for all of its members: the program never
 * breaks a tie, the selection committee does.
 */
public final class Ranking {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ranking() {
    }

    /** The weighted total, or null while a score is missing. */
    public static BigDecimal total(BigDecimal written, BigDecimal interview, BigDecimal writtenWeight,
                                   BigDecimal interviewWeight) {
        if (written == null || interview == null) {
            return null;
        }
        return written.multiply(writtenWeight).add(interview.multiply(interviewWeight))
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** Whether a candidate takes part in the ranking: both scores, and not withdrawn or not selected. */
    public static boolean ranked(Candidate c) {
        return c.writtenScore() != null && c.interviewScore() != null
                && (c.outcome() == null || c.outcome() == Outcome.HIRED);
    }

    /** The placings of one post's candidates, by candidate id, best first; those not ranked are left out. */
    public static Map<Long, Placing> rank(List<Candidate> ofPost, int places, BigDecimal writtenWeight,
                                         BigDecimal interviewWeight) {
        List<Candidate> ranked = new ArrayList<>();
        Map<Long, BigDecimal> totals = new LinkedHashMap<>();
        for (Candidate c : ofPost) {
            if (ranked(c)) {
                ranked.add(c);
                totals.put(c.id(), total(c.writtenScore(), c.interviewScore(), writtenWeight, interviewWeight));
            }
        }
        ranked.sort(Comparator.comparing((Candidate c) -> totals.get(c.id())).reversed()
                .thenComparing(Candidate::id));
        Map<Long, Placing> out = new LinkedHashMap<>();
        int i = 0;
        while (i < ranked.size()) {
            BigDecimal total = totals.get(ranked.get(i).id());
            int j = i;
            while (j < ranked.size() && totals.get(ranked.get(j).id()).compareTo(total) == 0) {
                j++;
            }
            int rank = i + 1;
            int lastOfGroup = j;
            Standing standing = lastOfGroup <= places ? Standing.WITHIN
                    : rank <= places ? Standing.TIED : Standing.OUTSIDE;
            for (int k = i; k < j; k++) {
                out.put(ranked.get(k).id(), new Placing(total, rank, standing));
            }
            i = j;
        }
        return out;
    }
}
