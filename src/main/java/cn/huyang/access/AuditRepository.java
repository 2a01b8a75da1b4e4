package cn.huyang.access;

import static cn.huyang.db.jooq.Tables.AUDIT_EVENT;

import cn.huyang.db.jooq.AuditEventRecord;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The audit rows: added, read, never changed or deleted. */
public class AuditRepository {
    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(AuditEntry e) {
        AuditEventRecord r = dsl.newRecord(AUDIT_EVENT);
        r.setAt(e.at());
        r.setUserName(e.userName());
        r.setUserRole(e.role() == null ? null : e.role().name());
        r.setAction(e.action());
        r.setEntity(e.entity());
        r.setEntityId(e.entityId());
        r.setDetails(e.details());
        r.store();
    }

    /** The rows matching the query, newest first. */
    public List<AuditEntry> find(AuditQuery q) {
        List<Condition> where = new ArrayList<>();
        if (q.userName() != null) {
            where.add(AUDIT_EVENT.USER_NAME.eq(q.userName()));
        }
        if (q.from() != null) {
            where.add(AUDIT_EVENT.AT.ge(q.from().atStartOfDay()));
        }
        if (q.to() != null) {
            where.add(AUDIT_EVENT.AT.lt(q.to().plusDays(1).atStartOfDay()));
        }
        if (q.entity() != null) {
            where.add(AUDIT_EVENT.ENTITY.eq(q.entity()));
        }
        if (q.action() != null) {
            where.add(AUDIT_EVENT.ACTION.eq(q.action()));
        }
        return dsl.selectFrom(AUDIT_EVENT).where(DSL.and(where)).orderBy(AUDIT_EVENT.ID.desc())
                .limit(q.limit()).fetch(r -> new AuditEntry(r.getId(), r.getAt(), r.getUserName(),
                        r.getUserRole() == null ? null : Role.valueOf(r.getUserRole()), r.getAction(),
                        r.getEntity(), r.getEntityId(), r.getDetails()));
    }

    public int count() {
        return dsl.fetchCount(AUDIT_EVENT);
    }
}
