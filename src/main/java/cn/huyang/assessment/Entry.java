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
 * review request (复核) with its outcome. {@code version} is the stored row's version when it was read:
 * 0 for none stored; a row once written is at 1 or more.
 */
public record Entry(int year, long counselorId, Map<Party, BigDecimal> scores, BigDecimal bonus, String veto,
                    String summary, Grade overrideGrade, String overrideReason, Review review, int version) {

    /** An entry not read from the database: version 0. */
    public Entry(int year, long counselorId, Map<Party, BigDecimal> scores, BigDecimal bonus, String veto,
                 String summary, Grade overrideGrade, String overrideReason, Review review) {
        this(year, counselorId, scores, bonus, veto, summary, overrideGrade, overrideReason, review, 0);
    }

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
                review, version);
    }

    public Entry withOverride(Grade grade, String reason) {
        return new Entry(year, counselorId, scores, bonus, veto, summary, grade, reason, review, version);
    }

    public Entry withReview(Review r) {
        return new Entry(year, counselorId, scores, bonus, veto, summary, overrideGrade, overrideReason, r, version);
    }

    /** The same entry at another version (the next one, when it is written). */
    public Entry withVersion(int newVersion) {
        return new Entry(year, counselorId, scores, bonus, veto, summary, overrideGrade, overrideReason, review,
                newVersion);
    }

    /** A review request (复核) and its outcome. */
    public record Review(LocalDate requested, String reason, ReviewOutcome outcome, String note) {
    }
}
