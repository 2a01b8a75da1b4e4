package cn.huyang.cli;

import cn.huyang.common.Json;
import cn.huyang.exchange.ConflictService;
import java.io.PrintWriter;
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

/** {@code conflicts [--json] [--all]}: the rows a package changed that were changed here too (学工部, administrator). */
@Command(name = "conflicts", subcommands = ConflictResolveCommand.class)
public class ConflictsCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.help.conflicts.json")
    boolean json;

    @Option(names = "--all", descriptionKey = "cli.help.conflicts.all")
    boolean all;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BatchContext.run(top, err, ctx -> {
            List<ConflictService.Opened> list = ctx.exchange().conflicts().list(!all);
            if (json) {
                List<Object> out = new ArrayList<>();
                for (ConflictService.Opened o : list) {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("id", o.conflict().id());
                    c.put("status", o.conflict().status());
                    c.put("table", o.conflict().entity());
                    c.put("uid", o.conflict().rowUid().toString());
                    c.put("sender", o.conflict().senderId());
                    c.put("sequence", o.conflict().sequence());
                    c.put("fields", o.conflict().fields().isEmpty() ? List.of()
                            : List.of(o.conflict().fields().split(",")));
                    c.put("office", o.local());
                    c.put("package", o.incoming());
                    c.put("resolution", o.conflict().resolution());
                    out.add(c);
                }
                stdout.println(Json.array(out));
            } else {
                if (list.isEmpty()) {
                    stdout.println(ctx.messages().get("cli.conflicts.none"));
                }
                for (ConflictService.Opened o : list) {
                    stdout.println(ctx.messages().get("cli.conflicts.row", o.conflict().id(), o.conflict().entity(),
                            o.conflict().rowUid(), o.conflict().status(), o.conflict().fields()));
                    for (String f : o.conflict().fields().isEmpty() ? new String[0] : o.conflict().fields().split(",")) {
                        stdout.println("    " + f + ": " + (o.local() == null ? "∅" : o.local().get(f)) + " | "
                                + (o.incoming() == null ? "∅" : o.incoming().get(f)));
                    }
                }
            }
            stdout.flush();
            return 0;
        });
    }
}
