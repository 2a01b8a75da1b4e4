package cn.huyang.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scoring of rule 8 [三(四)2] in plain JUnit. */
class AssessmentCalculatorTest {
    static final Scheme S = Scheme.defaults(2025);

    static Entry entry(long id, String office, String branch, String students, String personnel) {
        Map<Party, BigDecimal> m = new EnumMap<>(Party.class);
        m.put(Party.OFFICE, new BigDecimal(office));
        m.put(Party.BRANCH, new BigDecimal(branch));
        m.put(Party.STUDENTS, new BigDecimal(students));
        m.put(Party.PERSONNEL, new BigDecimal(personnel));
        return new Entry(2025, id, m, null, null, null, null, null, null);
    }

    /** Every party gives the same score. */
    static Entry flat(long id, String score) {
        return entry(id, score, score, score, score);
    }

    static Entry bonus(Entry e, String b) {
        return e.withScores(e.scores(), new BigDecimal(b), e.veto(), e.summary());
    }

    @Test
    void theTotalWeighsEachPartyAndShowsTwoDecimals() {
        // 0.3 × 80 + 0.3 × 90 + 0.3 × 70 + 0.1 × 95 = 24 + 27 + 21 + 9.5 = 81.5
        BigDecimal t = AssessmentCalculator.total(S, entry(1, "80", "90", "70", "95"));
        assertThat(t).isEqualByComparingTo("81.50");
        assertThat(t.scale()).isEqualTo(2);
        assertThat(t.toPlainString()).isEqualTo("81.50");
    }

    @Test
    void otherWeightsCount() {
        Map<Party, BigDecimal> w = new EnumMap<>(Party.class);
        w.put(Party.OFFICE, new BigDecimal("40"));
        w.put(Party.BRANCH, new BigDecimal("20"));
        w.put(Party.STUDENTS, new BigDecimal("25"));
        w.put(Party.PERSONNEL, new BigDecimal("15"));
        Scheme s = new Scheme(2025, w, BigDecimal.TEN, new BigDecimal("90"), new BigDecimal("70"), new BigDecimal("60"),
                new BigDecimal("20"), List.of(), YearState.DRAFT, true);
        // 0.4 × 100 + 0.2 × 50 + 0.25 × 80 + 0.15 × 60 = 40 + 10 + 20 + 9 = 79
        assertThat(AssessmentCalculator.total(s, entry(1, "100", "50", "80", "60"))).isEqualByComparingTo("79.00");
    }

    @Test
    void anIncompleteEntryHasNoTotalRankOrGrade() {
        Entry partial = new Entry(2025, 1, Map.of(Party.OFFICE, BigDecimal.TEN), null, null, null, null, null, null);
        Results r = AssessmentCalculator.compute(S, List.of(partial, flat(2, "80")));
        assertThat(r.rows().get(0).total()).isNull();
        assertThat(r.rows().get(0).rank()).isNull();
        assertThat(r.rows().get(0).grade()).isNull();
        assertThat(r.assessed()).isEqualTo(1);
        assertThat(r.rows().get(1).rank()).isEqualTo(1);
    }

    @Test
    void theBonusIsCapped() {
        assertThat(AssessmentCalculator.total(S, bonus(flat(1, "80"), "6.5"))).isEqualByComparingTo("86.50");
        assertThat(AssessmentCalculator.total(S, bonus(flat(1, "80"), "10"))).isEqualByComparingTo("90.00");
        assertThat(AssessmentCalculator.total(S, bonus(flat(1, "80"), "15"))).isEqualByComparingTo("90.00");
        assertThat(AssessmentCalculator.bonusCounted(S, bonus(flat(1, "80"), "15"))).isEqualByComparingTo("10");
        // the total may pass 100 with the bonus
        assertThat(AssessmentCalculator.total(S, bonus(flat(1, "98"), "12"))).isEqualByComparingTo("108.00");
    }

    @Test
    void bandEdgesJudgeTheTotalAsShown() {
        // 0.3 × 90 × 3 + 0.1 × 89.95 = 81 + 8.995 = 89.995 → shown 90.00 → 优秀
        Entry e995 = entry(1, "90", "90", "90", "89.95");
        assertThat(AssessmentCalculator.total(S, e995)).isEqualByComparingTo("90.00");
        assertThat(AssessmentCalculator.band(S, AssessmentCalculator.total(S, e995))).isEqualTo(Grade.EXCELLENT);
        // 81 + 8.994 = 89.994 → 89.99 → 合格
        Entry e994 = entry(2, "90", "90", "90", "89.94");
        assertThat(AssessmentCalculator.total(S, e994)).isEqualByComparingTo("89.99");
        assertThat(AssessmentCalculator.band(S, AssessmentCalculator.total(S, e994))).isEqualTo(Grade.COMPETENT);

        assertThat(AssessmentCalculator.band(S, new BigDecimal("70.00"))).isEqualTo(Grade.COMPETENT);
        assertThat(AssessmentCalculator.band(S, new BigDecimal("69.99"))).isEqualTo(Grade.BASIC);
        assertThat(AssessmentCalculator.band(S, new BigDecimal("60.00"))).isEqualTo(Grade.BASIC);
        assertThat(AssessmentCalculator.band(S, new BigDecimal("59.99"))).isEqualTo(Grade.INCOMPETENT);
    }

    @Test
    void ranksAreCompetitionRanks() {
        Results r = AssessmentCalculator.compute(S, List.of(flat(1, "80"), flat(2, "90"), flat(3, "80"), flat(4, "70")));
        assertThat(r.rows()).extracting(Result::rank).containsExactly(2, 1, 2, 4);
    }

    @Test
    void theQuotaIsTheFloorOfItsShareOfThoseAssessed() {
        assertThat(AssessmentCalculator.quota(S, 10)).isEqualTo(2);
        assertThat(AssessmentCalculator.quota(S, 14)).isEqualTo(2);
        assertThat(AssessmentCalculator.quota(S, 15)).isEqualTo(3);
        assertThat(AssessmentCalculator.quota(S, 4)).isZero();
    }

    @Test
    void thoseBelowTheQuotaEdgeAreProposedCompetent() {
        List<Entry> es = new ArrayList<>();
        es.add(flat(1, "95"));
        es.add(flat(2, "94"));
        es.add(flat(3, "93")); // 优秀 band but third: over a quota of 2
        for (int i = 4; i <= 10; i++) {
            es.add(flat(i, "75"));
        }
        Results r = AssessmentCalculator.compute(S, es);
        assertThat(r.quota()).isEqualTo(2);
        assertThat(r.rows().subList(0, 3)).extracting(Result::quota)
                .containsExactly(QuotaStatus.WITHIN, QuotaStatus.WITHIN, QuotaStatus.OVER);
        assertThat(r.rows().subList(0, 3)).extracting(Result::grade)
                .containsExactly(Grade.EXCELLENT, Grade.EXCELLENT, Grade.COMPETENT);
        assertThat(r.rows().get(2).band()).isEqualTo(Grade.EXCELLENT);
        assertThat(r.rows().get(3).quota()).isEqualTo(QuotaStatus.NONE);
        assertThat(r.excellent()).isEqualTo(2);
        assertThat(r.quotaExceeded()).isFalse();
    }

    @Test
    void tiesAtTheQuotaEdgeAreShownAsTiesNotBrokenSilently() {
        List<Entry> es = new ArrayList<>();
        es.add(flat(1, "95"));
        es.add(flat(2, "92"));
        es.add(flat(3, "92")); // ties with the second place at a quota of 2
        es.add(flat(4, "91"));
        for (int i = 5; i <= 10; i++) {
            es.add(flat(i, "75"));
        }
        Results r = AssessmentCalculator.compute(S, es);
        assertThat(r.rows().subList(0, 4)).extracting(Result::quota).containsExactly(QuotaStatus.WITHIN,
                QuotaStatus.TIE_AT_EDGE, QuotaStatus.TIE_AT_EDGE, QuotaStatus.OVER);
        assertThat(r.rows().subList(0, 4)).extracting(Result::rank).containsExactly(1, 2, 2, 4);
        assertThat(r.rows().get(1).grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(r.rows().get(2).grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(r.rows().get(3).grade()).isEqualTo(Grade.COMPETENT);
        assertThat(r.tiedAtEdge()).isEqualTo(2);
        assertThat(r.excellent()).isEqualTo(3);
        assertThat(r.quotaExceeded()).isTrue();

        // The office decides: one of the tied is set to 合格 with a reason; the quota holds.
        es.set(2, es.get(2).withOverride(Grade.COMPETENT, "经考核领导小组研究，按学生测评分排序"));
        Results decided = AssessmentCalculator.compute(S, es);
        assertThat(decided.rows().get(2).grade()).isEqualTo(Grade.COMPETENT);
        assertThat(decided.rows().get(2).overridden()).isTrue();
        assertThat(decided.rows().get(2).quota()).isEqualTo(QuotaStatus.TIE_AT_EDGE);
        assertThat(decided.quotaExceeded()).isFalse();
    }

    @Test
    void tiesThatAllFitInsideTheQuotaAreWithin() {
        List<Entry> es = new ArrayList<>();
        es.add(flat(1, "92"));
        es.add(flat(2, "92"));
        es.add(flat(3, "91"));
        for (int i = 4; i <= 10; i++) {
            es.add(flat(i, "75"));
        }
        Results r = AssessmentCalculator.compute(S, es);
        assertThat(r.rows().subList(0, 3)).extracting(Result::quota)
                .containsExactly(QuotaStatus.WITHIN, QuotaStatus.WITHIN, QuotaStatus.OVER);
        assertThat(r.tiedAtEdge()).isZero();
    }

    @Test
    void aVetoForcesIncompetentAndLeavesTheQuotaToOthers() {
        List<Entry> es = new ArrayList<>();
        Entry top = flat(1, "98");
        es.add(new Entry(2025, 1, top.scores(), null, "受到党纪政务处分", null, null, null, null));
        es.add(flat(2, "94"));
        es.add(flat(3, "93"));
        for (int i = 4; i <= 10; i++) {
            es.add(flat(i, "75"));
        }
        Results r = AssessmentCalculator.compute(S, es);
        Result vetoed = r.rows().get(0);
        assertThat(vetoed.vetoed()).isTrue();
        assertThat(vetoed.total()).isEqualByComparingTo("98.00");
        assertThat(vetoed.rank()).isEqualTo(1);
        assertThat(vetoed.band()).isEqualTo(Grade.EXCELLENT);
        assertThat(vetoed.grade()).isEqualTo(Grade.INCOMPETENT);
        assertThat(r.rows().get(1).grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(r.rows().get(2).grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void anOverrideReplacesTheProposedGrade() {
        Entry e = flat(1, "65").withOverride(Grade.COMPETENT, "复核后调整");
        Result r = AssessmentCalculator.compute(S, List.of(e)).rows().get(0);
        assertThat(r.proposed()).isEqualTo(Grade.BASIC);
        assertThat(r.grade()).isEqualTo(Grade.COMPETENT);
        assertThat(r.overridden()).isTrue();
    }

    @Test
    void tenThousandCounselorsAreQuick() {
        List<Entry> es = new ArrayList<>();
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 10_000; i++) {
            es.add(flat(i, String.valueOf(55 + random.nextInt(45))));
        }
        AssessmentCalculator.compute(S, es);
        long t0 = System.nanoTime();
        Results r = AssessmentCalculator.compute(S, es);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.assessed()).isEqualTo(10_000);
        assertThat(ms).isLessThan(2000); // the benchmark holds the real figure (≤ 200 ms)
    }
}
