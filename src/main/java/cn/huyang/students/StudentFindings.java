package cn.huyang.students;

import cn.huyang.common.Finding;
import cn.huyang.common.FindingSource;
import java.util.List;
import java.util.Set;

/** The student files' findings for {@code check} and 合规提示: {@code ATTENTION_OVERDUE} [三(一)3], this year only. */
public final class StudentFindings implements FindingSource {
    private final AttentionService attention;

    public StudentFindings(AttentionService attention) {
        this.attention = attention;
    }

    @Override
    public Set<String> codes() {
        return Set.of(AttentionService.ATTENTION_OVERDUE);
    }

    @Override
    public List<Finding> findings(int year) {
        return attention.findings(year);
    }
}
