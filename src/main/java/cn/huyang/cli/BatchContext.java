package cn.huyang.cli;

import cn.huyang.access.LoginRefusedException;
import cn.huyang.app.AppContext;
import cn.huyang.app.FolderState;
import cn.huyang.app.Gate;
import cn.huyang.app.Gates;
import cn.huyang.app.Opening;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.BackupTexts;
import cn.huyang.db.DataFolder;
import cn.huyang.db.DatabaseInUseException;
import cn.huyang.db.SchemaTooNewException;
import cn.huyang.db.Store;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the data folder for one batch command as the user named by {@code --user} (the password
 * from {@code HUYANG_PASSWORD} or the console) and closes it after; reports a folder in use, a
 * database from a newer version, a folder without accounts and a wrong password plainly. Makes the
 * day's first backup, like the window.
 */
final class BatchContext {
    private static final Logger LOG = LoggerFactory.getLogger(BatchContext.class);
    static final int IN_USE = 3;
    static final int TOO_NEW = 4;
    /** Today for the commands; tests fix it. */
    private static volatile Clock clock = Clock.systemDefaultZone();

    private BatchContext() {
    }

    /** Runs {@code body} for the logged-in user (refused while the user must change their password). */
    static int run(HuyangCommand top, PrintWriter err, Function<AppContext, Integer> body) {
        return login(top, err, false, (ctx, password) -> body.apply(ctx));
    }

    /** Runs {@code body} for the logged-in user, giving it the password (an encrypted backup opens with it). */
    static int runWithPassword(HuyangCommand top, PrintWriter err, BiFunction<AppContext, char[], Integer> body) {
        return login(top, err, false, body);
    }

    /** Runs {@code body} for the logged-in user even when they must change their password; it gets the password. */
    static int runAllowingPasswordChange(HuyangCommand top, PrintWriter err,
                                         BiFunction<AppContext, char[], Integer> body) {
        return login(top, err, true, body);
    }

    private static int login(HuyangCommand top, PrintWriter err, boolean mayChangePassword,
                             BiFunction<AppContext, char[], Integer> body) {
        return open(top, err, gate -> loginAt(gate, top, err, mayChangePassword, body));
    }

    /** Logs in at the data folder on this PC, whatever {@code --server} says ({@code migrate-to-server}). */
    static int runLocal(HuyangCommand top, PrintWriter err, Function<AppContext, Integer> body) {
        return openLocal(top, err, gate -> loginAt(gate, top, err, false, (ctx, password) -> body.apply(ctx)));
    }

    private static int loginAt(Gate gate, HuyangCommand top, PrintWriter err, boolean mayChangePassword,
                               BiFunction<AppContext, char[], Integer> body) {
        FolderState state = gate.state();
        Messages m = messages(top);
        if (state != FolderState.LOGIN) {
            err.println(top.server() != null && state == FolderState.NEW
                    ? m.get("cli.server.notInitialised", ServerContext.location(top))
                    : m.get(state == FolderState.NEW ? "cli.notInitialised" : "cli.needsUpgrade",
                    DataFolder.resolve(top.dataDir()).path()));
            err.flush();
            return Failures.LOGIN;
        }
        if (top.user() == null) {
            err.println(m.get("cli.userRequired"));
            err.flush();
            return Failures.USAGE;
        }
        char[] password = Passwords.read(m.get("cli.passwordPrompt", top.user()), m, err);
        if (password == null) {
            return Failures.LOGIN;
        }
        try {
            Opening opening = gate.login(top.user(), password);
            if (opening.mustChangePassword() && !mayChangePassword) {
                opening.store().close();
                err.println(m.get("cli.mustChangePassword", top.user()));
                err.flush();
                return Failures.LOGIN;
            }
            return runOpened(opening, m, ctx -> body.apply(ctx, password));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /** Runs {@code body} on the gate of the folder: {@code init} and {@code demo} on a new folder. */
    static int open(HuyangCommand top, PrintWriter err, Function<Gate, Integer> body) {
        if (top.server() != null) {
            return ServerContext.open(top, err, body);
        }
        return openLocal(top, err, body);
    }

    /** Runs {@code body} on the gate of the data folder on this PC, whatever {@code --server} says. */
    static int openLocal(HuyangCommand top, PrintWriter err, Function<Gate, Integer> body) {
        DataFolder folder = DataFolder.resolve(top.dataDir());
        return guarded(top, err, () -> body.apply(Gates.forFolder(folder, clock)));
    }

    /** Runs {@code work}, telling the refusals of opening and logging in plainly. */
    static int guarded(HuyangCommand top, PrintWriter err, java.util.function.Supplier<Integer> work) {
        Messages messages = messages(top);
        try {
            return work.get();
        } catch (DatabaseInUseException e) {
            err.println(messages.get("error.inUse", e.folder()));
            return IN_USE;
        } catch (SchemaTooNewException e) {
            err.println(BackupTexts.schemaTooNew(e, messages));
            return TOO_NEW;
        } catch (LoginRefusedException e) {
            err.println(e.render(messages));
            return Failures.LOGIN;
        } catch (ValidationException e) {
            err.println(e.render(messages));
            return Failures.FAILED;
        } finally {
            err.flush();
        }
    }

    /** Runs {@code body} on a folder opened at the gate, then closes it. */
    static int runOpened(Opening opening, Messages m, Function<AppContext, Integer> body) {
        try (Store store = opening.store()) {
            try {
                if (!(store instanceof cn.huyang.db.ServerStore)) { // the server is backed up by its own schedule
                    store.backups().dailyIfDue();
                }
            } catch (RuntimeException e) {
                LOG.error("Daily backup failed", e); // the command still runs; the window reports it
            }
            return body.apply(new AppContext(opening, m, clock));
        }
    }

    static Messages messages(HuyangCommand top) {
        return Messages.forLanguage(top.lang());
    }

    static Clock clock() {
        return clock;
    }

    /** Runs the commands with this clock (tests fix today); null restores the system clock. */
    static void useClock(Clock fixed) {
        clock = fixed == null ? Clock.systemDefaultZone() : fixed;
    }
}
