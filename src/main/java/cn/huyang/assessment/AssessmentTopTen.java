package cn.huyang.assessment;

import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import cn.huyang.policy.PolicyService;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The year's Top Ten counselors [三(四)4], chosen from its 优秀 and kept as awards; how many at most
 * (10 in the seed) is the parameter in force on the year's 31 December.
 */
public class AssessmentTopTen {
    private final Transactor tx;
    private final AssessmentRepository repo;
    private final AssessmentScoring scoring;
    private final PolicyService policy;
    private final Messages messages;
    private final cn.huyang.access.Access access;

    public AssessmentTopTen(Transactor tx, AssessmentRepository repo, AssessmentScoring scoring, PolicyService policy,
                            Messages messages, cn.huyang.access.Access access) {
        this.access = access;
        this.tx = tx;
        this.policy = policy;
        this.repo = repo;
        this.scoring = scoring;
        this.messages = messages;
    }

    /** The year's 优秀, ranked by total: those the Top Ten is chosen from. */
    public List<SheetRow> topTenCandidates(int year) {
        return scoring.sheet(year).rows().stream().filter(r -> r.result().grade() == Grade.EXCELLENT)
                .sorted(Comparator.comparing((SheetRow r) -> r.result().total()).reversed()
                        .thenComparing(r -> r.counselor().id()))
                .toList();
    }

    /** How many the year's Top Ten holds at most. */
    public int size(int year) {
        return policy.forYear(year).topTenSize();
    }

    /** Records the chosen Top Ten (at most {@link #size}, each graded 优秀) as the year's awards, replacing an earlier choice. */
    public void chooseTopTen(int year, Collection<Long> counselorIds) {
        access.guard().require(cn.huyang.access.Operation.RESULTS_CONFIRM);
        int size = size(year);
        if (counselorIds.size() > size) {
            throw new ValidationException(FieldError.of("assessment.topTen", "assessment.validation.topTenCount",
                    size));
        }
        Set<Long> allowed = topTenCandidates(year).stream().map(r -> r.counselor().id()).collect(Collectors.toSet());
        for (long id : counselorIds) {
            if (!allowed.contains(id)) {
                throw new ValidationException(FieldError.of("assessment.topTen", "assessment.validation.topTenGrade"));
            }
        }
        tx.inTransaction(() -> {
            List<Long> before = repo.awards(year).keySet().stream().sorted().toList();
            repo.replaceAwards(year, messages.get("assessment.topTen.award"),
                    messages.get("assessment.topTen.level"), List.copyOf(counselorIds));
            access.audit().record(cn.huyang.access.AuditAction.UPDATE, "topTen", year, Map.of("counselors",
                    List.of(before.toString(), counselorIds.stream().sorted().toList().toString())));
        });
    }

    public Map<Long, List<String>> awards(int year) {
        return repo.awards(year);
    }
}
