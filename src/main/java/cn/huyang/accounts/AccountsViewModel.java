package cn.huyang.accounts;

import cn.huyang.access.Account;
import cn.huyang.access.AccountService;
import cn.huyang.access.LockPolicy;
import cn.huyang.access.Role;
import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.Remembered;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 账户管理 without a screen: the accounts with their departments' names, adding a user (a first
 * password to be changed), resetting a password, disabling an account, and the idle-lock minutes of
 * this PC. Every call runs in the background; passwords come in as characters and are wiped.
 */
public final class AccountsViewModel {
    private final AccountService service;
    private final BackgroundRunner runner;
    private final Messages m;
    private final Supplier<Map<Long, String>> departmentSource;
    private final Remembered settings;
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final Map<Long, String> departments = new LinkedHashMap<>();
    private final Map<Long, String> counselors = new LinkedHashMap<>();
    private final Supplier<Map<Long, String>> counselorSource;
    private final IntegerProperty idleMinutes = new SimpleIntegerProperty();
    private Consumer<Throwable> onFailure = e -> { };
    private Consumer<String> onNotice = s -> { };

    /**
     * @param departments the departments (id → name), read in the background
     * @param counselors  the counselors in post a 辅导员 account may belong to (id → name and department)
     */
    public AccountsViewModel(AccountService service, BackgroundRunner runner, Messages m,
                             Supplier<Map<Long, String>> departments, Supplier<Map<Long, String>> counselors,
                             Remembered settings) {
        this.counselorSource = counselors;
        this.service = service;
        this.runner = runner;
        this.m = m;
        this.departmentSource = departments;
        this.settings = settings;
        idleMinutes.set(LockPolicy.idleMinutes(settings));
        idleMinutes.addListener((o, a, n) -> settings.put(LockPolicy.IDLE_MINUTES,
                String.valueOf(Math.max(1, Math.min(LockPolicy.MAX_MINUTES, n.intValue())))));
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** A failure that is no refusal of a value (a right the role lacks, the database): the window shows it. */
    public void fail(Throwable e) {
        onFailure.accept(e);
    }

    public void setOnNotice(Consumer<String> onNotice) {
        this.onNotice = onNotice;
    }

    public ObservableList<Account> accounts() {
        return accounts;
    }

    /** The departments a 系部 account may belong to, by id (known after {@link #load}). */
    public Map<Long, String> departments() {
        return departments;
    }

    /** The counselors a 辅导员 account may belong to, by id (known after {@link #load}). */
    public Map<Long, String> counselors() {
        return counselors;
    }

    public String counselorName(Long id) {
        return id == null ? "" : counselors.getOrDefault(id, String.valueOf(id));
    }

    /** The idle-lock minutes; a change is kept in the settings at once. */
    public IntegerProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public void load() {
        runner.run(m.get("accounts.loading"), p -> new Loaded(service.accounts(), departmentSource.get(),
                counselorSource.get()), loaded -> {
            departments.clear();
            departments.putAll(loaded.departments());
            counselors.clear();
            counselors.putAll(loaded.counselors());
            accounts.setAll(loaded.accounts());
        }, onFailure);
    }

    private record Loaded(List<Account> accounts, Map<Long, String> departments, Map<Long, String> counselors) {
    }

    public String departmentName(Long id) {
        return id == null ? m.get("accounts.noDepartment") : departments.getOrDefault(id, String.valueOf(id));
    }

    public String roleLabel(Role role) {
        return role == null ? "" : role.label(m);
    }

    /** A new account; {@code refused} hears a refusal (the dialog stays open), {@code done} the success. */
    public void add(String userName, String displayName, Role role, Long departmentId, Long counselorId,
                    char[] password, Runnable done, Consumer<Throwable> refused) {
        runner.run(m.get("accounts.saving"), p -> {
            try {
                return service.create(userName, displayName, role, departmentId, counselorId, password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }, a -> {
            onNotice.accept(m.get("accounts.added", a.userName()));
            done.run();
            load();
        }, refused);
    }

    /** A temporary password for an account, to be changed at its next login. */
    public void reset(Account account, char[] password, Runnable done, Consumer<Throwable> refused) {
        runner.run(m.get("accounts.saving"), p -> {
            try {
                service.resetPassword(account.userName(), password);
                return account;
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }, a -> {
            onNotice.accept(m.get("accounts.resetDone", a.userName()));
            done.run();
            load();
        }, refused);
    }

    /** Disables an account (after the confirmation the view asks for). */
    public void disable(Account account) {
        runner.run(m.get("accounts.saving"), p -> {
            service.disable(account.userName());
            return account;
        }, a -> {
            onNotice.accept(m.get("accounts.disabledDone", a.userName()));
            load();
        }, onFailure);
    }
}
