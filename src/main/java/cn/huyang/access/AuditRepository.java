package cn.huyang.access;

import static cn.huyang.db.jooq.Tables.APP_USER;
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

    /** Adds a row; its id. */
    public long insert(AuditEntry e) {
        AuditEventRecord r = dsl.newRecord(AUDIT_EVENT);
        r.setAt(e.at());
        r.setUserName(e.userName());
        r.setUserRole(e.role() == null ? null : e.role().name());
        r.setAction(e.action());
        r.setEntity(e.entity());
        r.setEntityId(e.entityId());
        r.setDetails(e.details());
        r.store();
        return r.getId();
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

    /**
     * Who changed a record last and when: the latest row about it, or a bulk step written after that
     * row (an import, the demo data, a restore: one row for many records, with no id), whichever is
     * newer. The name is the account's display name where the account is known. A null id: the
     * entity's rows without one (the unit's details).
     */
    public java.util.Optional<LastChange> lastChange(String entity, String entityId) {
        var user = APP_USER.as("u");
        var latest = dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.AT, AUDIT_EVENT.USER_NAME, user.DISPLAY_NAME)
                .from(AUDIT_EVENT).leftJoin(user).on(user.USER_NAME.eq(AUDIT_EVENT.USER_NAME));
        var own = latest.where(AUDIT_EVENT.ENTITY.eq(entity))
                .and(entityId == null ? AUDIT_EVENT.ENTITY_ID.isNull() : AUDIT_EVENT.ENTITY_ID.eq(entityId))
                .orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchOptional();
        long after = own.map(r -> r.value1()).orElse(0L);
        var bulk = dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.AT, AUDIT_EVENT.USER_NAME, user.DISPLAY_NAME)
                .from(AUDIT_EVENT).leftJoin(user).on(user.USER_NAME.eq(AUDIT_EVENT.USER_NAME))
                .where(AUDIT_EVENT.ENTITY_ID.isNull()).and(AUDIT_EVENT.ID.gt(after))
                .and(AUDIT_EVENT.ACTION.in(AuditAction.IMPORT.name(), AuditAction.DEMO.name(),
                        AuditAction.RESTORE.name()))
                .orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchOptional();
        return bulk.or(() -> own).map(r -> new LastChange(r.value3(),
                r.value4() == null ? r.value3() : r.value4(), r.value2()));
    }

    /** The newest row's id: every change writes a row, so this moves whenever the data may have. */
    public long lastId() {
        Long max = dsl.select(org.jooq.impl.DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    /**
     * Where the audit log stands: its newest id and how many rows there are among the hundred ids
     * before it, which also moves when a row commits late with a lower id (two PCs writing at once).
     */
    public ChangeMark mark() {
        long last = lastId();
        return new ChangeMark(last, dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ID.gt(last - 100)));
    }

    /** The newest audit id and the rows just before it: unchanged while the data is. */
    public record ChangeMark(long lastId, int recent) {
    }

    /** What one audit row says was done: its action and the kind of record. */
    public record ActionOn(String action, String entity) {
    }

    /**
     * What the rows after {@code from} up to {@code to} did, oldest first; null when that cannot be told
     * whole: a row committed late among the hundred before {@code from} (their count moved), or more than
     * {@code limit} rows.
     */
    public java.util.List<ActionOn> between(ChangeMark from, ChangeMark to, int limit) {
        int before = dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ID.gt(from.lastId() - 100)
                .and(AUDIT_EVENT.ID.le(from.lastId())));
        if (before != from.recent()) {
            return null;
        }
        var rows = dsl.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.ENTITY).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ID.gt(from.lastId())).and(AUDIT_EVENT.ID.le(to.lastId()))
                .orderBy(AUDIT_EVENT.ID).limit(limit + 1).fetch(r -> new ActionOn(r.value1(), r.value2()));
        return rows.size() > limit ? null : rows;
    }

    /** The rows written after {@code afterId}, oldest first, at most {@code limit}: id, time, user, action and entity. */
    public java.util.List<AuditEntry> after(long afterId, int limit) {
        return dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.AT, AUDIT_EVENT.USER_NAME, AUDIT_EVENT.ACTION, AUDIT_EVENT.ENTITY)
                .from(AUDIT_EVENT).where(AUDIT_EVENT.ID.gt(afterId)).orderBy(AUDIT_EVENT.ID).limit(limit)
                .fetch(r -> new AuditEntry(r.value1(), r.value2(), r.value3(), null, r.value4(), r.value5(), null, null));
    }

    /** The name to show for a user: the account's display name, else the user name as written. */
    public String displayName(String userName) {
        return dsl.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.USER_NAME.eq(userName))
                .fetchOptional(0, String.class).orElse(userName);
    }

    /**
     * The wrong passwords in a row for a name (its LOGIN_FAILED rows since its last LOGIN, at most
     * {@code limit}) and the time of the newest; read through the (user_name, at) index.
     */
    public FailuresInRow failuresInRow(String userName, int limit) {
        var rows = dsl.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.AT).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.USER_NAME.eq(userName))
                .and(AUDIT_EVENT.ACTION.in(AuditAction.LOGIN.name(), AuditAction.LOGIN_FAILED.name()))
                .orderBy(AUDIT_EVENT.AT.desc(), AUDIT_EVENT.ID.desc()).limit(limit).fetch();
        int n = 0;
        while (n < rows.size() && AuditAction.LOGIN_FAILED.name().equals(rows.get(n).value1())) {
            n++;
        }
        return new FailuresInRow(n, n == 0 ? null : rows.get(0).value2());
    }

    /** Wrong passwords in a row and when the last one was typed (null for none). */
    public record FailuresInRow(int count, java.time.LocalDateTime last) {
    }

    /** Who changed a record last (the user name and the name to show) and when. */
    public record LastChange(String userName, String displayName, java.time.LocalDateTime at) {
    }

    public int count() {
        return dsl.fetchCount(AUDIT_EVENT);
    }
}
