package cn.huyang.cli;

import cn.huyang.access.NotPermittedException;
import cn.huyang.access.LoginRefusedException;
import cn.huyang.common.Messages;
import cn.huyang.db.StoreFailure;
import cn.huyang.print.PrintProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * What a failed command tells the user: one plain sentence from the bundle and an exit code for
 * each kind of failure (a full disk, a file that cannot be written, an unreadable database, a
 * printer that printed nothing); the details go to the log.
 */
final class Failures {
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int DISK_FULL = 5;
    static final int FILE = 6;
    static final int PRINT = 7;
    /** No user could be logged in: a wrong password, a folder without accounts, no password given. */
    static final int LOGIN = 8;
    /** The user's role may not do what the command asks. */
    static final int NOT_PERMITTED = 9;

    /** The sentence and the exit code. */
    record Told(String sentence, int exitCode) {
    }

    private Failures() {
    }

    /** Describes a failure; {@code dataFolder} is where the database lives. */
    static Told describe(Throwable t, Path dataFolder, Messages m) {
        NotPermittedException denied = find(t, NotPermittedException.class);
        if (denied != null) {
            return new Told(denied.render(m), NOT_PERMITTED);
        }
        LoginRefusedException refused = find(t, LoginRefusedException.class);
        if (refused != null) {
            return new Told(refused.render(m), LOGIN);
        }
        cn.huyang.common.StaleRecordException stale = find(t, cn.huyang.common.StaleRecordException.class);
        if (stale != null) {
            return new Told(stale.render(m), FAILED);
        }
        PrintProblem print = find(t, PrintProblem.class);
        if (print != null) {
            return new Told(print.render(m), PRINT);
        }
        if (isDiskFull(t)) {
            DiskSpace.DiskFullException d = find(t, DiskSpace.DiskFullException.class);
            return new Told(m.get("error.diskFull", d != null ? d.where() : dataFolder), DISK_FULL);
        }
        FileSystemException fs = find(t, FileSystemException.class);
        if (fs != null) {
            String file = fs.getFile() == null ? "" : fs.getFile();
            String key = fs instanceof FileAlreadyExistsException || fs instanceof NotDirectoryException
                    ? "error.notAFolder" : fs instanceof AccessDeniedException ? "error.accessDenied"
                    : fs instanceof NoSuchFileException ? "error.noSuchFile" : "error.file";
            return new Told(m.get(key, file), FILE);
        }
        if (find(t, IOException.class) != null) {
            return new Told(m.get("error.file", dataFolder), FILE);
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (String.valueOf(c.getMessage()).startsWith("Cannot read the schema version")) {
                return new Told(m.get("error.databaseUnreadable", dataFolder), FILE);
            }
        }
        return new Told(m.get("error.unexpected"), FAILED);
    }

    /** A full disk anywhere in the causes: our own check, the operating system's words, or the store failing. */
    static boolean isDiskFull(Throwable t) {
        if (find(t, DiskSpace.DiskFullException.class) != null) {
            return true;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (StoreFailure.isDiskFullMessage(c.getMessage())) {
                return true;
            }
            for (Throwable s : c.getSuppressed()) {
                if (StoreFailure.isDiskFullMessage(s.getMessage())) {
                    return true;
                }
            }
        }
        return StoreFailure.isWriteFailure(t);
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
