package cn.huyang.cli;

import cn.huyang.db.BackupInfo;
import cn.huyang.db.BackupTexts;
import cn.huyang.db.Backups;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backups}: the backups in the data folder's backups/, newest first. */
@Command(name = "backups")
public class BackupsCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        return BatchContext.run(top, spec.commandLine().getErr(), ctx -> {
            var m = ctx.messages();
            List<BackupInfo> list = ctx.backups().list();
            out.println(m.get("backup.list.header", ctx.backups().folder(), Backups.keep(ctx.store().folder())));
            if (list.isEmpty()) {
                out.println(m.get("backup.list.empty"));
            }
            for (BackupInfo b : list) {
                out.println(m.get("backup.list.row", BackupTexts.when(b), b.kind().label(m),
                        b.schemaVersion(), b.counselors(), b.file().getFileName()));
            }
            out.flush();
            return 0;
        });
    }
}
