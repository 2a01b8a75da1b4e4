package cn.huyang.cli;

import cn.huyang.common.Json;
import cn.huyang.common.Messages;
import cn.huyang.title.ApplicationRow;
import cn.huyang.title.CriterionCheck;
import cn.huyang.title.ReviewSheet;
import cn.huyang.title.Target;
import java.io.PrintWriter;
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

/** {@code titles --year Y [--json]}: each application with its criteria ✓/✗, the panel's total, rank and result. */
@Command(name = "titles")
public class TitlesCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "cli.help.titles.year")
    Integer year;

    @Option(names = "--json", descriptionKey = "cli.help.titles.json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BatchContext.run(top, err, ctx -> {
            int y = year != null ? year : Year.now(ctx.clock()).getValue();
            Messages m = ctx.messages();
            ReviewSheet sheet = ctx.titles().sheet(y);
            if (json) {
                out.println(toJson(sheet));
            } else {
                print(out, sheet, m);
            }
            out.flush();
            return 0;
        });
    }

    private static void print(PrintWriter out, ReviewSheet sheet, Messages m) {
        out.println(m.get("title.cli.header", sheet.review().year(), sheet.review().state().label(m),
                sheet.review().cutoff()));
        for (Target t : sheet.targets()) {
            List<ApplicationRow> rows = sheet.rows().stream().filter(r -> r.application().track() == t.track()
                    && r.application().target().equals(t.target())).toList();
            if (rows.isEmpty()) {
                continue;
            }
            out.println();
            out.println(m.get("title.cli.target", rows.get(0).targetLabel(), t.posts(), rows.size()));
            for (ApplicationRow r : rows) {
                out.println(String.join("\t", r.name(), nz(r.department()), r.current() + " → " + r.targetLabel(),
                        r.total() == null ? "-" : r.total().toPlainString(),
                        r.rank() == null ? "-" : String.valueOf(r.rank()), r.standing().label(m),
                        r.application().verdict() == null ? "-" : r.application().verdict().label(m)));
                for (CriterionCheck c : r.checks()) {
                    out.println("    " + (c.met() ? "✓" : "✗") + " " + c.criterion().label(m) + "："
                            + c.requirement() + " | " + c.evidence() + (c.met() ? "" : " | " + c.shortfall()));
                }
            }
        }
        long eligible = sheet.rows().stream().filter(ApplicationRow::eligible).count();
        out.println();
        out.println(m.get("title.cli.summary", sheet.rows().size(), eligible, sheet.rows().size() - eligible));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String toJson(ReviewSheet sheet) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"year\":").append(sheet.review().year())
                .append(",\"state\":").append(Json.string(sheet.review().state().name()))
                .append(",\"cutoff\":").append(Json.string(sheet.review().cutoff().toString()))
                .append(",\"applications\":[");
        for (int i = 0; i < sheet.rows().size(); i++) {
            ApplicationRow r = sheet.rows().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("applicationId", r.application().id());
            m.put("counselorId", r.application().counselorId());
            m.put("name", r.name());
            m.put("department", r.department());
            m.put("track", r.application().track().name());
            m.put("target", r.application().target());
            m.put("eligible", r.eligible());
            m.put("scoreWork", r.application().scoreWork());
            m.put("scoreResearch", r.application().scoreResearch());
            m.put("total", r.total());
            m.put("rank", r.rank());
            m.put("standing", r.standing().name());
            m.put("verdict", r.application().verdict() == null ? null : r.application().verdict().name());
            m.put("note", r.application().verdictNote());
            List<Map<String, Object>> criteria = new ArrayList<>();
            for (CriterionCheck c : r.checks()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("criterion", c.criterion().name());
                x.put("met", c.met());
                x.put("requirement", c.requirement());
                x.put("evidence", c.evidence());
                x.put("shortfall", c.shortfall());
                criteria.add(x);
            }
            m.put("criteria", criteria);
            sb.append(i == 0 ? "\n  " : ",\n  ").append(Json.object(m));
        }
        return sb.append(sheet.rows().isEmpty() ? "]}" : "\n]}").toString();
    }
}
