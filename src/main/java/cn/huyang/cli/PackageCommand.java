package cn.huyang.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code package office-key --out FILE}: the data packages between department PCs and the office (issue 20). */
@Command(name = "package", subcommands = {PackageOfficeKeyCommand.class, PackageExportCommand.class,
        PackageImportCommand.class})
public class PackageCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, and exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Failures.USAGE;
    }
}
