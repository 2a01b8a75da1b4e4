package cn.huyang.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code huyang [--data-dir DIR] [--lang zh|en] [COMMAND]}: no command opens the window, a command
 * runs in batch without JavaFX.
 */
@Command(name = "huyang", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"胡杨 · 辅导员队伍管理 / Huyang counselor team management.",
                "No command opens the window; a command runs in batch."},
        subcommands = {DemoCommand.class, CheckCommand.class, RatioCommand.class, TrainingComplianceCommand.class,
                AssessmentCommand.class, FormsCommand.class, BackupCommand.class, RestoreCommand.class,
                BackupsCommand.class, ExportCommand.class, ImportCommand.class, TitlesCommand.class,
                TitleFormsCommand.class, PolicyCommand.class, InitCommand.class, UsersCommand.class,
                AuditCommand.class, PasswdCommand.class})
public class HuyangCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: %%APPDATA%%\\Huyang, $XDG_DATA_HOME/huyang or ~/.local/share/huyang).")
    Path dataDir;

    @Option(names = "--user", paramLabel = "NAME",
            description = "The user a batch command runs as (default: HUYANG_USER); the password comes from "
                    + "HUYANG_PASSWORD or is asked for.")
    String user;

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
