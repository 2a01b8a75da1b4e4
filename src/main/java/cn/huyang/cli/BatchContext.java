package cn.huyang.cli;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.db.DatabaseInUseException;
import cn.huyang.db.BackupTexts;
import cn.huyang.db.SchemaTooNewException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.Function;

/**
 * Opens the data folder for one batch command and closes it after; reports a folder in use or a
 * database from a newer version plainly. Makes the day's first backup, like the window.
 */
final class BatchContext {
    private static final Logger LOG = LoggerFactory.getLogger(BatchContext.class);
    static final int IN_USE = 3;
    static final int TOO_NEW = 4;
    /** Today for the commands; tests fix it. */
    private static volatile Clock clock = Clock.systemDefaultZone();

    private BatchContext() {
    }

    static int run(HuyangCommand top, PrintWriter err, Function<AppContext, Integer> body) {
        Messages messages = Messages.forLanguage(top.lang());
        DataFolder folder = DataFolder.resolve(top.dataDir());
        try (H2Store db = H2Store.open(folder)) {
            try {
                db.backups().dailyIfDue();
            } catch (RuntimeException e) {
                LOG.error("Daily backup failed", e); // the command still runs; the window reports it
            }
            return body.apply(new AppContext(db, messages, clock));
        } catch (DatabaseInUseException e) {
            err.println(messages.get("error.inUse", e.folder()));
            return IN_USE;
        } catch (SchemaTooNewException e) {
            err.println(BackupTexts.schemaTooNew(e, messages));
            return TOO_NEW;
        }
    }

    /** Runs the commands with this clock (tests fix today); null restores the system clock. */
    static void useClock(Clock fixed) {
        clock = fixed == null ? Clock.systemDefaultZone() : fixed;
    }
}
