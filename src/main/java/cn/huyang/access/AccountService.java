package cn.huyang.access;

import cn.huyang.common.FieldError;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The accounts: an administrator adds users, resets a password (to be changed at the next login)
 * and disables an account (never deletes it); each user changes their own password. Every change
 * is audited in its transaction; the key ring follows through {@link Credentials}.
 */
public final class AccountService {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");

    private final Transactor tx;
    private final AccountRepository accounts;
    private final Access access;
    private final PasswordHasher hasher;
    private final Credentials credentials;
    private final Clock clock;

    public AccountService(Transactor tx, AccountRepository accounts, Access access, PasswordHasher hasher,
                          Credentials credentials, Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.access = access;
        this.hasher = hasher;
        this.credentials = credentials;
        this.clock = clock;
    }

    /** Whether any account exists: none on a fresh or not yet upgraded data folder. */
    public boolean hasAccounts() {
        return accounts.count() > 0;
    }

    public List<Account> accounts() {
        access.guard().require(Operation.ACCOUNTS_MANAGE);
        return accounts.findAll();
    }

    /** The account of a user name, for the login (no right needed). */
    public Optional<Account> account(String userName) {
        return userName == null ? Optional.empty() : accounts.find(userName.strip());
    }

    /** The first administrator of a data folder: only while there is no account at all. */
    public Account createFirstAdministrator(String userName, String displayName, char[] password) {
        return tx.inTransaction(() -> {
            if (accounts.count() > 0) {
                throw new NotPermittedException(Operation.ACCOUNTS_MANAGE, null, false);
            }
            return insert(userName, displayName, Role.ADMIN, null, null, password, false);
        });
    }

    /** A new user with a first password, which they must change at their first login. */
    public Account create(String userName, String displayName, Role role, Long departmentId, char[] password) {
        return create(userName, displayName, role, departmentId, null, password);
    }

    /** A new user; a 辅导员 account names its counselor (the roster's id), every other role none. */
    public Account create(String userName, String displayName, Role role, Long departmentId, Long counselorId,
                          char[] password) {
        access.guard().require(Operation.ACCOUNTS_MANAGE);
        return tx.inTransaction(() -> insert(userName, displayName, role, departmentId, counselorId, password, true));
    }

    /** Refuses, naming the field, a new account's name, role, department or password that cannot be. */
    public static void checkNewAccount(String rawName, String rawDisplay, Role role, Long departmentId,
                                       char[] password) {
        checkNewAccount(rawName, rawDisplay, role, departmentId, null, password);
    }

    /** As above, with the counselor a 辅导员 account belongs to (required for that role, refused for the others). */
    public static void checkNewAccount(String rawName, String rawDisplay, Role role, Long departmentId,
                                       Long counselorId, char[] password) {
        String name = Text.clean(rawName);
        String display = Text.clean(rawDisplay) == null ? name : Text.clean(rawDisplay);
        if (name == null) {
            throw new ValidationException(FieldError.of("field.userName", "validation.required"));
        }
        if (!NAME.matcher(name).matches()) {
            throw new ValidationException(FieldError.of("field.userName", "validation.userName"));
        }
        if (display.length() > 100 || Text.hasControl(display)) {
            throw new ValidationException(FieldError.of("field.displayName", "validation.tooLong", 100));
        }
        if (role == null) {
            throw new ValidationException(FieldError.of("field.role", "validation.required"));
        }
        if ((role == Role.DEPARTMENT) != (departmentId != null)) {
            throw new ValidationException(FieldError.of("field.department", role == Role.DEPARTMENT
                    ? "validation.required" : "validation.departmentOnlyForDepartmentRole"));
        }
        if ((role == Role.COUNSELOR) != (counselorId != null)) {
            throw new ValidationException(FieldError.of("field.counselor", role == Role.COUNSELOR
                    ? "validation.required" : "validation.counselorOnlyForCounselorRole"));
        }
        PasswordRules.check("field.password", password);
    }

    private Account insert(String rawName, String rawDisplay, Role role, Long departmentId, Long counselorId,
                           char[] password, boolean mustChange) {
        checkNewAccount(rawName, rawDisplay, role, departmentId, counselorId, password);
        String name = Text.clean(rawName);
        String display = Text.clean(rawDisplay) == null ? name : Text.clean(rawDisplay);
        if (accounts.find(name).isPresent()) {
            throw new ValidationException(FieldError.of("field.userName", "validation.duplicate", name));
        }
        if (counselorId != null && accounts.findAll().stream().anyMatch(a -> counselorId.equals(a.counselorId()))) {
            throw new ValidationException(FieldError.of("field.counselor", "validation.counselorHasAccount"));
        }
        Account draft = new Account(0, name, display, role, departmentId, counselorId, false, mustChange, now());
        long id = accounts.insert(draft, hasher.hash(password));
        Account stored = new Account(id, name, display, role, departmentId, counselorId, false, mustChange,
                draft.createdAt());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("role", role.name());
        if (departmentId != null) {
            details.put("departmentId", departmentId);
        }
        if (counselorId != null) {
            details.put("counselorId", counselorId);
        }
        access.audit().record(AuditAction.ACCOUNT_CREATE, "account", name, details);
        credentials.put(name, password);
        return stored;
    }

    /** A new password set by an administrator; the user must change it at the next login. */
    public void resetPassword(String userName, char[] temporary) {
        access.guard().require(Operation.ACCOUNTS_MANAGE);
        PasswordRules.check("field.password", temporary);
        tx.inTransaction(() -> {
            Account a = existing(userName);
            if (a.disabled()) {
                throw new ValidationException(FieldError.of("field.userName", "validation.accountDisabled", a.userName()));
            }
            accounts.setPassword(a.id(), hasher.hash(temporary), true);
            access.audit().record(AuditAction.PASSWORD_RESET, "account", a.userName(), (String) null);
            credentials.put(a.userName(), temporary);
        });
    }

    /** Disables an account: it can no longer log in; its rows and audit history stay. */
    public void disable(String userName) {
        access.guard().require(Operation.ACCOUNTS_MANAGE);
        tx.inTransaction(() -> {
            Account a = existing(userName);
            if (a.userName().equals(access.actor().userName())) {
                throw new ValidationException(FieldError.of("field.userName", "validation.disableSelf"));
            }
            if (a.role() == Role.ADMIN && accounts.findAll().stream()
                    .filter(x -> x.role() == Role.ADMIN && !x.disabled()).count() <= 1) {
                throw new ValidationException(FieldError.of("field.userName", "validation.lastAdministrator"));
            }
            accounts.setDisabled(a.id(), true);
            access.audit().record(AuditAction.ACCOUNT_DISABLE, "account", a.userName(), (String) null);
            credentials.remove(a.userName());
        });
    }

    /** The user working now changes their own password, giving the current one. */
    public void changeOwnPassword(char[] current, char[] next) {
        Account a = existing(access.actor().userName());
        String hash = accounts.passwordHash(a.userName()).orElse(null);
        if (hash == null || !hasher.verify(hash, current)) {
            throw new ValidationException(FieldError.of("field.currentPassword", "validation.passwordWrong"));
        }
        PasswordRules.check("field.newPassword", next);
        if (java.util.Arrays.equals(current, next)) {
            throw new ValidationException(FieldError.of("field.newPassword", "validation.passwordSame"));
        }
        tx.inTransaction(() -> {
            accounts.setPassword(a.id(), hasher.hash(next), false);
            access.audit().record(AuditAction.PASSWORD_CHANGE, "account", a.userName(), (String) null);
            credentials.put(a.userName(), next);
        });
    }

    /**
     * A lost administrator password, after the recovery key opened the folder: the administrator
     * working now (the session is theirs) gets a new password, without having to change it again.
     */
    public void recoverAdministrator(char[] next) {
        Account a = existing(access.actor().userName());
        if (a.role() != Role.ADMIN || a.disabled()) {
            throw new NotPermittedException(Operation.ACCOUNTS_MANAGE, a.role(), false);
        }
        PasswordRules.check("field.newPassword", next);
        tx.inTransaction(() -> {
            accounts.setPassword(a.id(), hasher.hash(next), false);
            access.audit().record(AuditAction.RECOVER, "account", a.userName(), (String) null);
            credentials.put(a.userName(), next);
        });
    }

    /**
     * Checks a user's password against the stored hash (a store without a key ring: the shared
     * server, a data folder not yet encrypted): the account, or the same refusal for a wrong name or
     * password, or a refusal for a disabled account.
     */
    public Account authenticate(String userName, char[] password) {
        Account a = account(userName).orElse(null);
        String hash = a == null ? null : accounts.passwordHash(a.userName()).orElse(null);
        if (a == null || hash == null || !hasher.verify(hash, password)) {
            throw new LoginRefusedException("login.wrong");
        }
        String refused = refusal(a);
        if (refused != null) {
            throw new LoginRefusedException(refused);
        }
        return a;
    }

    /**
     * Why an account with the right password still may not log in, as a message key, or null: it is
     * disabled, or it is a 辅导员's whose counselor has left (离职注销; it logs in again once re-registered).
     */
    public String refusal(Account a) {
        if (a.disabled()) {
            return "login.disabled";
        }
        return a.counselorId() != null && accounts.counselorDeregistered(a.counselorId()) ? "login.departed" : null;
    }

    private Account existing(String userName) {
        return account(userName).orElseThrow(() ->
                new ValidationException(FieldError.of("field.userName", "validation.noSuchUser", userName)));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
