package cn.huyang;

import cn.huyang.cli.HuyangCommand;
import cn.huyang.db.DataFolder;
import picocli.CommandLine;

/**
 * The program's entry: no command opens the window; a command ({@code demo}, {@code check},
 * {@code ratio}) runs in batch without starting JavaFX. A wrong command or option prints the usage
 * and exits non-zero.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            System.err.println("Unexpected error in " + t.getName() + ": " + e);
            org.slf4j.LoggerFactory.getLogger(Launcher.class).error("Uncaught in {}", t.getName(), e);
        });
        if (args.length == 0) {
            // The everyday start: straight to the window, without building the command line's parser.
            Logging.configure(DataFolder.resolve(null));
            System.exit(cn.huyang.shell.App.open(null, null));
        }
        int code = run(args);
        ClassDataTraining.loadIfTraining();
        System.exit(code);
    }

    public static int run(String[] args) {
        HuyangCommand top = new HuyangCommand((dataDir, lang) -> cn.huyang.shell.App.open(dataDir, lang));
        CommandLine cl = new CommandLine(top);
        cn.huyang.cli.CliSetup.configure(cl, top, Logging::configure);
        return cl.execute(args);
    }
}
