package cn.huyang.title;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The panel's weighted totals and the ranking of one target's applications against its posts.
 * Ties share a rank (1, 2, 2, 4); a tie across the last post is shown as such and never broken.
 */
public final class ReviewRanking {
    private ReviewRanking() {
    }

    /** Weighted total of the two groups, rounded half-up to two decimals; null until both are scored. */
    public static BigDecimal total(Application a, Target t) {
        if (!a.scored()) {
            return null;
        }
        BigDecimal sum = t.weightWork().add(t.weightResearch());
        if (sum.signum() == 0) {
            return null;
        }
        return a.scoreWork().multiply(t.weightWork()).add(a.scoreResearch().multiply(t.weightResearch()))
                .divide(sum, 2, RoundingMode.HALF_UP);
    }

    /** A ranked place: rank among the eligible and scored, and the standing against the posts. */
    public record Place(Integer rank, QuotaStanding standing) {
    }

    /**
     * Ranks the applications of one target.
     *
     * @param totals   the weighted total of each application id (null when not scored)
     * @param eligible the ids of the eligible applications
     */
    public static Map<Long, Place> rank(Map<Long, BigDecimal> totals, java.util.Set<Long> eligible, int posts) {
        Map<Long, Place> out = new HashMap<>();
        List<Map.Entry<Long, BigDecimal>> ranked = new ArrayList<>();
        for (Map.Entry<Long, BigDecimal> e : totals.entrySet()) {
            if (!eligible.contains(e.getKey())) {
                out.put(e.getKey(), new Place(null, QuotaStanding.INELIGIBLE));
            } else if (e.getValue() == null) {
                out.put(e.getKey(), new Place(null, QuotaStanding.NOT_SCORED));
            } else {
                ranked.add(e);
            }
        }
        ranked.sort(Map.Entry.<Long, BigDecimal>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        int i = 0;
        while (i < ranked.size()) {
            int j = i;
            while (j < ranked.size() && ranked.get(j).getValue().compareTo(ranked.get(i).getValue()) == 0) {
                j++;
            }
            int rank = i + 1;
            // The group holds places rank … j; it straddles the edge when it begins inside and ends outside.
            QuotaStanding standing = j <= posts ? QuotaStanding.WITHIN
                    : (rank <= posts ? QuotaStanding.TIE_AT_EDGE : QuotaStanding.OUTSIDE);
            for (int k = i; k < j; k++) {
                out.put(ranked.get(k).getKey(), new Place(rank, standing));
            }
            i = j;
        }
        return out;
    }
}
