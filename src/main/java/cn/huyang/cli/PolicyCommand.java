package cn.huyang.cli;

import cn.huyang.common.Json;
import cn.huyang.common.Messages;
import cn.huyang.policy.Policy;
import cn.huyang.policy.PolicyKey;
import cn.huyang.policy.PolicyTimeline;
import cn.huyang.policy.PolicyValue;
import cn.huyang.policy.UnitField;
import java.io.PrintWriter;
import java.time.LocalDate;
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

/**
 * {@code policy [--json]}: the policy parameters in force today, each with its history; and the
 * unit's details. {@code policy set} adds a value from a date on.
 */
@Command(name = "policy", subcommands = PolicySetCommand.class)
public class PolicyCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.help.policy.json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return BatchContext.run(top, spec.commandLine().getErr(), ctx -> {
            LocalDate today = LocalDate.now(ctx.clock());
            PolicyTimeline timeline = ctx.policy().timeline();
            Map<UnitField, String> unit = ctx.policy().unit();
            Messages m = ctx.messages();
            if (json) {
                out.println(toJson(today, timeline, unit, m));
            } else {
                print(out, today, timeline, unit, m);
            }
            out.flush();
            return 0;
        });
    }

    private static void print(PrintWriter out, LocalDate today, PolicyTimeline timeline, Map<UnitField, String> unit,
                              Messages m) {
        Policy now = timeline.at(today);
        out.println(m.get("cli.policy.heading", today.toString()));
        out.println(m.get("cli.policy.header"));
        for (PolicyKey k : PolicyKey.values()) {
            PolicyValue v = now.entry(k);
            out.println(String.join("\t", k.label(m), k.key(), v.value(), orDash(v.from()), v.clause(),
                    orDash(v.note())));
            for (PolicyValue h : timeline.history(k)) {
                String state = h.from().isAfter(today) ? m.get("cli.policy.future")
                        : timeline.superseded(h) ? m.get("cli.policy.superseded") : "";
                String reason = h.reason() == null ? "" : m.get("cli.policy.reason", h.reason());
                out.println(m.get("cli.policy.history", h.from().toString(), h.value(), h.clause(), orDash(h.note()),
                        reason, state));
            }
        }
        for (UnitField f : UnitField.values()) {
            out.println(m.get("cli.policy.unit", f.label(m), unit.get(f)));
        }
    }

    static String toJson(LocalDate today, PolicyTimeline timeline, Map<UnitField, String> unit, Messages m) {
        Policy now = timeline.at(today);
        StringBuilder sb = new StringBuilder("{\"date\":").append(Json.string(today.toString()))
                .append(",\"parameters\":[");
        PolicyKey[] keys = PolicyKey.values();
        for (int i = 0; i < keys.length; i++) {
            PolicyKey k = keys[i];
            PolicyValue v = now.entry(k);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("key", k.key());
            o.put("label", k.label(m));
            o.put("value", v.value());
            o.put("from", v.from() == null ? null : v.from().toString());
            o.put("clause", v.clause());
            o.put("note", v.note());
            List<Object> history = new ArrayList<>();
            for (PolicyValue h : timeline.history(k)) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("value", h.value());
                r.put("from", h.from().toString());
                r.put("clause", h.clause());
                r.put("note", h.note());
                r.put("reason", h.reason());
                r.put("recordedAt", h.recordedAt() == null ? null : h.recordedAt().toString());
                r.put("superseded", timeline.superseded(h));
                history.add(r);
            }
            o.put("history", history);
            sb.append(i == 0 ? "\n  " : ",\n  ").append(Json.object(o));
        }
        Map<String, Object> u = new LinkedHashMap<>();
        unit.forEach((f, value) -> u.put(f.key(), value));
        return sb.append("\n ],\"unit\":").append(Json.object(u)).append('}').toString();
    }

    private static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }
}
