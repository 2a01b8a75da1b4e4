package cn.huyang.title;

import cn.huyang.access.Access;
import cn.huyang.common.IdNumber;
import cn.huyang.policy.Policy;
import cn.huyang.policy.PolicyService;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A year's review sheet: computed over every application, and the rows a user may see. */
final class TitleSheets {
    private final TitleRepository repo;
    private final RosterService roster;
    private final EvidenceReader evidenceReader;
    private final EligibilityRules rules;
    private final PolicyService policy;
    private final TitleService titles;
    private final Access access;

    TitleSheets(TitleRepository repo, RosterService roster, EvidenceReader evidenceReader, EligibilityRules rules,
                PolicyService policy, TitleService titles, Access access) {
        this.repo = repo;
        this.roster = roster;
        this.evidenceReader = evidenceReader;
        this.rules = rules;
        this.policy = policy;
        this.titles = titles;
        this.access = access;
    }

    /**
     * Every application of the year, checked against its target's criteria and ranked against its
     * posts (over the whole college); the rows those the user working now may see, ID numbers masked
     * for a role that may not see them whole.
     */
    ReviewSheet shown(ReviewSheet whole) {
        var guard = access.guard();
        Map<Long, Long> departmentOf = new HashMap<>();
        roster.counselors(whole.rows().stream().map(r -> r.application().counselorId()).toList())
                .forEach(c -> departmentOf.put(c.id(), c.departmentId()));
        List<ApplicationRow> rows = new ArrayList<>();
        for (ApplicationRow r : whole.rows()) {
            Long d = departmentOf.get(r.application().counselorId());
            if (guard.sees(d)) {
                rows.add(guard.seesFullId(d) ? r : new ApplicationRow(r.application(), r.name(), r.department(),
                        IdNumber.mask(r.idNumber()), r.current(), r.targetLabel(), r.checks(),
                        r.total(), r.rank(), r.standing()));
            }
        }
        return new ReviewSheet(whole.review(), whole.targets(), rows, whole.unlockReasons());
    }

    /** The year's sheet over every application, whoever asks: for the rules and the findings. */
    ReviewSheet whole(int year) {
        Review review = titles.review(year);
        List<Target> targets = titles.targets(year);
        List<Application> apps = repo.applications(year);
        Map<Long, Evidence> evidence = evidenceReader.read(apps.stream().map(Application::counselorId)
                .collect(Collectors.toSet()), year, targets.stream().anyMatch(Target::requireTraining));
        Map<String, Target> byKey = new HashMap<>();
        targets.forEach(t -> byKey.put(t.track() + "/" + t.target(), t));
        Map<Long, List<CriterionCheck>> checks = new HashMap<>();
        Map<Long, BigDecimal> totals = new LinkedHashMap<>();
        Policy inForce = policy.inForce(review.cutoff()); // the parameters in force on the cut-off
        for (Application a : apps) {
            Target t = byKey.get(a.track() + "/" + a.target());
            checks.put(a.id(), rules.check(a, t, evidence.get(a.counselorId()), review.cutoff(), inForce));
            totals.put(a.id(), ReviewRanking.total(a, t));
        }
        Map<Long, ReviewRanking.Place> places = new HashMap<>();
        for (Target t : targets) {
            Map<Long, BigDecimal> ofTarget = new LinkedHashMap<>();
            Set<Long> eligible = new HashSet<>();
            for (Application a : apps) {
                if (a.track() == t.track() && a.target().equals(t.target())) {
                    ofTarget.put(a.id(), totals.get(a.id()));
                    if (EligibilityRules.eligible(checks.get(a.id()))) {
                        eligible.add(a.id());
                    }
                }
            }
            places.putAll(ReviewRanking.rank(ofTarget, eligible, t.posts()));
        }
        Map<Long, String> departments = roster.departmentNames();
        List<ApplicationRow> rows = new ArrayList<>();
        for (Application a : apps) {
            Counselor c = evidence.get(a.counselorId()).counselor();
            ReviewRanking.Place p = places.get(a.id());
            rows.add(new ApplicationRow(a, c.name(), departments.get(c.departmentId()), c.idNumber(),
                    titles.current(c, a.track()), titles.targetLabel(a.track(), a.target()), checks.get(a.id()), totals.get(a.id()),
                    p.rank(), p.standing()));
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            order.put(targets.get(i).track() + "/" + targets.get(i).target(), i);
        }
        rows.sort(Comparator.<ApplicationRow>comparingInt(r -> order.getOrDefault(
                        r.application().track() + "/" + r.application().target(), 0))
                .thenComparing(r -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                .thenComparing(r -> r.application().id()));
        return new ReviewSheet(review, targets, rows, repo.unlockReasons(year));
    }
}
