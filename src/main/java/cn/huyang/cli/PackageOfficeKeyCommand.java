package cn.huyang.cli;

import cn.huyang.exchange.OfficeKeyFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code package office-key --out FILE}: the office key file for department PCs (学工部 or an
 * administrator; audited): the database's id and public keys, signed; prints its fingerprint.
 */
@Command(name = "office-key")
public class PackageOfficeKeyCommand implements Callable<Integer> {
    @ParentCommand
    PackageCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.help.package.office-key.out")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BatchContext.run(parent.top, err, ctx -> Refusals.told(err, ctx.messages(), () -> {
            OfficeKeyFile file = ctx.exchange().officeKeys().writeTo(out);
            stdout.println(ctx.messages().get("cli.package.officeKey.done", out, file.databaseId(),
                    file.fingerprint()));
            stdout.flush();
            return 0;
        }));
    }
}
