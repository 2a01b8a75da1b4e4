package cn.huyang.worklog;

import static cn.huyang.db.jooq.Tables.WORK_MONTH_COUNT;
import static cn.huyang.db.jooq.Tables.WORK_MONTH_FOLLOW_UP;
import static cn.huyang.db.jooq.Tables.WORK_MONTH_STUDENT;
import static cn.huyang.db.jooq.Tables.WORK_RECORD;
import static cn.huyang.db.jooq.Tables.WORK_RECORD_STUDENT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.month;
import static org.jooq.impl.DSL.year;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Keeps the monthly tally of the work records (V17: {@code work_month_count}, {@code work_month_student},
 * {@code work_month_follow_up}), which the summaries read instead of counting the records. Whatever writes
 * records calls {@link #recount} in the same transaction for the counselors and months it touched: their
 * rows are counted again from the records themselves (a few dozen records a counselor-month), never
 * adjusted by a difference, so that the tally cannot drift from what is stored.
 */
public class MonthTally {
    /** Counselors recounted per round of statements (the IN lists stay short). */
    private static final int CHUNK = 500;

    private final DSLContext dsl;

    public MonthTally(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The key of a month in the tally: yyyymm. */
    public static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    /** Counts again the months from {@code from} to {@code to} of the given counselors. */
    public void recount(Collection<Long> counselorIds, YearMonth from, YearMonth to) {
        List<Long> ids = new ArrayList<>(counselorIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            recountChunk(ids.subList(i, Math.min(ids.size(), i + CHUNK)), from, to);
        }
    }

    private void recountChunk(List<Long> ids, YearMonth from, YearMonth to) {
        Condition tallied = WORK_MONTH_COUNT.COUNSELOR_ID.in(ids)
                .and(WORK_MONTH_COUNT.MONTH_KEY.between(key(from), key(to)));
        dsl.deleteFrom(WORK_MONTH_COUNT).where(tallied).execute();
        dsl.deleteFrom(WORK_MONTH_STUDENT).where(WORK_MONTH_STUDENT.COUNSELOR_ID.in(ids)
                .and(WORK_MONTH_STUDENT.MONTH_KEY.between(key(from), key(to)))).execute();
        dsl.deleteFrom(WORK_MONTH_FOLLOW_UP).where(WORK_MONTH_FOLLOW_UP.COUNSELOR_ID.in(ids)
                .and(WORK_MONTH_FOLLOW_UP.MONTH_KEY.between(key(from), key(to)))).execute();
        Condition records = WORK_RECORD.COUNSELOR_ID.in(ids)
                .and(WORK_RECORD.OCCURRED_ON.between(from.atDay(1), to.atEndOfMonth()));
        Field<Integer> monthKey = year(WORK_RECORD.OCCURRED_ON).mul(inline(100)).plus(month(WORK_RECORD.OCCURRED_ON));
        Map<List<Long>, int[]> counts = new HashMap<>();
        dsl.select(monthKey, WORK_RECORD.COUNSELOR_ID, WORK_RECORD.KIND, count())
                .from(WORK_RECORD).where(records)
                .groupBy(monthKey, WORK_RECORD.COUNSELOR_ID, WORK_RECORD.KIND)
                .forEach(r -> counts.computeIfAbsent(List.of((long) r.value1(), r.value2()), k -> new int[5])
                        [RecordKind.valueOf(r.value3()).ordinal()] += r.value4());
        dsl.select(monthKey, WORK_RECORD.COUNSELOR_ID, count())
                .from(WORK_RECORD).join(WORK_RECORD_STUDENT).on(WORK_RECORD_STUDENT.RECORD_ID.eq(WORK_RECORD.ID))
                .where(records).and(WORK_RECORD_STUDENT.STUDENT_ID.isNull())
                .groupBy(monthKey, WORK_RECORD.COUNSELOR_ID)
                .forEach(r -> counts.computeIfAbsent(List.of((long) r.value1(), r.value2()), k -> new int[5])
                        [4] += r.value3());
        if (!counts.isEmpty()) {
            var insert = dsl.insertInto(WORK_MONTH_COUNT, WORK_MONTH_COUNT.MONTH_KEY, WORK_MONTH_COUNT.COUNSELOR_ID,
                    WORK_MONTH_COUNT.TALKS, WORK_MONTH_COUNT.CLASS_VISITS, WORK_MONTH_COUNT.DORM_VISITS,
                    WORK_MONTH_COUNT.MEETINGS, WORK_MONTH_COUNT.TYPED_STUDENTS);
            counts.forEach((k, n) -> insert.values(k.get(0).intValue(), k.get(1), n[RecordKind.TALK.ordinal()],
                    n[RecordKind.CLASS_VISIT.ordinal()], n[RecordKind.DORM_VISIT.ordinal()],
                    n[RecordKind.CLASS_MEETING.ordinal()], n[4]));
            insert.execute();
        }
        dsl.insertInto(WORK_MONTH_STUDENT, WORK_MONTH_STUDENT.MONTH_KEY, WORK_MONTH_STUDENT.COUNSELOR_ID,
                        WORK_MONTH_STUDENT.STUDENT_ID)
                .select(dsl.selectDistinct(monthKey, WORK_RECORD.COUNSELOR_ID, WORK_RECORD_STUDENT.STUDENT_ID)
                        .from(WORK_RECORD).join(WORK_RECORD_STUDENT)
                        .on(WORK_RECORD_STUDENT.RECORD_ID.eq(WORK_RECORD.ID))
                        .where(records).and(WORK_RECORD_STUDENT.STUDENT_ID.isNotNull()))
                .execute();
        dsl.insertInto(WORK_MONTH_FOLLOW_UP, WORK_MONTH_FOLLOW_UP.MONTH_KEY, WORK_MONTH_FOLLOW_UP.COUNSELOR_ID,
                        WORK_MONTH_FOLLOW_UP.DUE_ON, WORK_MONTH_FOLLOW_UP.OPEN_COUNT)
                .select(dsl.select(monthKey, WORK_RECORD.COUNSELOR_ID, WORK_RECORD.FOLLOW_UP_ON, count())
                        .from(WORK_RECORD)
                        .where(records).and(WORK_RECORD.FOLLOW_UP_ON.isNotNull())
                        .and(WORK_RECORD.FOLLOW_UP_DONE.isFalse())
                        .groupBy(monthKey, WORK_RECORD.COUNSELOR_ID, WORK_RECORD.FOLLOW_UP_ON))
                .execute();
    }
}
