package cn.huyang.cli;

import cn.huyang.common.Finding;
import cn.huyang.common.Json;
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

/** {@code check [--year Y] [--json]}: every finding — rule, department, counselor, message. Exit 0. */
@Command(name = "check", description = "Print every finding (rule code, department, counselor, message).")
public class CheckCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y", description = "Year (default: this year).")
    Integer year;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return BatchContext.run(top, spec.commandLine().getErr(), ctx -> {
            int y = year != null ? year : Year.now(ctx.clock()).getValue();
            List<Finding> findings = ctx.check().findings(y);
            if (json) {
                out.println(toJson(findings));
            } else {
                for (Finding f : findings) {
                    out.println(String.join("\t", f.code(), orDash(f.department()), orDash(f.counselor()), f.message()));
                }
                out.println(ctx.messages().get("check.summary", y, findings.size()));
            }
            out.flush();
            return 0;
        });
    }

    static String toJson(List<Finding> findings) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", f.code());
            m.put("severity", f.severity().name());
            m.put("department", f.department());
            m.put("counselorId", f.counselorId());
            m.put("counselor", f.counselor());
            m.put("message", f.message());
            sb.append(i == 0 ? "\n  " : ",\n  ").append(Json.object(m));
        }
        return sb.append(findings.isEmpty() ? "]" : "\n]").toString();
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
