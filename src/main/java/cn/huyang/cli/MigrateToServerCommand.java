package cn.huyang.cli;

import cn.huyang.app.ServerMigration;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.ServerStore;
import cn.huyang.db.StoreCopy;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code migrate-to-server}: copies the data folder of this PC ({@code --data-dir}, opened as the
 * administrator {@code --user}) to the empty server database {@code --server}, then prints every
 * table's rows and checksum on both sides. The folder is left as it is.
 */
@Command(name = "migrate-to-server")
public class MigrateToServerCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = BatchContext.messages(top);
        if (top.server() == null) {
            err.println(m.get("cli.server.required"));
            err.flush();
            return Failures.USAGE;
        }
        if (ServerContext.badUrl(top, err, m)) {
            return Failures.USAGE;
        }
        return BatchContext.runLocal(top, err, ctx -> {
            ServerStore server = ServerContext.connect(top, err, m);
            if (server == null) {
                return ServerContext.UNREACHABLE;
            }
            try (server) {
                StoreCopy.Result result = ServerMigration.run(ctx, server, Progress.NONE);
                print(out, m, result);
                out.println(m.get("cli.migrate.done", result.rows(), result.tables().size(), server.location()));
                return 0;
            } catch (StoreCopy.TargetNotEmptyException e) {
                err.println(m.get("cli.migrate.notEmpty", server.location(), e.table(), e.rows()));
                return Failures.FAILED;
            } catch (StoreCopy.CopyMismatchException e) {
                print(out, m, e.result());
                err.println(m.get("cli.migrate.mismatch"));
                return Failures.FAILED;
            } finally {
                out.flush();
                err.flush();
            }
        });
    }

    private static void print(PrintWriter out, Messages m, StoreCopy.Result result) {
        for (StoreCopy.TableResult t : result.tables()) {
            out.println(m.get("cli.migrate.table", t.table(), t.source().rows(), t.target().rows(),
                    t.source().checksum(), m.get(t.same() ? "cli.migrate.same" : "cli.migrate.differs")));
        }
    }
}
