package cn.huyang.cli;

import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import java.io.PrintWriter;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The command line's own behaviour around the commands: output that never lets a control character
 * reach the terminal raw, the help and picocli's errors in the user's language, the global options checked
 * before anything opens ({@code --data-dir}, {@code --lang}, {@code --year}), and a failed command
 * told in one plain sentence with its exit code (the details go to the log).
 */
public final class CliSetup {
    private CliSetup() {
    }

    /**
     * Sets a command line up; {@code logging} points the log at the data folder once the folder
     * is known to be usable.
     */
    public static void configure(CommandLine cl, HuyangCommand top, Consumer<DataFolder> logging) {
        cl.setOut(TerminalWriter.on(System.out));
        cl.setErr(TerminalWriter.on(System.err));
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExecutionStrategy(parseResult -> {
            Messages m = Messages.forLanguage(Arguments.knownLanguage(top.lang()));
            cl.setResourceBundle(m.bundle()); // --help of every command in the user's language
            PrintWriter err = cl.getErr();
            String problem = Arguments.problem(top, parseResult, m);
            if (problem != null) {
                err.println(problem);
                err.flush();
                return Failures.USAGE;
            }
            String folderProblem = Arguments.dataFolderProblem(parseResult, top, m);
            if (folderProblem != null) {
                err.println(folderProblem);
                err.flush();
                return Failures.FILE;
            }
            logging.accept(DataFolder.resolve(top.dataDir()));
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> fail(e, commandLine, top));
    }

    private static int fail(Exception e, CommandLine commandLine, HuyangCommand top) {
        DataFolder folder = DataFolder.resolve(top.dataDir());
        Messages m = Messages.forLanguage(Arguments.knownLanguage(top.lang()));
        LoggerFactory.getLogger(CliSetup.class).error("Command failed", e);
        Failures.Told told = Failures.describe(e, folder.path(), m);
        PrintWriter err = commandLine.getErr();
        err.println(told.sentence());
        if (java.nio.file.Files.isDirectory(folder.logs())) {
            err.println(m.get("error.seeLog", folder.logs()));
        }
        err.flush();
        return told.exitCode();
    }

    /** Whether a parse result asks for help or the version (then nothing is checked or opened). */
    static boolean helpOrVersion(ParseResult pr) {
        for (ParseResult p = pr; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
                return true;
            }
        }
        return false;
    }
}
