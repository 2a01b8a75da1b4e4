package cn.huyang.cli;

import cn.huyang.access.AuditEntry;
import cn.huyang.access.AuditQuery;
import cn.huyang.common.Dates;
import cn.huyang.common.FieldError;
import cn.huyang.common.Json;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code audit [--since DATE] [--user NAME] [--json]}: the audit log, newest first (学工部 and administrators). */
@Command(name = "audit")
public class AuditCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--since", paramLabel = "DATE", descriptionKey = "cli.help.audit.since")
    String since;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cli.help.audit.user")
    String byUser;

    @Option(names = "--json", descriptionKey = "cli.help.audit.json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return BatchContext.run(top, spec.commandLine().getErr(), ctx -> {
            Messages m = ctx.messages();
            AuditQuery q = AuditQuery.all().byUser(byUser);
            if (since != null) {
                LocalDate from = Dates.parse(since).orElseThrow(() -> new ValidationException(
                        FieldError.of("field.since", "validation.date")));
                q = q.since(from);
            }
            List<AuditEntry> rows = ctx.audit().find(q);
            if (json) {
                out.println(json(rows));
            } else {
                for (AuditEntry e : rows) {
                    out.println(String.join("\t", e.at().toString(), e.userName(),
                            e.role() == null ? "" : e.role().label(m), label(e.action(), m),
                            e.entity() == null ? "" : e.entity(), e.entityId() == null ? "" : e.entityId(),
                            e.details() == null ? "" : e.details()));
                }
                out.println(m.get("cli.audit.count", rows.size()));
            }
            out.flush();
            return 0;
        });
    }

    private static String label(String action, Messages m) {
        String key = "audit.action." + action;
        return m.has(key) ? m.get(key) : action;
    }

    private static String json(List<AuditEntry> rows) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            AuditEntry e = rows.get(i);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", e.id());
            o.put("at", e.at().toString());
            o.put("user", e.userName());
            o.put("role", e.role() == null ? null : e.role().name());
            o.put("action", e.action());
            o.put("entity", e.entity());
            o.put("entityId", e.entityId());
            o.put("details", e.details());
            b.append(i == 0 ? "\n  " : ",\n  ").append(Json.object(o));
        }
        return b.append(rows.isEmpty() ? "]" : "\n]").toString();
    }
}
