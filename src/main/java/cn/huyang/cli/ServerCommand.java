package cn.huyang.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code server init --admin NAME}: the shared server's commands (with the global {@code --server URL}). */
@Command(name = "server",
        subcommands = ServerCommand.Init.class)
public class ServerCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Failures.USAGE;
    }

    /** {@code server init --admin NAME [--name TEXT]}: the schema and the first administrator on an empty database. */
    @Command(name = "init")
    static class Init implements Callable<Integer> {
        @ParentCommand
        ServerCommand server;

        @Spec
        CommandSpec spec;

        @Option(names = "--admin", required = true, paramLabel = "NAME", descriptionKey = "cli.help.server.init.admin")
        String admin;

        @Option(names = "--name", paramLabel = "TEXT", descriptionKey = "cli.help.server.init.name")
        String displayName;

        @Override
        public Integer call() {
            HuyangCommand top = server.top;
            if (top.server() == null) {
                spec.commandLine().getErr().println(BatchContext.messages(top).get("cli.server.required"));
                spec.commandLine().getErr().flush();
                return Failures.USAGE;
            }
            return InitCommand.run(top, spec, admin, displayName, (Path) null);
        }
    }
}
