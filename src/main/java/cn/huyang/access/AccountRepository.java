package cn.huyang.access;

import static cn.huyang.db.jooq.Tables.APP_USER;
import static cn.huyang.db.jooq.Tables.COUNSELOR;

import cn.huyang.db.jooq.AppUserRecord;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The accounts: added and changed, never deleted. */
public class AccountRepository {
    private final DSLContext dsl;

    public AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether a 辅导员 account's counselor has left (离职注销): such an account does not log in. */
    public boolean counselorDeregistered(long counselorId) {
        return dsl.fetchExists(COUNSELOR, COUNSELOR.ID.eq(counselorId).and(COUNSELOR.STATUS.eq("DEREGISTERED")));
    }

    public List<Account> findAll() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.ID).fetch(AccountRepository::account);
    }

    public Optional<Account> find(String userName) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USER_NAME.eq(userName)).fetchOptional(AccountRepository::account);
    }

    public Optional<String> passwordHash(String userName) {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USER_NAME.eq(userName))
                .fetchOptional(APP_USER.PASSWORD_HASH);
    }

    public int count() {
        return dsl.fetchCount(APP_USER);
    }

    public long insert(Account a, String passwordHash) {
        AppUserRecord r = dsl.newRecord(APP_USER);
        r.setUserName(a.userName());
        r.setDisplayName(a.displayName());
        r.setRole(a.role().name());
        r.setDepartmentId(a.departmentId());
        r.setCounselorId(a.counselorId());
        r.setDisabled(a.disabled());
        r.setMustChangePassword(a.mustChangePassword());
        r.setPasswordHash(passwordHash);
        r.setCreatedAt(a.createdAt());
        r.store();
        return r.getId();
    }

    public void setPassword(long id, String passwordHash, boolean mustChange) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).set(APP_USER.MUST_CHANGE_PASSWORD, mustChange)
                .where(APP_USER.ID.eq(id)).execute();
    }

    public void setDisabled(long id, boolean disabled) {
        dsl.update(APP_USER).set(APP_USER.DISABLED, disabled).where(APP_USER.ID.eq(id)).execute();
    }

    private static Account account(AppUserRecord r) {
        return new Account(r.getId(), r.getUserName(), r.getDisplayName(), Role.valueOf(r.getRole()),
                r.getDepartmentId(), r.getCounselorId(), Boolean.TRUE.equals(r.getDisabled()), Boolean.TRUE.equals(r.getMustChangePassword()),
                r.getCreatedAt() == null ? LocalDateTime.MIN : r.getCreatedAt());
    }
}
