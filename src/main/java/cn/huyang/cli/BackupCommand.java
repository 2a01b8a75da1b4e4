package cn.huyang.cli;

import cn.huyang.db.BackupException;
import cn.huyang.db.BackupInfo;
import cn.huyang.db.BackupTexts;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backup [FILE]}: a backup to FILE (or a folder), or into the data folder's backups/. */
@Command(name = "backup")
public class BackupCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "cli.help.backup.param.file")
    Path file;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        return BatchContext.run(top, err, ctx -> {
            var folder = ctx.store().folder();
            DiskSpace.require(file != null ? file : folder.path(), DiskSpace.size(folder.databaseFile()));
            try {
                BackupInfo info = file == null ? ctx.backups().backupNow() : ctx.backups().backupTo(file);
                out.println(ctx.messages().get("backup.done", info.file(), info.counselors()));
                out.flush();
                return 0;
            } catch (BackupException e) {
                err.println(BackupTexts.problem(e, ctx.messages()));
                return 1;
            }
        });
    }
}
