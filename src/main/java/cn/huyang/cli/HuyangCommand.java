package cn.huyang.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code huyang [--data-dir DIR] [--server URL [--db-user NAME]] [--user NAME] [--lang zh|en] [COMMAND]}:
 * no command opens the window, a command runs in batch without JavaFX — on the data folder's
 * database, or with {@code --server} on the shared PostgreSQL server. Every command has -h/--help
 * and -V/--version; the help's texts come from the message bundles ({@link CliSetup}), in Chinese
 * unless {@code --lang en}.
 */
@Command(name = "huyang", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        subcommands = {DemoCommand.class, CheckCommand.class, RatioCommand.class, TrainingComplianceCommand.class,
                AssessmentCommand.class, FormsCommand.class, BackupCommand.class, RestoreCommand.class,
                BackupsCommand.class, ExportCommand.class, ImportCommand.class, TitlesCommand.class,
                TitleFormsCommand.class, PolicyCommand.class, InitCommand.class, UsersCommand.class,
                AuditCommand.class, PasswdCommand.class, ServerCommand.class, MigrateToServerCommand.class,
                AllowanceCommand.class, ReportCommand.class, RecruitmentCommand.class,
                WorklogsCommand.class, PackageCommand.class, ConflictsCommand.class})
public class HuyangCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.help.main.data-dir")
    Path dataDir;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cli.help.main.user")
    String user;

    @Option(names = "--server", paramLabel = "URL", descriptionKey = "cli.help.main.server")
    String server;

    @Option(names = "--db-user", paramLabel = "NAME", descriptionKey = "cli.help.main.db-user")
    String dbUser;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.help.main.lang")
    String lang;

    private final WindowLauncher windowLauncher;

    public HuyangCommand(WindowLauncher windowLauncher) {
        this.windowLauncher = windowLauncher;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The user named by {@code --user}, else by the environment variable {@code HUYANG_USER} (scripts). */
    public String user() {
        return user != null ? user : Passwords.environment(Passwords.USER_VARIABLE);
    }

    /** The shared server's JDBC URL, or null for the data folder's own database. */
    public String server() {
        return server;
    }

    /** The database login for {@link #server()}. */
    public String dbUser() {
        return dbUser != null ? dbUser : "huyang";
    }

    public String lang() {
        return lang;
    }

    @Override
    public Integer call() {
        return windowLauncher.open(dataDir, lang);
    }

    /** Opens the window; kept apart so the command line never loads JavaFX for a batch command. */
    @FunctionalInterface
    public interface WindowLauncher {
        int open(Path dataDir, String lang);
    }
}
