package cn.huyang.guarantee;

import cn.huyang.roster.PostType;
import java.util.List;

/** One counselor's allowance of a year, month by month (always twelve). */
public record AllowanceRow(long counselorId, String name, Long departmentId, String department, PostType postType,
                           List<AllowanceMonth> months) {

    public long dueFen() {
        return months.stream().mapToLong(m -> m.dueFen() == null ? 0 : m.dueFen()).sum();
    }

    public long paidFen() {
        return months.stream().mapToLong(AllowanceMonth::paidFen).sum();
    }

    public long shortFen() {
        return months.stream().mapToLong(AllowanceMonth::shortFen).sum();
    }

    public List<AllowanceMonth> breaking() {
        return months.stream().filter(m -> m.state().breaksRule()).toList();
    }
}
