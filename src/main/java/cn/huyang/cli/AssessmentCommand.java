package cn.huyang.cli;

import cn.huyang.assessment.Party;
import cn.huyang.assessment.Result;
import cn.huyang.assessment.Scores;
import cn.huyang.assessment.Sheet;
import cn.huyang.assessment.SheetRow;
import cn.huyang.common.Coded;
import cn.huyang.common.Json;
import cn.huyang.common.Messages;
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

/** {@code assessment --year Y [--department CODE] [--json]}: each counselor's scores, total, rank and grade. */
@Command(name = "assessment")
public class AssessmentCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "cli.help.assessment.year")
    Integer year;

    @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.help.assessment.department")
    String department;

    @Option(names = "--json", descriptionKey = "cli.help.assessment.json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BatchContext.run(top, err, ctx -> {
            int y = year != null ? year : Year.now(ctx.clock()).getValue();
            Messages m = ctx.messages();
            Long deptId = FormsCommand.departmentId(ctx, department, err);
            if (department != null && deptId == null) {
                return 2;
            }
            Sheet sheet = ctx.assessment().sheet(y);
            List<SheetRow> rows = sheet.rows().stream()
                    .filter(r -> deptId == null || deptId.equals(r.counselor().departmentId())).toList();
            if (json) {
                out.println(toJson(sheet, rows));
            } else {
                List<String> head = new ArrayList<>(List.of(m.get("field.name"), m.get("field.department")));
                for (Party p : Party.values()) {
                    head.add(p.label(m));
                }
                head.addAll(List.of(m.get("assessment.column.bonus"), m.get("assessment.column.veto"),
                        m.get("assessment.column.total"), m.get("assessment.column.rank"),
                        m.get("assessment.column.grade")));
                out.println(String.join("\t", head));
                for (SheetRow r : rows) {
                    Result x = r.result();
                    List<String> cells = new ArrayList<>(List.of(r.counselor().name(), r.department()));
                    for (Party p : Party.values()) {
                        cells.add(dash(Scores.format(r.entry().score(p))));
                    }
                    cells.add(dash(Scores.format(r.entry().bonus())));
                    cells.add(r.entry().vetoed() ? r.entry().veto() : "-");
                    cells.add(x.total() == null ? "-" : x.total().toPlainString());
                    cells.add(x.rank() == null ? "-" : String.valueOf(x.rank()));
                    cells.add(x.grade() == null ? "-" : x.grade().label(m) + (x.overridden() ? "*" : ""));
                    out.println(String.join("\t", cells));
                }
                out.println(m.get("assessment.cli.summary", y, sheet.scheme().state().label(m), sheet.results().assessed(),
                        sheet.results().excellent(), sheet.results().quota()));
            }
            out.flush();
            return 0;
        });
    }

    static String toJson(Sheet sheet, List<SheetRow> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"year\":").append(sheet.scheme().year())
                .append(",\"state\":").append(Json.string(sheet.scheme().state().name()))
                .append(",\"assessed\":").append(sheet.results().assessed())
                .append(",\"quota\":").append(sheet.results().quota())
                .append(",\"excellent\":").append(sheet.results().excellent())
                .append(",\"counselors\":[");
        for (int i = 0; i < rows.size(); i++) {
            SheetRow r = rows.get(i);
            Result x = r.result();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("counselorId", r.counselor().id());
            m.put("name", r.counselor().name());
            m.put("department", r.department());
            for (Party p : Party.values()) {
                m.put(p.name().toLowerCase(java.util.Locale.ROOT), r.entry().score(p));
            }
            m.put("bonus", r.entry().bonus());
            m.put("bonusCounted", x.bonusCounted());
            m.put("veto", r.entry().veto());
            m.put("total", x.total());
            m.put("rank", x.rank());
            m.put("proposedGrade", code(x.proposed()));
            m.put("quota", x.quota().name());
            m.put("grade", code(x.grade()));
            m.put("overridden", x.overridden());
            m.put("overrideReason", r.entry().overrideReason());
            sb.append(i == 0 ? "\n  " : ",\n  ").append(Json.object(m));
        }
        return sb.append(rows.isEmpty() ? "]}" : "\n]}").toString();
    }

    private static String code(Coded c) {
        return c == null ? null : c.name();
    }

    private static String dash(String s) {
        return s.isEmpty() ? "-" : s;
    }
}
