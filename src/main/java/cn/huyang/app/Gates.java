package cn.huyang.app;

import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import java.time.Clock;

/** The one place that chooses the gate of a data folder: the window and the command line ask here. */
public final class Gates {
    private Gates() {
    }

    /** The gate of a data folder on this PC. */
    public static Gate forFolder(DataFolder folder, Clock clock) {
        // Interim until the encrypted folder's LocalGate is in: the plain store with its own password hashes.
        return new PlainGate(H2Store.open(folder, clock), clock);
    }
}
