package cn.huyang.cli;

import cn.huyang.exchange.Conflict;
import cn.huyang.exchange.ConflictService;
import java.io.PrintWriter;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code conflicts resolve ID --take office|package [--field COLUMN]…}: keeps this office's version, takes
 * the package's, or takes the package's values of the named columns only.
 */
@Command(name = "resolve")
public class ConflictResolveCommand implements Callable<Integer> {
    @ParentCommand
    ConflictsCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.help.conflicts.resolve.id")
    long id;

    @Option(names = "--take", required = true, paramLabel = "office|package",
            descriptionKey = "cli.help.conflicts.resolve.take")
    String take;

    @Option(names = "--field", paramLabel = "COLUMN", descriptionKey = "cli.help.conflicts.resolve.field")
    java.util.List<String> fields = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BatchContext.run(parent.top, err, ctx -> {
            ConflictService.Take side;
            if ("office".equals(take)) {
                side = ConflictService.Take.OFFICE;
            } else if ("package".equals(take)) {
                side = ConflictService.Take.PACKAGE;
            } else {
                err.println(ctx.messages().get("cli.conflicts.badTake", take));
                return Failures.USAGE;
            }
            if (!fields.isEmpty() && side != ConflictService.Take.PACKAGE) {
                err.println(ctx.messages().get("cli.conflicts.fieldsNeedPackage"));
                return Failures.USAGE;
            }
            try {
                Conflict c = fields.isEmpty() ? ctx.exchange().conflicts().resolve(id, side)
                        : ctx.exchange().conflicts().resolveFields(id, new java.util.LinkedHashSet<>(fields));
                stdout.println(ctx.messages().get("cli.conflicts.resolved." + c.resolution(), c.id(), c.entity()));
                stdout.flush();
                return 0;
            } catch (NoSuchElementException e) {
                err.println(ctx.messages().get("cli.conflicts.unknown", id));
                return Failures.FAILED;
            } catch (IllegalStateException e) {
                err.println(ctx.messages().get("cli.conflicts.alreadyResolved", id));
                return Failures.FAILED;
            } catch (IllegalArgumentException e) {
                err.println(ctx.messages().get("cli.conflicts.badField", String.join(",", fields)));
                return Failures.USAGE;
            }
        });
    }
}
