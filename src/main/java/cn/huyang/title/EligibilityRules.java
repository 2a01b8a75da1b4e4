package cn.huyang.title;

import cn.huyang.assessment.Grade;
import cn.huyang.common.Messages;
import cn.huyang.policy.Policy;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.TitleRank;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks an application against its target's criteria (单设标准) and the young-teacher rule
 * [三(二)3(2)]: pure functions of the evidence, the target, the cut-off date and the policy
 * parameters in force on it (the young-teacher service and the veto look-back). Years are counted
 * to the day: obtained on the cut-off date N years earlier is N years.
 */
public final class EligibilityRules {
    private final Messages m;

    public EligibilityRules(Messages m) {
        this.m = m;
    }

    public List<CriterionCheck> check(Application a, Target t, Evidence e, LocalDate cutoff, Policy policy) {
        Counselor c = e.counselor();
        List<CriterionCheck> out = new ArrayList<>();
        if (a.track() == Track.TITLE) {
            out.add(currentPosition(c, t));
        }
        LocalDate since = a.track() == Track.TITLE ? c.titleDate() : c.adminRankDate();
        out.add(yearsInCurrent(since, t.minYearsCurrent(), cutoff));
        out.add(yearsAsCounselor(e, t, cutoff));
        out.add(education(c, t));
        out.add(degree(c, t));
        int first = a.year() - t.assessmentWindow();
        int last = a.year() - 1;
        ServicePeriods served = ServicePeriods.of().roster(e.history());
        out.add(assessments(e, served, first, last));
        if (t.minExcellent() > 0) {
            out.add(excellent(e, t.minExcellent(), first, last));
        }
        out.add(noVeto(e, a.year(), policy.vetoLookBackYears()));
        if (t.requireTraining()) {
            out.add(training(e.training(), a.year() - 1));
        }
        if (t.minOutputs() > 0) {
            out.add(outputs(e.outputs(), t.minOutputs(), since, a.year()));
        }
        if (a.track() == Track.TITLE) {
            out.add(youngTeacher(e, cutoff, policy.youngTeacherServiceYears()));
        }
        return out;
    }

    public static boolean eligible(List<CriterionCheck> checks) {
        return checks.stream().allMatch(CriterionCheck::met);
    }

    CriterionCheck currentPosition(Counselor c, Target t) {
        TitleRank target = TitleRank.valueOf(t.target());
        TitleRank below = target.ordinal() == 0 ? null : TitleRank.values()[target.ordinal() - 1];
        String need = below == null ? m.get("title.rule.noTitleYet") : below.label(m);
        String has = c.title() == null ? m.get("title.rule.noTitle") : c.title().label(m);
        boolean met = c.title() == below;
        return check(Criterion.CURRENT_POSITION, met, need, has, met ? null : m.get("title.rule.notNextStep", need));
    }

    CriterionCheck yearsInCurrent(LocalDate since, int years, LocalDate cutoff) {
        String need = years == 0 ? m.get("title.rule.any") : m.get("title.rule.years", years, cutoff);
        if (years == 0) {
            return check(Criterion.YEARS_IN_CURRENT, true, need, since == null ? "—" : m.get("title.rule.since", since),
                    null);
        }
        if (since == null) {
            return check(Criterion.YEARS_IN_CURRENT, false, need, m.get("title.rule.noDate"),
                    m.get("title.rule.fillDate"));
        }
        LocalDate due = since.plusYears(years);
        boolean met = !due.isAfter(cutoff);
        return check(Criterion.YEARS_IN_CURRENT, met, need, m.get("title.rule.since", since),
                met ? null : m.get("title.rule.shortDays", ChronoUnit.DAYS.between(cutoff, due), due));
    }

    CriterionCheck yearsAsCounselor(Evidence e, Target t, LocalDate cutoff) {
        int years = t.minCounselorYears(e.counselor().degree());
        ServicePeriods served = ServicePeriods.of().roster(e.history());
        e.services().stream().filter(s -> s.role() == ServiceRole.COUNSELOR).forEach(served::record);
        long days = served.daysUpTo(cutoff);
        String has = m.get("title.rule.served", days, years(days));
        String degree = e.counselor().degree() == null ? m.get("title.rule.noDegree") : e.counselor().degree().label(m);
        if (years == 0) {
            return check(Criterion.YEARS_AS_COUNSELOR, true, m.get("title.rule.any"), has, null);
        }
        long need = ServicePeriods.daysForYears(years, cutoff);
        boolean met = days >= need;
        return check(Criterion.YEARS_AS_COUNSELOR, met, m.get("title.rule.counselorYears", degree, years, cutoff), has,
                met ? null : m.get("title.rule.shortServed", need - days));
    }

    private String years(long days) {
        return String.format("%.1f", days / 365.25);
    }

    CriterionCheck education(Counselor c, Target t) {
        if (t.minEducation() == null) {
            return check(Criterion.EDUCATION, true, m.get("title.rule.any"), has(c.education()), null);
        }
        boolean met = c.education() != null && c.education().compareTo(t.minEducation()) <= 0;
        String need = m.get("title.rule.orAbove", t.minEducation().label(m));
        return check(Criterion.EDUCATION, met, need, has(c.education()), met ? null : need);
    }

    CriterionCheck degree(Counselor c, Target t) {
        if (t.minDegree() == null) {
            return check(Criterion.DEGREE, true, m.get("title.rule.any"), has(c.degree()), null);
        }
        boolean met = c.degree() != null && c.degree().compareTo(t.minDegree()) <= 0;
        String need = m.get("title.rule.orAbove", t.minDegree().label(m));
        return check(Criterion.DEGREE, met, need, has(c.degree()), met ? null : need);
    }

    private String has(cn.huyang.common.Coded value) {
        return value == null ? m.get("title.rule.notFilled") : value.label(m);
    }

    CriterionCheck assessments(Evidence e, ServicePeriods served, int first, int last) {
        String need = first == last ? m.get("title.rule.allCompetentOne", first)
                : m.get("title.rule.allCompetent", first, last);
        if (first > last) {
            return check(Criterion.ASSESSMENTS_COMPETENT, true, m.get("title.rule.any"), "—", null);
        }
        List<String> shown = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> notKept = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            Grade g = e.grades().get(y);
            if (g != null) {
                shown.add(m.get("title.rule.yearGrade", y, g.label(m)));
                if (g.compareTo(Grade.COMPETENT) > 0) {
                    problems.add(m.get("title.rule.yearGrade", y, g.label(m)));
                }
            } else if (!e.assessedYears().contains(y)) {
                notKept.add(String.valueOf(y));
            } else if (served.servedIn(y)) {
                shown.add(m.get("title.rule.yearMissing", y));
                problems.add(m.get("title.rule.yearMissing", y));
            }
        }
        if (!notKept.isEmpty()) {
            shown.add(m.get("title.rule.yearsNotKept", String.join(m.get("title.sep"), notKept)));
        }
        String has = shown.isEmpty() ? m.get("title.rule.noResults") : String.join(m.get("title.sep"), shown);
        boolean met = problems.isEmpty();
        return check(Criterion.ASSESSMENTS_COMPETENT, met, need, has,
                met ? null : String.join(m.get("title.sep"), problems));
    }

    CriterionCheck excellent(Evidence e, int k, int first, int last) {
        long count = e.grades().entrySet().stream()
                .filter(x -> x.getKey() >= first && x.getKey() <= last && x.getValue() == Grade.EXCELLENT).count();
        boolean met = count >= k;
        return check(Criterion.EXCELLENT_COUNT, met, m.get("title.rule.excellent", first, last, k),
                m.get("title.rule.times", count), met ? null : m.get("title.rule.shortTimes", k - count));
    }

    /** No veto in the {@code lookBack} assessment years before the review's (3 in the seed). */
    CriterionCheck noVeto(Evidence e, int year, int lookBack) {
        int first = year - lookBack;
        List<Integer> hits = e.vetoed().stream().filter(y -> y >= first && y <= year - 1).sorted().toList();
        boolean met = hits.isEmpty();
        String years = hits.stream().map(String::valueOf).collect(Collectors.joining(m.get("title.sep")));
        return check(Criterion.NO_VETO, met, m.get("title.rule.noVeto", first, year - 1),
                met ? m.get("title.rule.none") : m.get("title.rule.vetoed", years),
                met ? null : m.get("title.rule.vetoed", years));
    }

    CriterionCheck training(TrainingStanding s, int year) {
        String need = m.get("title.rule.training", year);
        if (!s.judged()) {
            return check(Criterion.TRAINING, true, need, m.get("title.rule.trainingNotJudged", year), null);
        }
        return check(Criterion.TRAINING, s.met(), need,
                m.get(s.met() ? "title.rule.trainingMet" : "title.rule.trainingShort"), s.met() ? null : s.detail());
    }

    CriterionCheck outputs(List<ResearchOutput> outputs, int k, LocalDate since, int year) {
        int from = since == null ? Integer.MIN_VALUE : since.getYear();
        Map<OutputKind, Integer> byKind = new EnumMap<>(OutputKind.class);
        for (ResearchOutput o : outputs) {
            if (o.role() == OutputRole.LEAD && o.year() >= from && o.year() <= year) {
                byKind.merge(o.kind(), 1, Integer::sum);
            }
        }
        int count = byKind.values().stream().mapToInt(Integer::intValue).sum();
        String has = byKind.isEmpty() ? m.get("title.rule.count", 0) : byKind.entrySet().stream()
                .map(x -> m.get("title.rule.kindCount", x.getKey().label(m), x.getValue()))
                .collect(Collectors.joining(m.get("title.sep")));
        boolean met = count >= k;
        String need = since == null ? m.get("title.rule.outputsAll", k) : m.get("title.rule.outputs", from, k);
        return check(Criterion.OUTPUTS, met, need, has, met ? null : m.get("title.rule.shortCount", k - count));
    }

    /** At least {@code years} (1 in the seed) as counselor or class teacher, with a competent assessment. */
    CriterionCheck youngTeacher(Evidence e, LocalDate cutoff, int years) {
        ServicePeriods served = ServicePeriods.of().roster(e.history());
        e.services().forEach(served::record);
        long days = served.daysUpTo(cutoff);
        long need = ServicePeriods.daysForYears(years, cutoff);
        boolean longEnough = days >= need;
        boolean competent = e.services().stream().anyMatch(ServiceRecord::competent)
                || e.grades().values().stream().anyMatch(g -> g.compareTo(Grade.COMPETENT) <= 0);
        boolean met = longEnough && competent;
        String shortfall = null;
        if (!longEnough) {
            shortfall = m.get("title.rule.shortServed", need - days);
        } else if (!competent) {
            shortfall = m.get("title.rule.noCompetent");
        }
        return check(Criterion.YOUNG_TEACHER, met, m.get("title.rule.youngTeacher", String.valueOf(years)),
                m.get("title.rule.served", days, years(days)), shortfall);
    }

    private static CriterionCheck check(Criterion c, boolean met, String need, String has, String shortfall) {
        return new CriterionCheck(c, met, need, has, shortfall);
    }
}
