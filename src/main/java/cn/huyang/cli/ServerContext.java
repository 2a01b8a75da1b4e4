package cn.huyang.cli;

import cn.huyang.app.Gate;
import cn.huyang.app.Gates;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.ServerStore;
import cn.huyang.db.ServerTooOldException;
import cn.huyang.server.ServerProbe;
import cn.huyang.server.ServerSettings;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * Opens the shared server named by {@code --server} for one batch command: the database login from
 * {@code --db-user} with its password from {@code HUYANG_DB_PASSWORD} or the console, the data folder
 * on this PC for settings, logs and backups; tells a server that cannot be used in one plain sentence.
 */
final class ServerContext {
    static final int UNREACHABLE = 10;

    private ServerContext() {
    }

    /** The server's address as a user may read it (no password). */
    static String location(HuyangCommand top) {
        return ServerStore.withoutPassword(top.server());
    }

    /** Runs {@code body} on the gate of the server; the server is closed after. */
    static int open(HuyangCommand top, PrintWriter err, Function<Gate, Integer> body) {
        Messages m = BatchContext.messages(top);
        if (badUrl(top, err, m)) {
            return Failures.USAGE;
        }
        ServerStore store = connect(top, err, m);
        if (store == null) {
            return UNREACHABLE;
        }
        try (store) {
            return BatchContext.guarded(top, err, () -> body.apply(Gates.forServer(store, BatchContext.clock())));
        }
    }

    /** The opened server, or null when it cannot be used (told on {@code err}). */
    /** Whether {@code --server} is no PostgreSQL JDBC URL (told on {@code err}). */
    static boolean badUrl(HuyangCommand top, PrintWriter err, Messages m) {
        if (top.server().toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql://")) {
            return false;
        }
        err.println(m.get("cli.server.badUrl", top.server()));
        err.flush();
        return true;
    }

    static ServerStore connect(HuyangCommand top, PrintWriter err, Messages m) {
        char[] password = Passwords.read(Passwords.DB_VARIABLE,
                m.get("cli.server.passwordPrompt", top.dbUser(), location(top)), m, err);
        if (password == null) {
            return null;
        }
        try {
            return ServerStore.open(top.server(), top.dbUser(), new String(password),
                    DataFolder.resolve(top.dataDir()), BatchContext.clock());
        } catch (ServerTooOldException e) {
            err.println(e.render(m));
        } catch (IllegalStateException e) {
            String why = ServerSettings.fromUrl(top.server(), top.dbUser(), new String(password))
                    .map(s -> new ServerProbe(m).whyNot(s))
                    .orElseGet(() -> m.get("startup.server.failed", location(top)));
            err.println(m.get("cli.server.unusable", location(top), why));
        } finally {
            Arrays.fill(password, '\0');
            err.flush();
        }
        return null;
    }
}
