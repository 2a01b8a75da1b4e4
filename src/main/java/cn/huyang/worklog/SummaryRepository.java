package cn.huyang.worklog;

import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static cn.huyang.db.jooq.Tables.WORK_JOURNAL;
import static cn.huyang.db.jooq.Tables.WORK_RECORD;
import static cn.huyang.db.jooq.Tables.WORK_RECORD_STUDENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * The counts of the summaries, each view ONE grouped statement over the period (by counselor or by
 * department): the records counted by kind and overdue follow-ups, joined to the students reached
 * counted apart (so that no record is counted once per student). No query per counselor.
 */
public class SummaryRepository {
    private final DSLContext dsl;

    public SummaryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The counts of the period by counselor (or by department), of one department or one counselor when given.
     *
     * @param today the day before which an open follow-up is overdue
     */
    public Map<Long, Counts> counts(LocalDate from, LocalDate to, LocalDate today, boolean byDepartment,
                                    Long departmentId, Long counselorId) {
        Field<Long> key = byDepartment ? COUNSELOR.DEPARTMENT_ID : WORK_RECORD.COUNSELOR_ID;
        Condition where = WORK_RECORD.OCCURRED_ON.between(from, to);
        if (departmentId != null) {
            where = where.and(COUNSELOR.DEPARTMENT_ID.eq(departmentId));
        }
        if (counselorId != null) {
            where = where.and(WORK_RECORD.COUNSELOR_ID.eq(counselorId));
        }
        var reached = dsl.select(key.as("k"), countDistinct(WORK_RECORD_STUDENT.STUDENT_ID).as("listed"),
                        count(when(WORK_RECORD_STUDENT.STUDENT_ID.isNull(), inline(1))).as("typed"))
                .from(WORK_RECORD_STUDENT)
                .join(WORK_RECORD).on(WORK_RECORD.ID.eq(WORK_RECORD_STUDENT.RECORD_ID))
                .join(COUNSELOR).on(COUNSELOR.ID.eq(WORK_RECORD.COUNSELOR_ID))
                .where(where)
                .groupBy(key)
                .asTable("st");
        var records = dsl.select(key.as("k"),
                        kind(RecordKind.TALK).as("talks"), kind(RecordKind.CLASS_VISIT).as("class_visits"),
                        kind(RecordKind.DORM_VISIT).as("dorm_visits"), kind(RecordKind.CLASS_MEETING).as("meetings"),
                        sum(when(WORK_RECORD.FOLLOW_UP_ON.lt(today).and(WORK_RECORD.FOLLOW_UP_DONE.isFalse()),
                                inline(1)).otherwise(inline(0))).as("overdue"))
                .from(WORK_RECORD)
                .join(COUNSELOR).on(COUNSELOR.ID.eq(WORK_RECORD.COUNSELOR_ID))
                .where(where)
                .groupBy(key)
                .asTable("rc");
        Field<Long> rk = records.field("k", Long.class);
        Field<Long> sk = reached.field("k", Long.class);
        Map<Long, Counts> out = new HashMap<>();
        for (Record r : dsl.select(rk, records.field("talks"), records.field("class_visits"),
                        records.field("dorm_visits"), records.field("meetings"), records.field("overdue"),
                        coalesce(reached.field("listed", Integer.class), inline(0)),
                        coalesce(reached.field("typed", Integer.class), inline(0)))
                .from(records).leftJoin(reached).on(sk.eq(rk).or(sk.isNull().and(rk.isNull())))
                .fetch()) {
            Long k = r.get(0, Long.class);
            out.put(k == null ? -1L : k, new Counts(i(r, 1), i(r, 2), i(r, 3), i(r, 4), i(r, 6) + i(r, 7), i(r, 5)));
        }
        return out;
    }

    /** Journals submitted for the weeks starting between two days, by counselor (one grouped query). */
    public Map<Long, Integer> journalsSubmitted(LocalDate from, LocalDate to) {
        Map<Long, Integer> out = new HashMap<>();
        dsl.select(WORK_JOURNAL.COUNSELOR_ID, count())
                .from(WORK_JOURNAL)
                .where(WORK_JOURNAL.WEEK_START.between(from, to)).and(WORK_JOURNAL.SUBMITTED_AT.isNotNull())
                .groupBy(WORK_JOURNAL.COUNSELOR_ID)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    private static Field<BigDecimal> kind(RecordKind kind) {
        return sum(when(WORK_RECORD.KIND.eq(kind.name()), inline(1)).otherwise(inline(0)));
    }

    private static int i(Record r, int index) {
        Object v = r.get(index);
        return v == null ? 0 : ((Number) v).intValue();
    }

}
