package cn.huyang.cli;

import cn.huyang.app.GuaranteeModule;
import cn.huyang.common.Json;
import cn.huyang.common.Messages;
import cn.huyang.guarantee.AllowanceMonth;
import cn.huyang.guarantee.AllowanceRow;
import cn.huyang.guarantee.Fen;
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

/** {@code allowance [--year Y] [--json]}: each counselor's allowance month by month — due, paid, short, state. */
@Command(name = "allowance")
public class AllowanceCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "cli.help.allowance.year")
    Integer year;

    @Option(names = "--json", descriptionKey = "cli.help.allowance.json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return BatchContext.run(top, spec.commandLine().getErr(), ctx -> {
            int y = year != null ? year : Year.now(ctx.clock()).getValue();
            List<AllowanceRow> rows = GuaranteeModule.of(ctx).allowances().grid(y);
            Messages m = ctx.messages();
            if (json) {
                out.println(toJson(y, rows));
            } else {
                out.println(m.get("guarantee.cli.header"));
                for (AllowanceRow r : rows) {
                    for (AllowanceMonth mo : r.months()) {
                        out.println(String.join("\t", r.department() == null ? "-" : r.department(), r.name(),
                                String.valueOf(mo.month()), Fen.format(mo.dueFen()), Fen.format(mo.paidFen()),
                                Fen.format(mo.shortFen()), mo.dueDate().toString(),
                                mo.lastPaidOn() == null ? "-" : mo.lastPaidOn().toString(), mo.state().label(m)));
                    }
                }
                long breaking = rows.stream().mapToLong(r -> r.breaking().size()).sum();
                out.println(m.get("guarantee.cli.summary", y, rows.size(),
                        Fen.format(rows.stream().mapToLong(AllowanceRow::dueFen).sum()),
                        Fen.format(rows.stream().mapToLong(AllowanceRow::paidFen).sum()),
                        Fen.format(rows.stream().mapToLong(AllowanceRow::shortFen).sum()), breaking));
            }
            out.flush();
            return 0;
        });
    }

    static String toJson(int year, List<AllowanceRow> rows) {
        List<String> items = new ArrayList<>();
        for (AllowanceRow r : rows) {
            for (AllowanceMonth mo : r.months()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("year", year);
                o.put("month", mo.month());
                o.put("counselorId", r.counselorId());
                o.put("name", r.name());
                o.put("department", r.department());
                o.put("postType", r.postType() == null ? null : r.postType().name());
                o.put("due", mo.dueFen() == null ? null : Fen.format(mo.dueFen()));
                o.put("paid", Fen.format(mo.paidFen()));
                o.put("short", Fen.format(mo.shortFen()));
                o.put("paidByDueDay", Fen.format(mo.paidByDueFen()));
                o.put("dueDate", mo.dueDate().toString());
                o.put("lastPaidOn", mo.lastPaidOn() == null ? null : mo.lastPaidOn().toString());
                o.put("state", mo.state().name());
                items.add(Json.object(o));
            }
        }
        return items.isEmpty() ? "[]" : "[\n  " + String.join(",\n  ", items) + "\n]";
    }
}
