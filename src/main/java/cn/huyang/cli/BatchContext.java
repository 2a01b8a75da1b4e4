package cn.huyang.cli;

import cn.huyang.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.Database;
import cn.huyang.db.DatabaseInUseException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.Function;

/** Opens the data folder for one batch command and closes it after; reports a folder in use plainly. */
final class BatchContext {
    static final int IN_USE = 3;

    private BatchContext() {
    }

    static int run(HuyangCommand top, PrintWriter err, Function<AppContext, Integer> body) {
        Messages messages = Messages.forLanguage(top.lang());
        DataFolder folder = DataFolder.resolve(top.dataDir());
        try (Database db = Database.open(folder)) {
            return body.apply(new AppContext(db, messages, Clock.systemDefaultZone()));
        } catch (DatabaseInUseException e) {
            err.println(messages.get("error.inUse", e.folder()));
            return IN_USE;
        }
    }
}
