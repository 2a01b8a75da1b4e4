package cn.huyang.cli;

import cn.huyang.db.BackupException;
import cn.huyang.db.BackupInfo;
import cn.huyang.db.Backups;
import cn.huyang.security.BackupUnlock;
import cn.huyang.db.BackupTexts;
import cn.huyang.db.StagedRestore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code restore FILE [--yes]}: checks the backup, shows what it holds, asks (unless {@code --yes}),
 * backs up the current database and replaces it. Exit 0 restored, 1 refused or cancelled.
 */
@Command(name = "restore")
public class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.restore.param.file")
    Path file;

    @Option(names = "--yes", descriptionKey = "cli.help.restore.yes")
    boolean yes;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        return BatchContext.runWithPassword(top, err, (ctx, password) -> {
            var m = ctx.messages();
            StagedRestore staged;
            try {
                // an encrypted backup opens with the same user's password, if the backup knows the user
                staged = ctx.backups().prepareRestore(file, Backups.isEncrypted(file)
                        ? BackupUnlock.password(top.user(), password) : null);
            } catch (BackupException e) {
                err.println(BackupTexts.problem(e, m));
                return 1;
            }
            try (staged) {
                out.println(BackupTexts.summary(staged.info(), m));
                if (!yes && !confirmed(out, m.get("restore.prompt"))) {
                    out.println(m.get("restore.cancelled"));
                    out.flush();
                    return 1;
                }
                BackupInfo before = ctx.backups().restore(staged);
                out.println(m.get("restore.done", staged.info().counselors(), before.file()));
                out.flush();
                return 0;
            }
        });
    }

    private static boolean confirmed(java.io.PrintWriter out, String prompt) {
        out.print(prompt);
        out.flush();
        Charset cs = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        try {
            String answer = new BufferedReader(new InputStreamReader(System.in, cs)).readLine();
            return answer != null && answer.trim().toLowerCase(Locale.ROOT).matches("y|yes|是");
        } catch (IOException e) {
            return false;
        }
    }
}
