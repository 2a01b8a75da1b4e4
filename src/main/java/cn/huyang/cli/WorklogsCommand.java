package cn.huyang.cli;

import cn.huyang.app.WorklogModule;
import cn.huyang.common.Json;
import cn.huyang.common.Messages;
import cn.huyang.roster.Department;
import cn.huyang.worklog.Counts;
import cn.huyang.worklog.SummaryRow;
import cn.huyang.worklog.WorklogSummaries;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code worklogs --month YYYY-MM [--department CODE] [--json]}: the month's work records counted per
 * counselor and per department [三(一)3] — never their texts.
 */
@Command(name = "worklogs")
public class WorklogsCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--month", paramLabel = "YYYY-MM", required = true, descriptionKey = "cli.help.worklogs.month")
    String month;

    @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.help.worklogs.department")
    String department;

    @Option(names = "--json", descriptionKey = "cli.help.worklogs.json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BatchContext.run(top, err, ctx -> {
            Messages m = ctx.messages();
            YearMonth ym;
            try {
                ym = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                err.println(m.get("worklog.cli.month", month));
                err.flush();
                return 2;
            }
            Long deptId = null;
            if (department != null) {
                Optional<Department> d = ctx.roster().departments().stream()
                        .filter(x -> x.code().equalsIgnoreCase(department.strip())).findFirst();
                if (d.isEmpty()) {
                    err.println(m.get("worklog.cli.noDepartment", department));
                    err.flush();
                    return 2;
                }
                deptId = d.get().id();
            }
            WorklogSummaries summaries = WorklogModule.of(ctx).summaries();
            List<SummaryRow> rows = summaries.month(ym, deptId);
            Long only = deptId;
            List<SummaryRow> departments = rows.isEmpty() && only != null ? List.of()
                    : summaries.monthByDepartmentIfAllowed(ym).stream()
                    .filter(r -> only == null || only.equals(r.departmentId())).toList();
            if (json) {
                out.println(toJson(ym, rows, departments));
            } else {
                out.println(m.get("worklog.cli.header"));
                for (SummaryRow r : rows) {
                    out.println(line(ym, r.department(), r.counselor(), r.counts()));
                }
                for (SummaryRow r : departments) {
                    out.println(line(ym, r.department(), m.get("worklog.total"), r.counts()));
                }
            }
            out.flush();
            return 0;
        });
    }

    private static String line(YearMonth ym, String department, String name, Counts n) {
        return String.join("\t", ym.toString(), department == null ? "-" : department, name,
                String.valueOf(n.talks()), String.valueOf(n.classVisits()), String.valueOf(n.dormVisits()),
                String.valueOf(n.meetings()), String.valueOf(n.students()), String.valueOf(n.overdue()));
    }

    static String toJson(YearMonth ym, List<SummaryRow> rows, List<SummaryRow> departments) {
        List<Object> counselors = new ArrayList<>();
        for (SummaryRow r : rows) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("counselorId", r.counselorId());
            o.put("name", r.counselor());
            o.put("department", r.department());
            counts(o, r.counts());
            counselors.add(o);
        }
        List<Object> depts = new ArrayList<>();
        for (SummaryRow r : departments) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("departmentId", r.departmentId());
            o.put("department", r.department());
            counts(o, r.counts());
            depts.add(o);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("month", ym.toString());
        all.put("counselors", counselors);
        all.put("departments", depts);
        return Json.object(all);
    }

    private static void counts(Map<String, Object> o, Counts n) {
        o.put("talks", n.talks());
        o.put("classVisits", n.classVisits());
        o.put("dormVisits", n.dormVisits());
        o.put("meetings", n.meetings());
        o.put("students", n.students());
        o.put("overdueFollowUps", n.overdue());
    }
}
