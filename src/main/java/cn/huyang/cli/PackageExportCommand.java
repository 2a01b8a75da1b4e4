package cn.huyang.cli;

import cn.huyang.exchange.PackageExport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code package export --out FILE [--since SEQ] [--office-key FILE]}: a 系部 user's or a counselor's
 * package for the office — everything of their scope changed since the package the office last
 * acknowledged. Prints its number and rows per table.
 */
@Command(name = "export")
public class PackageExportCommand implements Callable<Integer> {
    @ParentCommand
    PackageCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.help.package.export.out")
    Path out;

    @Option(names = "--since", paramLabel = "SEQ", descriptionKey = "cli.help.package.export.since")
    Long since;

    @Option(names = "--office-key", paramLabel = "FILE", descriptionKey = "cli.help.package.export.officeKey")
    Path officeKey;

    @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.help.package.export.department")
    String department;

    @Option(names = "--new-pc", descriptionKey = "cli.help.package.export.newPc")
    boolean newPc;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BatchContext.run(parent.top, err, ctx -> Refusals.told(err, ctx.messages(), () -> {
            PackageExport.Result r;
            try {
                r = department == null ? ctx.exchange().export().export(out, since, officeKey)
                        : ctx.exchange().export().exportFor(out, department, since, newPc);
            } catch (IllegalArgumentException e) {
                if (!"since".equals(e.getMessage())) {
                    throw e;
                }
                err.println(ctx.messages().get("cli.package.export.badSince", since));
                return Failures.USAGE;
            }
            stdout.println(ctx.messages().get("cli.package.export.done", r.file(), r.sequence(), r.since(),
                    r.total()));
            r.rows().forEach((table, n) -> stdout.println("  " + table + "\t" + n));
            if (r.setupCode() != null) {
                stdout.println(ctx.messages().get("cli.package.export.setupCode", r.setupCode(), department));
            }
            stdout.flush();
            return 0;
        }));
    }
}
