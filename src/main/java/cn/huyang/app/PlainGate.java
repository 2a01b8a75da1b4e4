package cn.huyang.app;

import cn.huyang.access.Account;
import cn.huyang.access.AccountRepository;
import cn.huyang.access.AccountService;
import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditLog;
import cn.huyang.access.AuditRepository;
import cn.huyang.access.Credentials;
import cn.huyang.access.TextKeyRepository;
import cn.huyang.access.TextKeys;
import cn.huyang.access.Access;
import cn.huyang.access.LoginRefusedException;
import cn.huyang.access.Session;
import cn.huyang.common.Progress;
import cn.huyang.db.Store;
import cn.huyang.security.LoginThrottle;
import java.time.Clock;

/**
 * The gate of a store that is open already and keeps its accounts' password hashes itself, with no
 * key ring: the shared server, and the tests of the screens. Wrong passwords are counted in the audit
 * log (five in a row slow the name down); the encrypted data folder on a PC uses {@code LocalGate}.
 */
public final class PlainGate implements Gate {
    private final Store store;
    private final Clock clock;

    public PlainGate(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public FolderState state() {
        return accounts(Session.system()).hasAccounts() ? FolderState.LOGIN : FolderState.NEW;
    }

    @Override
    public Opening create(String adminName, String displayName, char[] password) {
        Session session = Session.system();
        Account admin = accounts(session, textKeys().following(Credentials.NONE, TextKeys.Held.none()))
                .createFirstAdministrator(adminName, displayName, password);
        session.switchTo(admin.actor());
        audit(session).record(AuditAction.LOGIN, "account", admin.userName(), (String) null);
        return opening(session, textKeys().unlock(admin.userName(), password), false);
    }

    @Override
    public Opening upgrade(String adminName, String displayName, char[] password, Progress progress) {
        return create(adminName, displayName, password);
    }

    @Override
    public Opening login(String userName, char[] password) {
        Session session = Session.system();
        refuseWhileThrottled(userName);
        Account a;
        try {
            a = accounts(session).authenticate(userName, password);
        } catch (LoginRefusedException e) {
            audit(session).recordFor(userName == null ? "" : cut(userName), null, AuditAction.LOGIN_FAILED,
                    java.time.LocalDateTime.now(clock), null);
            throw e;
        }
        session.switchTo(a.actor());
        audit(session).record(AuditAction.LOGIN, "account", a.userName(), (String) null);
        return opening(session, textKeys().unlock(a.userName(), password), a.mustChangePassword());
    }

    @Override
    public Opening recover(String typedRecoveryKey, String adminName, char[] newPassword) {
        throw new LoginRefusedException("login.wrongRecoveryKey");
    }

    /**
     * After five wrong passwords in a row for a name, the next attempt waits (30 s, doubling up to 15
     * minutes, as on a PC's data folder), counted from the audit log that every PC writes to: the
     * attempt is refused unchecked and not counted.
     */
    private void refuseWhileThrottled(String userName) {
        if (userName == null) {
            return;
        }
        AuditRepository.FailuresInRow failures = new AuditRepository(store.dsl())
                .failuresInRow(cut(userName), LoginThrottle.FREE_ATTEMPTS + 12);
        long wait = LoginThrottle.waitMillis(failures.count());
        if (wait > 0) {
            long last = failures.last().atZone(clock.getZone()).toInstant().toEpochMilli();
            long seconds = LoginThrottle.secondsLeft(clock.millis(), last + wait);
            if (seconds > 0) {
                throw new LoginRefusedException("login.tooMany", seconds);
            }
        }
    }

    private Opening opening(Session session, TextKeys.Held held, boolean mustChange) {
        return new Opening(store, session, textKeys().following(Credentials.NONE, held),
                (user, pw) -> accounts(Session.system()).authenticate(user, pw), null, null, mustChange, held.cipher());
    }

    private AccountService accounts(Session session) {
        return accounts(session, Credentials.NONE);
    }

    private AccountService accounts(Session session, Credentials credentials) {
        Access access = Access.of(session, new AuditRepository(store.dsl()), store.transactor(), clock);
        return new AccountService(store.transactor(), new AccountRepository(store.dsl()), access,
                Argon2Hasher.INSTANCE, credentials, clock);
    }

    private TextKeys textKeys() {
        return new TextKeys(store.transactor(), new TextKeyRepository(store.dsl()), clock);
    }

    private AuditLog audit(Session session) {
        return Access.of(session, new AuditRepository(store.dsl()), store.transactor(), clock).audit();
    }

    private static String cut(String s) {
        return s.length() > 64 ? s.substring(0, 64) : s;
    }
}
