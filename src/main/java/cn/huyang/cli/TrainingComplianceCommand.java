package cn.huyang.cli;

import cn.huyang.common.Json;
import cn.huyang.common.Messages;
import cn.huyang.policy.Policy;
import cn.huyang.training.ComplianceRow;
import cn.huyang.training.ComplianceRules;
import java.io.PrintWriter;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code training-compliance [--year Y] [--json]}: each full-time counselor's training compliance. */
@Command(name = "training-compliance")
public class TrainingComplianceCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "cli.help.training-compliance.year")
    Integer year;

    @Option(names = "--json", descriptionKey = "cli.help.training-compliance.json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return BatchContext.run(top, spec.commandLine().getErr(), ctx -> {
            int y = year != null ? year : Year.now(ctx.clock()).getValue();
            List<ComplianceRow> rows = ctx.training().compliance(y);
            Messages m = ctx.messages();
            if (json) {
                out.println(toJson(rows));
            } else {
                Policy p = ctx.training().policy(y);
                String hours = ComplianceRules.plain(p.schoolHoursPerYear());
                String window = String.valueOf(p.higherLevelWindowYears());
                out.println(m.get("cli.trainingCompliance.header", hours, window));
                for (ComplianceRow r : rows) {
                    out.println(String.join("\t", orDash(r.department()), r.name(),
                            m.get(r.partialYear() ? "compliance.partial" : "compliance.fullYear"),
                            ComplianceRules.plain(r.schoolHours()), ComplianceRules.plain(r.shortfall()),
                            r.lastHigher() == null ? "-" : r.lastHigher().toString(), r.higher().label(m),
                            r.preService().label(m)));
                }
                long shortHours = rows.stream().filter(r -> !r.hoursMet()).count();
                long noHigher = rows.stream().filter(r -> r.higher() == ComplianceRow.Status.MISSING).count();
                out.println(m.get("cli.trainingCompliance.summary", y, rows.size(), shortHours, noHigher, hours,
                        window));
            }
            out.flush();
            return 0;
        });
    }

    static String toJson(List<ComplianceRow> rows) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            ComplianceRow r = rows.get(i);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("year", r.year());
            o.put("counselorId", r.counselorId());
            o.put("name", r.name());
            o.put("department", r.department());
            o.put("partialYear", r.partialYear());
            o.put("schoolHours", r.schoolHours());
            o.put("shortfall", r.shortfall());
            o.put("lastHigherLevel", r.lastHigher() == null ? null : r.lastHigher().toString());
            o.put("higherLevelInWindow", r.higher().name());
            o.put("preService", r.preService().name());
            o.put("requiredHours", r.requiredHours());
            o.put("windowYears", r.windowYears());
            sb.append(i == 0 ? "\n  " : ",\n  ").append(Json.object(o));
        }
        return sb.append(rows.isEmpty() ? "]" : "\n]").toString();
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
