package cn.huyang.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What was entered for one counselor in one year: each party's score (absent when not yet
 * entered), bonus points, the veto item that applies (or null), the counselor's own summary
 * (个人总结; null when left for handwriting), a manual grade override with its reason, and a
 * review request (复核) with its outcome.
 */
public record Entry(int year, long counselorId, Map<Party, BigDecimal> scores, BigDecimal bonus, String veto,
                    String summary, Grade overrideGrade, String overrideReason, Review review) {

    public Entry {
        EnumMap<Party, BigDecimal> s = new EnumMap<>(Party.class);
        scores.forEach((k, v) -> {
            if (v != null) {
                s.put(k, v);
            }
        });
        scores = Collections.unmodifiableMap(s);
    }

    public static Entry empty(int year, long counselorId) {
        return new Entry(year, counselorId, Map.of(), null, null, null, null, null, null);
    }

    public BigDecimal score(Party p) {
        return scores.get(p);
    }

    /** Every party has scored. */
    public boolean complete() {
        return scores.size() == Party.values().length;
    }

    public boolean vetoed() {
        return veto != null && !veto.isBlank();
    }

    public Entry withScores(Map<Party, BigDecimal> newScores, BigDecimal newBonus, String newVeto, String newSummary) {
        return new Entry(year, counselorId, newScores, newBonus, newVeto, newSummary, overrideGrade, overrideReason,
                review);
    }

    public Entry withOverride(Grade grade, String reason) {
        return new Entry(year, counselorId, scores, bonus, veto, summary, grade, reason, review);
    }

    public Entry withReview(Review r) {
        return new Entry(year, counselorId, scores, bonus, veto, summary, overrideGrade, overrideReason, r);
    }

    /** A review request (复核) and its outcome. */
    public record Review(LocalDate requested, String reason, ReviewOutcome outcome, String note) {
    }
}
