package cn.huyang.app;

import static cn.huyang.db.jooq.Tables.APP_USER;
import static cn.huyang.db.jooq.Tables.AUDIT_EVENT;
import static cn.huyang.db.jooq.Tables.DEPARTMENT;

import cn.huyang.db.jooq.AppUserRecord;
import cn.huyang.db.jooq.AuditEventRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Result;

/**
 * The accounts and audit rows of a data folder, read before a restore and put back after it: an
 * account of this folder replaces the backup's of the same name (unless its department is not in
 * the backup's data), the backup's other accounts stay; the audit rows of both are kept, each once.
 */
final class KeptRows {
    private final Result<AppUserRecord> accounts;
    private final Result<AuditEventRecord> audit;

    private KeptRows(Result<AppUserRecord> accounts, Result<AuditEventRecord> audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    static KeptRows read(DSLContext dsl) {
        return new KeptRows(dsl.selectFrom(APP_USER).fetch(), dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch());
    }

    void putBack(DSLContext dsl) {
        Set<Long> departments = new HashSet<>(dsl.select(DEPARTMENT.ID).from(DEPARTMENT).fetch(DEPARTMENT.ID));
        for (AppUserRecord a : accounts) {
            if (a.getDepartmentId() != null && !departments.contains(a.getDepartmentId())) {
                continue;
            }
            dsl.deleteFrom(APP_USER).where(APP_USER.USER_NAME.eq(a.getUserName())).execute();
            AppUserRecord copy = dsl.newRecord(APP_USER, a);
            copy.changed(APP_USER.ID, false);
            copy.insert();
        }
        List<AuditEventRecord> restored = dsl.selectFrom(AUDIT_EVENT).fetch();
        Set<String> have = new HashSet<>();
        restored.forEach(r -> have.add(key(r)));
        List<AuditEventRecord> missing = new java.util.ArrayList<>();
        for (AuditEventRecord r : audit) {
            if (have.add(key(r))) {
                AuditEventRecord copy = dsl.newRecord(AUDIT_EVENT, r);
                copy.changed(AUDIT_EVENT.ID, false);
                missing.add(copy);
            }
        }
        // years of audit rows: written in batches, not one statement each
        for (int from = 0; from < missing.size(); from += 1000) {
            dsl.batchInsert(missing.subList(from, Math.min(missing.size(), from + 1000))).execute();
        }
    }

    private static String key(AuditEventRecord r) {
        return Objects.toString(r.getAt()) + '\u0001' + r.getUserName() + '\u0001' + r.getAction() + '\u0001'
                + r.getEntity() + '\u0001' + r.getEntityId() + '\u0001' + r.getDetails();
    }
}
