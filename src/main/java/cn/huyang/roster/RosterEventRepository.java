package cn.huyang.roster;

import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static cn.huyang.db.jooq.Tables.ROSTER_EVENT;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.when;

import cn.huyang.db.Stamps;
import cn.huyang.db.jooq.RosterEventRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/** The dated roster history: registration, leave, return, deregistration. */
public class RosterEventRepository {
    private final DSLContext dsl;

    private final Stamps stamps;

    public RosterEventRepository(DSLContext dsl, Stamps stamps) {
        this.dsl = dsl;
        this.stamps = stamps;
    }

    public long insert(long counselorId, RosterEventKind kind, LocalDate date, String reason) {
        return dsl.insertInto(ROSTER_EVENT)
                .set(ROSTER_EVENT.COUNSELOR_ID, counselorId)
                .set(ROSTER_EVENT.KIND, kind.name())
                .set(ROSTER_EVENT.EVENT_DATE, date)
                .set(ROSTER_EVENT.REASON, reason)
                .set(stamps.insert(ROSTER_EVENT))
                .returningResult(ROSTER_EVENT.ID)
                .fetchOne(ROSTER_EVENT.ID);
    }

    /** Registers many counselors in one batch (a bulk import): a REGISTER event each, on its date. */
    public void insertRegistrations(Map<Long, LocalDate> dates) {
        List<RosterEvent> events = new ArrayList<>(dates.size());
        dates.forEach((id, date) -> events.add(new RosterEvent(null, id, RosterEventKind.REGISTER, date, null, null)));
        insertAll(events);
    }

    /** Inserts many events (their counselor, kind, date and reason) in one JDBC batch, in order. */
    public void insertAll(List<RosterEvent> events) {
        List<RosterEventRecord> records = new ArrayList<>(events.size());
        for (RosterEvent e : events) {
            RosterEventRecord r = dsl.newRecord(ROSTER_EVENT);
            r.setCounselorId(e.counselorId());
            r.setKind(e.kind().name());
            r.setEventDate(e.date());
            r.setReason(e.reason());
            records.add(r);
        }
        stamps.batchInsert(dsl, ROSTER_EVENT, records, null);
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
     * event on or before the date is a registration or a return.
     */
    public List<PostCount> inPostOn(LocalDate date) {
        Set<Long> inPost = idsInPostOn(date);
        Map<List<Object>, Integer> counts = new HashMap<>();
        dsl.select(COUNSELOR.ID, COUNSELOR.DEPARTMENT_ID, COUNSELOR.POST_TYPE).from(COUNSELOR).forEach(r -> {
            if (inPost.contains(r.value1())) {
                counts.merge(java.util.Arrays.asList(r.value2(), r.value3()), 1, Integer::sum);
            }
        });
        List<PostCount> out = new ArrayList<>(counts.size());
        counts.forEach((k, n) -> out.add(new PostCount((Long) k.get(0), PostType.valueOf((String) k.get(1)), n)));
        return out;
    }

    /**
     * The ids of the counselors in post on a date. The latest event of each counselor is found in one
     * pass over the events up to the date (a few per counselor): H2's window functions took 100–300 ms
     * for the 12,000 events of 10,000 counselors, the pass takes a few.
     */
    public Set<Long> idsInPostOn(LocalDate date) {
        Map<Long, Latest> latest = new HashMap<>();
        dsl.select(ROSTER_EVENT.COUNSELOR_ID, ROSTER_EVENT.EVENT_DATE, ROSTER_EVENT.ID, ROSTER_EVENT.KIND)
                .from(ROSTER_EVENT)
                .where(ROSTER_EVENT.EVENT_DATE.le(date))
                .forEach(r -> latest.merge(r.value1(), new Latest(r.value2(), r.value3(), r.value4()), Latest::later));
        Set<Long> out = new HashSet<>();
        latest.forEach((id, e) -> {
            if (e.kind.equals(RosterEventKind.REGISTER.name()) || e.kind.equals(RosterEventKind.RETURN.name())) {
                out.add(id);
            }
        });
        return out;
    }

    /** One counselor's latest event so far: the later date wins, then the later id (the same day). */
    private record Latest(LocalDate date, long id, String kind) {
        static Latest later(Latest a, Latest b) {
            int c = a.date.compareTo(b.date);
            return c > 0 || c == 0 && a.id > b.id ? a : b;
        }
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
