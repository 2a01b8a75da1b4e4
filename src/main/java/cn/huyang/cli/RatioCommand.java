package cn.huyang.cli;

import cn.huyang.common.Json;
import cn.huyang.roster.StaffingRatio;
import cn.huyang.roster.StaffingRow;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ratio [--year Y] [--json]}: the staffing table, each department and the college. */
@Command(name = "ratio")
public class RatioCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "cli.help.ratio.year")
    Integer year;

    @Option(names = "--json", descriptionKey = "cli.help.ratio.json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return BatchContext.run(top, spec.commandLine().getErr(), ctx -> {
            int y = year != null ? year : Year.now(ctx.clock()).getValue();
            StaffingRatio ratio = ctx.roster().staffingRatio(y);
            var m = ctx.messages();
            if (json) {
                out.println(toJson(ratio));
            } else {
                out.println(m.get("ratio.heading", y, ratio.referenceDate().toString()));
                out.println(m.get("ratio.rule", String.valueOf(ratio.studentsPerCounselor()),
                        ratio.partTimeWeight().toString()));
                out.println(String.join("\t", m.get("ratio.department"), m.get("field.students"),
                        m.get("ratio.fullTime"), m.get("ratio.partTime"), m.get("ratio.effective"),
                        m.get("ratio.required"), m.get("ratio.shortfall")));
                List<StaffingRow> rows = new ArrayList<>(ratio.departments());
                rows.add(ratio.college());
                for (StaffingRow r : rows) {
                    out.println(String.join("\t", r.department(), String.valueOf(r.students()),
                            String.valueOf(r.fullTime()), String.valueOf(r.partTime()), two(r.effective()).toPlainString(),
                            String.valueOf(r.required()), two(r.shortfall()).toPlainString()));
                }
            }
            out.flush();
            return 0;
        });
    }

    static String toJson(StaffingRatio ratio) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"year\":").append(ratio.year())
                .append(",\"referenceDate\":").append(Json.string(ratio.referenceDate().toString()))
                .append(",\"studentsPerCounselor\":").append(ratio.studentsPerCounselor())
                .append(",\"partTimeWeight\":").append(Json.string(ratio.partTimeWeight().toString()))
                .append(",\"departments\":[");
        for (int i = 0; i < ratio.departments().size(); i++) {
            sb.append(i == 0 ? "\n  " : ",\n  ").append(row(ratio.departments().get(i)));
        }
        sb.append("\n ],\"college\":").append(row(ratio.college())).append('}');
        return sb.toString();
    }

    private static String row(StaffingRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("department", r.department());
        m.put("students", r.students());
        m.put("fullTime", r.fullTime());
        m.put("partTime", r.partTime());
        m.put("effective", two(r.effective()));
        m.put("required", r.required());
        m.put("shortfall", two(r.shortfall()));
        m.put("short", r.isShort());
        return Json.object(m);
    }

    private static BigDecimal two(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
