package cn.huyang.roster;

import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static cn.huyang.db.jooq.Tables.ROSTER_EVENT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.when;
import static org.jooq.impl.DSL.rowNumber;

import cn.huyang.db.jooq.RosterEventRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** The dated roster history: registration, leave, return, deregistration. */
public class RosterEventRepository {
    private final DSLContext dsl;

    public RosterEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long counselorId, RosterEventKind kind, LocalDate date, String reason) {
        return dsl.insertInto(ROSTER_EVENT)
                .set(ROSTER_EVENT.COUNSELOR_ID, counselorId)
                .set(ROSTER_EVENT.KIND, kind.name())
                .set(ROSTER_EVENT.EVENT_DATE, date)
                .set(ROSTER_EVENT.REASON, reason)
                .returningResult(ROSTER_EVENT.ID)
                .fetchOne(ROSTER_EVENT.ID);
    }

    /** Registers many counselors in one batch (a bulk import): a REGISTER event each, on its date. */
    public void insertRegistrations(Map<Long, LocalDate> dates) {
        List<RosterEventRecord> records = new ArrayList<>(dates.size());
        dates.forEach((id, date) -> {
            RosterEventRecord r = dsl.newRecord(ROSTER_EVENT);
            r.setCounselorId(id);
            r.setKind(RosterEventKind.REGISTER.name());
            r.setEventDate(date);
            records.add(r);
        });
        for (int from = 0; from < records.size(); from += 500) {
            var insert = dsl.insertInto(ROSTER_EVENT).set(records.get(from));
            for (int i = from + 1; i < Math.min(records.size(), from + 500); i++) {
                insert = insert.newRecord().set(records.get(i));
            }
            insert.execute();
        }
    }

    public List<RosterEvent> history(long counselorId) {
        return dsl.selectFrom(ROSTER_EVENT)
                .where(ROSTER_EVENT.COUNSELOR_ID.eq(counselorId))
                .orderBy(ROSTER_EVENT.EVENT_DATE, ROSTER_EVENT.ID)
                .fetch(RosterEventRepository::toEvent);
    }

    /** The latest event of a counselor, or null for none. */
    public RosterEvent latest(long counselorId) {
        return dsl.selectFrom(ROSTER_EVENT)
                .where(ROSTER_EVENT.COUNSELOR_ID.eq(counselorId))
                .orderBy(ROSTER_EVENT.EVENT_DATE.desc(), ROSTER_EVENT.ID.desc())
                .limit(1)
                .fetchOne(RosterEventRepository::toEvent);
    }

    /**
     * Counselors in post (在岗) on a date, counted per department and post type: those whose latest
     * event on or before the date is a registration or a return. One query, aggregated in SQL.
     */
    public List<PostCount> inPostOn(LocalDate date) {
        Table<?> latest = latestEventOn(date);
        return dsl.select(COUNSELOR.DEPARTMENT_ID, COUNSELOR.POST_TYPE, count())
                .from(COUNSELOR)
                .join(latest).on(latest.field(ROSTER_EVENT.COUNSELOR_ID).eq(COUNSELOR.ID))
                .where(inPost(latest))
                .groupBy(COUNSELOR.DEPARTMENT_ID, COUNSELOR.POST_TYPE)
                .fetch(r -> new PostCount(r.value1(), PostType.valueOf(r.value2()), r.value3()));
    }

    /** The ids of the counselors in post on a date. */
    public Set<Long> idsInPostOn(LocalDate date) {
        Table<?> latest = latestEventOn(date);
        return dsl.select(latest.field(ROSTER_EVENT.COUNSELOR_ID))
                .from(latest)
                .where(inPost(latest))
                .fetchSet(latest.field(ROSTER_EVENT.COUNSELOR_ID));
    }

    private Table<?> latestEventOn(LocalDate date) {
        Field<Integer> rn = rowNumber().over().partitionBy(ROSTER_EVENT.COUNSELOR_ID)
                .orderBy(ROSTER_EVENT.EVENT_DATE.desc(), ROSTER_EVENT.ID.desc()).as("rn");
        Table<?> ranked = dsl.select(ROSTER_EVENT.COUNSELOR_ID, ROSTER_EVENT.KIND, rn)
                .from(ROSTER_EVENT)
                .where(ROSTER_EVENT.EVENT_DATE.le(date))
                .asTable("ranked");
        return dsl.select(ranked.field(ROSTER_EVENT.COUNSELOR_ID), ranked.field(ROSTER_EVENT.KIND))
                .from(ranked)
                .where(ranked.field(rn).eq(1))
                .asTable("latest");
    }

    private static Condition inPost(Table<?> latest) {
        return latest.field(ROSTER_EVENT.KIND).in(RosterEventKind.REGISTER.name(), RosterEventKind.RETURN.name());
    }

    /**
     * The counselors in post at some time between two dates: in post on {@code from}, or registered
     * or back from leave after it. The value is true for a partial period: someone who joined, left,
     * went on leave or came back after {@code from}. Two queries, aggregated in SQL.
     */
    public Map<Long, Boolean> inPostDuring(LocalDate from, LocalDate to) {
        Map<Long, Boolean> out = new HashMap<>();
        for (Long id : idsInPostOn(from)) {
            out.put(id, false);
        }
        Field<Integer> enters = max(when(ROSTER_EVENT.KIND.in(RosterEventKind.REGISTER.name(),
                RosterEventKind.RETURN.name()), inline(1)).else_(inline(0)));
        dsl.select(ROSTER_EVENT.COUNSELOR_ID, enters)
                .from(ROSTER_EVENT)
                .where(ROSTER_EVENT.EVENT_DATE.gt(from).and(ROSTER_EVENT.EVENT_DATE.le(to)))
                .groupBy(ROSTER_EVENT.COUNSELOR_ID)
                .forEach(r -> {
                    if (out.containsKey(r.value1()) || r.value2() == 1) {
                        out.put(r.value1(), true);
                    }
                });
        return out;
    }

    /**
     * The histories of the given counselors (all of them when {@code ids} is null), oldest step first.
     * A long list of ids is not sent as an {@code IN} list (10,000 ids cost H2 about 1.5 s, the whole
     * table about 15 ms): the table is read whole and the others dropped.
     */
    public Map<Long, List<RosterEvent>> histories(Collection<Long> ids) {
        boolean few = ids != null && ids.size() <= IN_LIST_LIMIT;
        Set<Long> wanted = ids == null || few ? null : Set.copyOf(ids);
        Condition which = few ? ROSTER_EVENT.COUNSELOR_ID.in(ids) : noCondition();
        Map<Long, List<RosterEvent>> out = new HashMap<>();
        dsl.selectFrom(ROSTER_EVENT)
                .where(which)
                .orderBy(ROSTER_EVENT.COUNSELOR_ID, ROSTER_EVENT.EVENT_DATE, ROSTER_EVENT.ID)
                .forEach(r -> {
                    if (wanted == null || wanted.contains(r.getCounselorId())) {
                        out.computeIfAbsent(r.getCounselorId(), k -> new ArrayList<>()).add(toEvent(r));
                    }
                });
        return out;
    }

    /** The most ids a query names in an {@code IN} list; more are filtered in memory. */
    static final int IN_LIST_LIMIT = 500;

    /** Counselors in post on a date, per department and post type. */
    public record PostCount(long departmentId, PostType postType, int count) {
    }

    private static RosterEvent toEvent(RosterEventRecord r) {
        return new RosterEvent(r.getId(), r.getCounselorId(), RosterEventKind.valueOf(r.getKind()),
                r.getEventDate(), r.getReason(), r.getRecordedAt());
    }
}
