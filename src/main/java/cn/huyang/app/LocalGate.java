package cn.huyang.app;

import cn.huyang.access.Access;
import cn.huyang.access.Account;
import cn.huyang.access.AccountRepository;
import cn.huyang.access.AccountService;
import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditLog;
import cn.huyang.access.AuditRepository;
import cn.huyang.access.Credentials;
import cn.huyang.access.TextKeyRepository;
import cn.huyang.access.TextKeys;
import cn.huyang.access.LoginRefusedException;
import cn.huyang.access.PasswordRules;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.common.Progress;
import cn.huyang.db.DataFolder;
import cn.huyang.db.FolderEncryption;
import cn.huyang.db.H2Store;
import cn.huyang.db.OwnerOnly;
import cn.huyang.security.FileKey;
import cn.huyang.security.KeyRing;
import cn.huyang.security.RecoveryKey;
import cn.huyang.security.SecurityRefusal;
import cn.huyang.security.TooManyAttemptsException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The gate of a data folder on this PC: the database is encrypted (H2 {@code CIPHER=AES}) with a
 * file key that only the key ring holds, wrapped under each user's password and under the recovery
 * key. Nothing is opened before a password (or the recovery key) unwraps it. Failed logins are
 * counted in the key ring (it slows down a sixth attempt) and written to the audit log at the next
 * login that opens the database.
 */
public final class LocalGate implements Gate {
    private final DataFolder folder;
    private final Clock clock;

    public LocalGate(DataFolder folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    @Override
    public FolderState state() {
        if (KeyRing.exists(folder.path())) {
            return FolderState.LOGIN;
        }
        return Files.exists(folder.databaseFile()) ? FolderState.UPGRADE : FolderState.NEW;
    }

    @Override
    public Opening create(String adminName, String displayName, char[] password) {
        AccountService.checkNewAccount(adminName, displayName, Role.ADMIN, null, password);
        try {
            OwnerOnly.createDirectories(folder.path()); // a data folder used for the first time may not exist yet
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        KeyRing.Created keys = KeyRing.create(folder.path(), adminName.strip(), password, clock);
        return firstAdministrator(keys, adminName, displayName, password, null);
    }

    @Override
    public Opening upgrade(String adminName, String displayName, char[] password, Progress progress) {
        AccountService.checkNewAccount(adminName, displayName, Role.ADMIN, null, password);
        FolderEncryption.Upgrade up = FolderEncryption.upgrade(folder, adminName.strip(), password, clock);
        return firstAdministrator(up.keys(), adminName, displayName, password, up);
    }

    private Opening firstAdministrator(KeyRing.Created keys, String adminName, String displayName, char[] password,
                                       FolderEncryption.Upgrade upgrade) {
        H2Store store = H2Store.open(folder, clock, keys.key());
        try {
            Session session = Session.system();
            TextKeys textKeys = textKeys(store);
            Credentials base = credentials(keys.ring(), keys.key());
            Account admin = accounts(store, session, textKeys.following(base, TextKeys.Held.none()))
                    .createFirstAdministrator(adminName, displayName, password);
            TextKeys.Held held = textKeys.unlock(admin.userName(), password);
            textKeys.putRecovery(keys.recovery(), held);
            Credentials credentials = textKeys.following(base, held);
            session.switchTo(admin.actor());
            AuditLog audit = audit(store, session);
            if (upgrade != null) {
                audit.record(AuditAction.ENCRYPT, "folder", null, (String) null);
            }
            audit.record(AuditAction.LOGIN, "account", admin.userName(), (String) null);
            return new Opening(store, session, credentials, check(keys.ring()), keys.recovery().formatted(),
                    upgrade == null ? null : upgrade.preMigrationBackup(), false, held.cipher());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public Opening login(String userName, char[] password) {
        String name = userName == null ? "" : userName.strip();
        KeyRing ring = KeyRing.load(folder.path(), clock);
        FileKey key = unlock(ring, name, password);
        H2Store store = H2Store.open(folder, clock, key);
        try {
            Session session = Session.system();
            AuditLog systemAudit = audit(store, session);
            for (KeyRing.FailedLogin f : ring.drainFailures()) {
                systemAudit.recordFor(f.user(), null, AuditAction.LOGIN_FAILED,
                        LocalDateTime.ofInstant(f.at(), ZoneId.systemDefault()), null);
            }
            Credentials base = credentials(ring, key);
            AccountService service = accounts(store, session, base);
            Account a = service.account(name).orElse(null);
            String refused = a == null ? "login.wrong" : service.refusal(a);
            if (refused != null) {
                systemAudit.recordFor(name, null, AuditAction.LOGIN_FAILED, LocalDateTime.now(clock),
                        a == null ? null : a.disabled() ? "{\"disabled\":true}" : "{\"departed\":true}");
                throw new LoginRefusedException(refused);
            }
            session.switchTo(a.actor());
            audit(store, session).record(AuditAction.LOGIN, "account", a.userName(), (String) null);
            TextKeys textKeys = textKeys(store);
            TextKeys.Held held = textKeys.unlock(a.userName(), password);
            return new Opening(store, session, textKeys.following(base, held), check(ring), null, null,
                    a.mustChangePassword(), held.cipher());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public Opening recover(String typedRecoveryKey, String adminName, char[] newPassword) {
        RecoveryKey rk;
        try {
            rk = RecoveryKey.parse(typedRecoveryKey == null ? "" : typedRecoveryKey);
        } catch (SecurityRefusal e) {
            throw new LoginRefusedException(e);
        }
        PasswordRules.check("field.newPassword", newPassword);
        KeyRing ring = KeyRing.load(folder.path(), clock);
        FileKey key;
        try {
            key = ring.recover(rk);
        } catch (SecurityRefusal e) {
            throw new LoginRefusedException(e);
        }
        H2Store store = H2Store.open(folder, clock, key);
        try {
            Session session = Session.system();
            TextKeys textKeys = textKeys(store);
            TextKeys.Held held = textKeys.recover(rk);
            Credentials credentials = textKeys.following(credentials(ring, key), held);
            AccountService accounts = accounts(store, session, credentials);
            Account a = accounts.account(adminName).filter(x -> x.role() == Role.ADMIN && !x.disabled())
                    .orElseThrow(() -> new LoginRefusedException("login.notAdministrator"));
            session.switchTo(a.actor());
            accounts(store, session, credentials).recoverAdministrator(newPassword);
            if (!held.holdsKey()) { // a folder older than the data key: its recovery key gets a pair now
                held = textKeys.unlock(a.userName(), newPassword);
                credentials = textKeys.following(credentials(ring, key), held);
            }
            textKeys.putRecovery(rk, held);
            return new Opening(store, session, credentials, check(ring), null, null, false, held.cipher());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Overwrites and deletes the unencrypted backup made before the upgrade and the older unencrypted ones. */
    @Override
    public void deletePlainBackup(java.nio.file.Path backup) throws java.io.IOException {
        java.util.Set<java.nio.file.Path> all = new java.util.LinkedHashSet<>(FolderEncryption.plainBackups(folder));
        all.add(backup);
        for (java.nio.file.Path p : all) {
            cn.huyang.security.SecureDelete.overwriteAndDelete(p);
        }
    }

    private static FileKey unlock(KeyRing ring, String name, char[] password) {
        try {
            return ring.unlock(name, password);
        } catch (TooManyAttemptsException e) {
            throw new LoginRefusedException("login.tooMany", e.waitSeconds());
        } catch (SecurityRefusal e) {
            throw new LoginRefusedException("login.wrong");
        }
    }

    private static Opening.PasswordCheck check(KeyRing ring) {
        return (user, password) -> unlock(ring, user, password).destroy();
    }

    private static Credentials credentials(KeyRing ring, FileKey key) {
        return new Credentials() {
            @Override
            public void put(String userName, char[] password) {
                ring.put(userName, password, key);
            }

            @Override
            public void remove(String userName) {
                ring.remove(userName);
            }
        };
    }

    private AccountService accounts(H2Store store, Session session, Credentials credentials) {
        return new AccountService(store.transactor(), new AccountRepository(store.dsl()), access(store, session),
                Argon2Hasher.INSTANCE, credentials, clock);
    }

    private TextKeys textKeys(H2Store store) {
        return new TextKeys(store.transactor(), new TextKeyRepository(store.dsl()), clock);
    }

    private AuditLog audit(H2Store store, Session session) {
        return access(store, session).audit();
    }

    private Access access(H2Store store, Session session) {
        return Access.of(session, new AuditRepository(store.dsl()), store.transactor(), clock);
    }
}
