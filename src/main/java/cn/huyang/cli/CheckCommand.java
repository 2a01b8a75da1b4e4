package cn.huyang.cli;

import cn.huyang.common.Finding;
import cn.huyang.common.Json;
import cn.huyang.common.Messages;
import cn.huyang.findings.Decision;
import cn.huyang.findings.TrackedFinding;
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

/**
 * {@code check [--year Y] [--open] [--json]}: every finding of the year — rule, clause, status,
 * department, counselor, message — and the open ones of earlier confirmed years. Exit 0.
 */
@Command(name = "check")
public class CheckCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "cli.help.check.year")
    Integer year;

    @Option(names = "--open", descriptionKey = "cli.help.check.open")
    boolean open;

    @Option(names = "--json", descriptionKey = "cli.help.check.json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return BatchContext.run(top, spec.commandLine().getErr(), ctx -> {
            int y = year != null ? year : Year.now(ctx.clock()).getValue();
            List<TrackedFinding> findings = open ? ctx.findings().open(y) : ctx.findings().findings(y);
            Messages m = ctx.messages();
            if (json) {
                out.println(toJson(findings));
            } else {
                for (TrackedFinding t : findings) {
                    Finding f = t.finding();
                    out.println(String.join("\t", f.code(), f.clause(), t.status().label(m),
                            f.year() == null ? "-" : String.valueOf(f.year()), orDash(f.department()),
                            orDash(f.counselor()), f.message()));
                }
                long stillOpen = findings.stream().filter(TrackedFinding::open).count();
                out.println(m.get("check.summary", y, findings.size(), stillOpen));
            }
            out.flush();
            return 0;
        });
    }

    static String toJson(List<TrackedFinding> findings) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < findings.size(); i++) {
            TrackedFinding t = findings.get(i);
            Finding f = t.finding();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", f.code());
            m.put("clause", f.clause());
            m.put("severity", f.severity().name());
            m.put("year", f.year());
            m.put("department", f.department());
            m.put("counselorId", f.counselorId());
            m.put("counselor", f.counselor());
            m.put("message", f.message());
            m.put("params", f.params());
            m.put("status", t.status().json());
            m.put("carried", t.carried());
            m.put("decision", t.decision() == null ? null : decision(t.decision().decision()));
            sb.append(i == 0 ? "\n  " : ",\n  ").append(Json.object(m));
        }
        return sb.append(findings.isEmpty() ? "]" : "\n]").toString();
    }

    private static Map<String, Object> decision(Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind().name());
        m.put("refused", d.refused());
        m.put("date", d.date().toString());
        m.put("by", d.decidedBy());
        m.put("documentNo", d.documentNo());
        m.put("note", d.note());
        m.put("plan", d.plan());
        m.put("dueDate", d.dueDate() == null ? null : d.dueDate().toString());
        return m;
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
