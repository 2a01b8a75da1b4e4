package cn.huyang.cli;

import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.security.FileKey;
import cn.huyang.security.KeyRing;
import java.nio.file.Path;
import java.time.Clock;

/** The data folders the command-line tests set up: their administrator, password, and opening one in a test. */
public final class TestFolders {
    /** The administrator (accounts, restore). */
    public static final String ADMIN = "admin";
    /** 学工部: the data. The command-line tests run as this user unless they say otherwise. */
    public static final String USER = "office";
    public static final String PASSWORD = "Huyang-Test-2026";
    static final String FIRST_PASSWORD = "Huyang-First-2026";

    private TestFolders() {
    }

    /**
     * Opens a test's data folder: one set up by {@code init} or {@code demo} with the test
     * administrator's key, one not set up yet (a test filling it before the commands run) as it is.
     */
    public static H2Store open(Path dir) {
        if (!KeyRing.exists(dir)) {
            return H2Store.open(new DataFolder(dir));
        }
        FileKey key = KeyRing.load(dir, Clock.systemDefaultZone()).unlock(ADMIN, PASSWORD.toCharArray());
        return H2Store.open(new DataFolder(dir), Clock.systemDefaultZone(), key);
    }
}
