package cn.huyang.app;

import cn.huyang.db.DataFolder;
import cn.huyang.common.Messages;
import cn.huyang.db.ServerStore;
import cn.huyang.db.ServerTooOldException;
import cn.huyang.server.DataLocation;
import cn.huyang.server.LocationSettings;
import cn.huyang.server.ServerProbe;
import cn.huyang.server.ServerSettings;
import java.time.Clock;

/** The one place that chooses the gate of a data folder: the window and the command line ask here. */
public final class Gates {
    private Gates() {
    }

    /** The gate of a data folder on this PC. */
    public static Gate forFolder(DataFolder folder, Clock clock) {
        return new LocalGate(folder, clock);
    }

    /**
     * The gate of the data location saved in the folder's settings (文件 → 数据位置): the folder's own
     * database, or the shared server opened with the saved login.
     *
     * @throws ServerUnavailableException when the server cannot be used; the message says why in the user's words
     */
    public static Gate atSavedLocation(DataFolder folder, Clock clock, Messages messages) {
        DataLocation location = LocationSettings.read(folder);
        if (!location.isServer()) {
            return forFolder(folder, clock);
        }
        ServerSettings s = location.server();
        if (!s.hasPassword()) {
            throw new ServerUnavailableException(s.address(), messages.get("startup.server.noPassword", s.address()), null);
        }
        try {
            return forServer(ServerStore.open(s.jdbcUrl(), s.user(), s.password(), folder, clock), clock);
        } catch (ServerTooOldException e) {
            throw new ServerUnavailableException(s.address(), e.render(messages), e);
        } catch (IllegalStateException e) {
            throw new ServerUnavailableException(s.address(), new ServerProbe(messages).whyNot(s), e);
        }
    }

    /** The gate of the shared server, open already: its accounts keep their own password hashes. */
    public static Gate forServer(ServerStore store, Clock clock) {
        return new PlainGate(store, clock);
    }
}
