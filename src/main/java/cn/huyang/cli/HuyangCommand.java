package cn.huyang.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code huyang [--data-dir DIR] [--server URL [--db-user NAME]] [--user NAME] [--lang zh|en] [COMMAND]}:
 * no command opens the window, a command runs in batch without JavaFX — on the data folder's
 * database, or with {@code --server} on the shared PostgreSQL server.
 */
@Command(name = "huyang", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"胡杨 · 辅导员队伍管理 / Huyang counselor team management.",
                "No command opens the window; a command runs in batch."},
        subcommands = {DemoCommand.class, CheckCommand.class, RatioCommand.class, TrainingComplianceCommand.class,
                AssessmentCommand.class, FormsCommand.class, BackupCommand.class, RestoreCommand.class,
                BackupsCommand.class, ExportCommand.class, ImportCommand.class, TitlesCommand.class,
                TitleFormsCommand.class, PolicyCommand.class, InitCommand.class, UsersCommand.class, RecruitmentCommand.class,
                AuditCommand.class, PasswdCommand.class, ServerCommand.class, MigrateToServerCommand.class})
public class HuyangCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: %%APPDATA%%\\Huyang, $XDG_DATA_HOME/huyang or ~/.local/share/huyang).")
    Path dataDir;

    @Option(names = "--user", paramLabel = "NAME",
            description = "The user a batch command runs as (default: HUYANG_USER); the password comes from "
                    + "HUYANG_PASSWORD or is asked for.")
    String user;

    @Option(names = "--server", paramLabel = "URL",
            description = "Work on the shared PostgreSQL server jdbc:postgresql://HOST:PORT/DB instead of the data "
                    + "folder's database (the folder keeps settings, logs and backups).")
    String server;

    @Option(names = "--db-user", paramLabel = "NAME",
            description = "The database login for --server (default: huyang); its password comes from "
                    + "HUYANG_DB_PASSWORD or is asked for.")
    String dbUser;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language: zh (Simplified Chinese, default) or en.")
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
