package cn.huyang.recruitment;

import cn.huyang.common.Coded;
import cn.huyang.common.Messages;
import cn.huyang.roster.Education;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a candidate against a round's conditions, as the title review checks its criteria: the basic
 * conditions of 三(二)2 — 本科及以上学历 required (✗ when missing), Party membership expected "in
 * principle" (a notice, never a refusal, unless the round requires it) — and the round's own: a higher
 * education, a degree, a maximum age counted in full years on the round's date (exactly that age is
 * still allowed), and other conditions in words, which the qualification review verifies. Pure.
 */
public final class ConditionRules {
    private final Messages m;

    public ConditionRules(Messages m) {
        this.m = m;
    }

    public List<ConditionCheck> check(Round r, Candidate c) {
        List<ConditionCheck> out = new ArrayList<>();
        out.add(education(r, c));
        if (r.minDegree() != null) {
            out.add(degree(r, c));
        }
        out.add(party(r, c));
        if (r.maxAge() != null) {
            out.add(age(r, c));
        }
        if (r.otherConditions() != null && !r.otherConditions().isBlank()) {
            out.add(new ConditionCheck(Condition.OTHER, ConditionStatus.NOTICE, r.otherConditions(),
                    m.get("recruitment.rule.verify"), m.get("recruitment.rule.verify")));
        }
        return out;
    }

    /** Whether none of the checks refuses: what the qualification review (资格审查) asks. */
    public static boolean qualified(List<ConditionCheck> checks) {
        return checks.stream().noneMatch(ConditionCheck::refuses);
    }

    ConditionCheck education(Round r, Candidate c) {
        Education min = r.minEducation() != null && r.minEducation().compareTo(Education.BACHELOR) < 0
                ? r.minEducation() : Education.BACHELOR;
        String need = m.get("recruitment.rule.orAbove", min.label(m));
        boolean met = c.education() != null && c.education().compareTo(min) <= 0;
        return check(Condition.EDUCATION, met, need, has(c.education()), met ? null : need);
    }

    ConditionCheck degree(Round r, Candidate c) {
        String need = m.get("recruitment.rule.orAbove", r.minDegree().label(m));
        boolean met = c.degree() != null && c.degree().compareTo(r.minDegree()) <= 0;
        return check(Condition.DEGREE, met, need, has(c.degree()), met ? null : need);
    }

    ConditionCheck party(Round r, Candidate c) {
        boolean member = c.politicalStatus() != null && c.politicalStatus().isPartyMember();
        String has = has(c.politicalStatus());
        if (r.partyRequired()) {
            String need = m.get("recruitment.rule.partyRequired");
            return check(Condition.PARTY, member, need, has, member ? null : need);
        }
        String need = m.get("recruitment.rule.partyInPrinciple");
        return member ? check(Condition.PARTY, true, need, has, null)
                : new ConditionCheck(Condition.PARTY, ConditionStatus.NOTICE, need, has,
                m.get("recruitment.rule.partyNotice"));
    }

    ConditionCheck age(Round r, Candidate c) {
        LocalDate on = r.ageOn() != null ? r.ageOn() : LocalDate.of(r.year(), 1, 1);
        String need = m.get("recruitment.rule.maxAge", r.maxAge(), on);
        if (c.birthDate() == null) {
            return check(Condition.AGE, false, need, m.get("recruitment.rule.notFilled"),
                    m.get("recruitment.rule.noBirthDate"));
        }
        int age = Period.between(c.birthDate(), on).getYears();
        boolean met = age <= r.maxAge();
        return check(Condition.AGE, met, need, m.get("recruitment.rule.age", age, c.birthDate()),
                met ? null : m.get("recruitment.rule.tooOld", age - r.maxAge()));
    }

    private String has(Coded value) {
        return value == null ? m.get("recruitment.rule.notFilled") : value.label(m);
    }

    private static ConditionCheck check(Condition c, boolean met, String need, String has, String remark) {
        return new ConditionCheck(c, met ? ConditionStatus.MET : ConditionStatus.NOT_MET, need, has, remark);
    }
}
