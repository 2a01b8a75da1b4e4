package cn.huyang.title;

import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.policy.PolicyKey;
import cn.huyang.policy.PolicyService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The title evaluation's findings: TEACHING_LOAD [三(三)6] for the semesters of a year, and
 * YOUNG_TEACHER_SERVICE [三(二)3(2)] for its title applications, each with the parameter it was judged
 * by (the young-teacher service in force on the review's cut-off).
 */
final class TitleFindings {
    private final TeachingLoad teachingLoad;
    private final PolicyService policy;
    private final IntFunction<Review> review;
    private final IntFunction<ReviewSheet> sheet;
    private final Messages m;

    TitleFindings(TeachingLoad teachingLoad, PolicyService policy, IntFunction<Review> review,
                  IntFunction<ReviewSheet> sheet, Messages m) {
        this.teachingLoad = teachingLoad;
        this.policy = policy;
        this.review = review;
        this.sheet = sheet;
        this.m = m;
    }

    List<Finding> findings(int year) {
        List<Finding> out = new ArrayList<>(teachingLoad.findings(year).values().stream().flatMap(List::stream).toList());
        ReviewSheet s = sheet.apply(year);
        Map<String, String> params = policy.inForce(review.apply(year).cutoff())
                .params(PolicyKey.YOUNG_TEACHER_SERVICE_YEARS);
        String years = params.get(PolicyKey.YOUNG_TEACHER_SERVICE_YEARS.key());
        for (ApplicationRow r : s.rows()) {
            if (r.application().verdict() == Verdict.FAILED) {
                continue;
            }
            r.checks().stream().filter(c -> c.criterion() == Criterion.YOUNG_TEACHER && !c.met()).findFirst()
                    .ifPresent(c -> out.add(new Finding(TitleService.YOUNG_TEACHER_SERVICE, Finding.Severity.WARNING,
                            r.department(), r.application().counselorId(), r.name(),
                            m.get("finding.YOUNG_TEACHER_SERVICE", r.name(), r.targetLabel(), c.shortfall(), years))
                            .withYear(year).withParams(params)));
        }
        return out;
    }

    /** On the roster rows: teaching load in the semesters of the current year. */
    Map<Long, List<Finding>> findingsByCounselor(LocalDate today) {
        return teachingLoad.findings(today.getYear());
    }
}
