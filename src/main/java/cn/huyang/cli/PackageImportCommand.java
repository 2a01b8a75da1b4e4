package cn.huyang.cli;

import cn.huyang.exchange.ImportPlan;
import cn.huyang.exchange.RowChange;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code package import FILE [--dry-run]}: 学工部 or an administrator previews (per table: new, changed,
 * unchanged, conflicts, deleted; each change field by field) and applies a package after a backup.
 */
@Command(name = "import")
public class PackageImportCommand implements Callable<Integer> {
    @ParentCommand
    PackageCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.help.package.import.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "cli.help.package.import.dryRun")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!dryRun && parent.top.server() == null && PackageSetup.isNew(parent.top, err)) {
            return PackageSetup.run(parent.top, stdout, err, file);
        }
        return BatchContext.run(parent.top, err, ctx -> Refusals.told(err, ctx.messages(), () -> {
            ImportPlan plan = dryRun ? ctx.exchange().receive().preview(file) : ctx.exchange().receive().apply(file);
            var m = ctx.messages();
            var man = plan.manifest();
            stdout.println(m.get("cli.package.import.from", man.senderAccount(), man.department() == null ? "—"
                    : man.department(), man.sequence(), man.createdAt()));
            if (plan.alreadyApplied()) {
                stdout.println(m.get("cli.package.import.already", man.sequence()));
                stdout.flush();
                return 0;
            }
            for (Map.Entry<String, Map<RowChange.Kind, Integer>> e : plan.counts().entrySet()) {
                Map<RowChange.Kind, Integer> c = e.getValue();
                stdout.println(m.get("cli.package.import.table", e.getKey(), c.getOrDefault(RowChange.Kind.NEW, 0),
                        c.getOrDefault(RowChange.Kind.CHANGED, 0), c.getOrDefault(RowChange.Kind.UNCHANGED, 0),
                        c.getOrDefault(RowChange.Kind.CONFLICT, 0), c.getOrDefault(RowChange.Kind.DELETE, 0)));
            }
            for (RowChange c : plan.changes()) {
                if (c.kind() == RowChange.Kind.CHANGED || c.kind() == RowChange.Kind.CONFLICT) {
                    stdout.println(m.get("cli.package.import.row." + c.kind().name(), c.table(), c.uid()));
                    for (RowChange.FieldDiff d : c.diffs()) {
                        stdout.println("    " + d.column() + ": " + show(d.before()) + " → " + show(d.after()));
                    }
                }
            }
            stdout.println(m.get(dryRun ? "cli.package.import.dryRun" : "cli.package.import.done"));
            stdout.flush();
            return 0;
        }));
    }

    private static String show(String v) {
        if (v == null) {
            return "∅";
        }
        String one = v.replace("\n", "⏎");
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }
}
