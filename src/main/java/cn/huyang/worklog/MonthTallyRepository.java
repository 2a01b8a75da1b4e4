package cn.huyang.worklog;

import static cn.huyang.db.jooq.Tables.WORK_MONTH_COUNT;
import static cn.huyang.db.jooq.Tables.WORK_MONTH_FOLLOW_UP;
import static cn.huyang.db.jooq.Tables.WORK_MONTH_STUDENT;
import static cn.huyang.db.jooq.Tables.WORK_RECORD;
import static cn.huyang.db.jooq.Tables.WORK_RECORD_STUDENT;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Keeps the monthly tally of the work records (V17: {@code work_month_count}, {@code work_month_student},
 * {@code work_month_follow_up}), which the summaries read instead of counting the records. Whatever writes
 * records calls {@link #recount} in the same transaction for the counselors and months it touched: their
 * rows are counted again from the records themselves (a few dozen records a counselor-month), never
 * adjusted by a difference, so that the tally cannot drift from what is stored.
 */
public class MonthTallyRepository {
    /** Counselors recounted per round of statements (the IN lists stay short). */
    private static final int CHUNK = 500;
    private static final int ROWS_PER_STATEMENT = 2000;

    private final DSLContext dsl;

    public MonthTallyRepository(DSLContext dsl) {
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

    /** A counselor's month in the tally. */
    private record Slot(int month, long counselorId) {
        static Slot of(LocalDate day, long counselorId) {
            return new Slot(key(YearMonth.from(day)), counselorId);
        }
    }

    /**
     * Two reads of the chunk's records in the months (their counted columns from the covering index, and
     * their student lines), counted here, then the chunk's tally rows replaced.
     */
    private void recountChunk(List<Long> ids, YearMonth from, YearMonth to) {
        Condition records = WORK_RECORD.COUNSELOR_ID.in(ids)
                .and(WORK_RECORD.OCCURRED_ON.between(from.atDay(1), to.atEndOfMonth()));
        Map<Slot, int[]> counts = new HashMap<>();
        Map<Slot, Map<LocalDate, Integer>> open = new HashMap<>();
        dsl.select(WORK_RECORD.COUNSELOR_ID, WORK_RECORD.OCCURRED_ON, WORK_RECORD.KIND, WORK_RECORD.FOLLOW_UP_ON,
                        WORK_RECORD.FOLLOW_UP_DONE)
                .from(WORK_RECORD).where(records)
                .forEach(r -> {
                    Slot slot = Slot.of(r.value2(), r.value1());
                    counts.computeIfAbsent(slot, k -> new int[5])[RecordKind.valueOf(r.value3()).ordinal()]++;
                    if (r.value4() != null && !Boolean.TRUE.equals(r.value5())) {
                        open.computeIfAbsent(slot, k -> new TreeMap<>()).merge(r.value4(), 1, Integer::sum);
                    }
                });
        Map<Slot, Set<Long>> students = new HashMap<>();
        dsl.select(WORK_RECORD.COUNSELOR_ID, WORK_RECORD.OCCURRED_ON, WORK_RECORD_STUDENT.STUDENT_ID)
                .from(WORK_RECORD).join(WORK_RECORD_STUDENT).on(WORK_RECORD_STUDENT.RECORD_ID.eq(WORK_RECORD.ID))
                .where(records)
                .forEach(r -> {
                    Slot slot = Slot.of(r.value2(), r.value1());
                    if (r.value3() == null) {
                        counts.computeIfAbsent(slot, k -> new int[5])[4]++;
                    } else {
                        students.computeIfAbsent(slot, k -> new HashSet<>()).add(r.value3());
                    }
                });
        int lo = key(from);
        int hi = key(to);
        dsl.deleteFrom(WORK_MONTH_COUNT).where(WORK_MONTH_COUNT.COUNSELOR_ID.in(ids)
                .and(WORK_MONTH_COUNT.MONTH_KEY.between(lo, hi))).execute();
        dsl.deleteFrom(WORK_MONTH_STUDENT).where(WORK_MONTH_STUDENT.COUNSELOR_ID.in(ids)
                .and(WORK_MONTH_STUDENT.MONTH_KEY.between(lo, hi))).execute();
        dsl.deleteFrom(WORK_MONTH_FOLLOW_UP).where(WORK_MONTH_FOLLOW_UP.COUNSELOR_ID.in(ids)
                .and(WORK_MONTH_FOLLOW_UP.MONTH_KEY.between(lo, hi))).execute();
        List<Object[]> rows = new ArrayList<>();
        counts.forEach((k, n) -> rows.add(new Object[] {k.month(), k.counselorId(), n[RecordKind.TALK.ordinal()],
                n[RecordKind.CLASS_VISIT.ordinal()], n[RecordKind.DORM_VISIT.ordinal()],
                n[RecordKind.CLASS_MEETING.ordinal()], n[4]}));
        insert(WORK_MONTH_COUNT, rows, WORK_MONTH_COUNT.MONTH_KEY, WORK_MONTH_COUNT.COUNSELOR_ID,
                WORK_MONTH_COUNT.TALKS, WORK_MONTH_COUNT.CLASS_VISITS, WORK_MONTH_COUNT.DORM_VISITS,
                WORK_MONTH_COUNT.MEETINGS, WORK_MONTH_COUNT.TYPED_STUDENTS);
        rows.clear();
        students.forEach((k, set) -> set.forEach(id -> rows.add(new Object[] {k.month(), k.counselorId(), id})));
        insert(WORK_MONTH_STUDENT, rows, WORK_MONTH_STUDENT.MONTH_KEY, WORK_MONTH_STUDENT.COUNSELOR_ID,
                WORK_MONTH_STUDENT.STUDENT_ID);
        rows.clear();
        open.forEach((k, due) -> due.forEach((day, n) -> rows.add(new Object[] {k.month(), k.counselorId(), day, n})));
        insert(WORK_MONTH_FOLLOW_UP, rows, WORK_MONTH_FOLLOW_UP.MONTH_KEY, WORK_MONTH_FOLLOW_UP.COUNSELOR_ID,
                WORK_MONTH_FOLLOW_UP.DUE_ON, WORK_MONTH_FOLLOW_UP.OPEN_COUNT);
    }

    /** Rows a few thousand per statement (PostgreSQL takes at most 32,767 values in one). */
    private void insert(Table<?> table, List<Object[]> rows, Field<?>... fields) {
        for (int i = 0; i < rows.size(); i += ROWS_PER_STATEMENT) {
            var insert = dsl.insertInto(table).columns(fields);
            for (Object[] row : rows.subList(i, Math.min(rows.size(), i + ROWS_PER_STATEMENT))) {
                insert = insert.values(row);
            }
            insert.execute();
        }
    }
}
