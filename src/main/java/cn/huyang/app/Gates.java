package cn.huyang.app;

import cn.huyang.db.DataFolder;
import cn.huyang.db.ServerStore;
import java.time.Clock;

/** The one place that chooses the gate of a data folder: the window and the command line ask here. */
public final class Gates {
    private Gates() {
    }

    /** The gate of a data folder on this PC. */
    public static Gate forFolder(DataFolder folder, Clock clock) {
        return new LocalGate(folder, clock);
    }

    /** The gate of the shared server, open already: its accounts keep their own password hashes. */
    public static Gate forServer(ServerStore store, Clock clock) {
        return new PlainGate(store, clock);
    }
}
