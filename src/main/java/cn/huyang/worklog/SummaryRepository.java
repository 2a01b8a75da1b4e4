package cn.huyang.worklog;

import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static cn.huyang.db.jooq.Tables.WORK_JOURNAL;
import static cn.huyang.db.jooq.Tables.WORK_MONTH_COUNT;
import static cn.huyang.db.jooq.Tables.WORK_MONTH_FOLLOW_UP;
import static cn.huyang.db.jooq.Tables.WORK_MONTH_STUDENT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.sum;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The counts of the summaries, read from the monthly tally ({@link MonthTallyRepository}, a row per counselor and
 * month) rather than from the records: each view three grouped statements over the months of the period
 * (by counselor or by department) — the records by kind with the students typed by name, the listed
 * students reached (distinct over the period), the open follow-ups due before today — merged here by
 * key. No query per counselor. (Counting a college month from 2 M records took 4.8 s in H2.)
 */
public class SummaryRepository {
    private final DSLContext dsl;

    public SummaryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The counts of the months from {@code from} to {@code to} by counselor (or by department), of one
     * department or one counselor when given.
     *
     * @param today the day before which an open follow-up is overdue
     */
    public Map<Long, Counts> counts(YearMonth from, YearMonth to, LocalDate today, boolean byDepartment,
                                    Long departmentId, Long counselorId) {
        int lo = MonthTallyRepository.key(from);
        int hi = MonthTallyRepository.key(to);
        Map<Long, Long> departments = byDepartment || departmentId != null ? departments() : Map.of();
        Function<Long, Long> keyOf = byDepartment ? c -> keyOf(departments.get(c)) : c -> c;
        Map<Long, int[]> out = new HashMap<>();
        dsl.select(WORK_MONTH_COUNT.COUNSELOR_ID, sum(WORK_MONTH_COUNT.TALKS), sum(WORK_MONTH_COUNT.CLASS_VISITS),
                        sum(WORK_MONTH_COUNT.DORM_VISITS), sum(WORK_MONTH_COUNT.MEETINGS),
                        sum(WORK_MONTH_COUNT.TYPED_STUDENTS))
                .from(WORK_MONTH_COUNT)
                .where(WORK_MONTH_COUNT.MONTH_KEY.between(lo, hi))
                .and(scope(WORK_MONTH_COUNT.COUNSELOR_ID, departments, departmentId, counselorId))
                .groupBy(WORK_MONTH_COUNT.COUNSELOR_ID)
                .forEach(r -> {
                    int[] n = slot(out, keyOf.apply(r.value1()));
                    for (int i = 0; i < 5; i++) {
                        n[i] += i(r, i + 1);
                    }
                });
        Condition students = WORK_MONTH_STUDENT.MONTH_KEY.between(lo, hi)
                .and(scope(WORK_MONTH_STUDENT.COUNSELOR_ID, departments, departmentId, counselorId));
        if (byDepartment) {
            // a student reached by two counselors of a department counts once for it
            Map<Long, Set<Long>> reached = new HashMap<>();
            dsl.select(WORK_MONTH_STUDENT.COUNSELOR_ID, WORK_MONTH_STUDENT.STUDENT_ID)
                    .from(WORK_MONTH_STUDENT).where(students)
                    .forEach(r -> reached.computeIfAbsent(keyOf.apply(r.value1()), k -> new HashSet<>())
                            .add(r.value2()));
            reached.forEach((k, set) -> slot(out, k)[4] += set.size());
        } else {
            dsl.select(WORK_MONTH_STUDENT.COUNSELOR_ID, countDistinct(WORK_MONTH_STUDENT.STUDENT_ID))
                    .from(WORK_MONTH_STUDENT).where(students)
                    .groupBy(WORK_MONTH_STUDENT.COUNSELOR_ID)
                    .forEach(r -> slot(out, r.value1())[4] += r.value2());
        }
        dsl.select(WORK_MONTH_FOLLOW_UP.COUNSELOR_ID, sum(WORK_MONTH_FOLLOW_UP.OPEN_COUNT))
                .from(WORK_MONTH_FOLLOW_UP)
                .where(WORK_MONTH_FOLLOW_UP.MONTH_KEY.between(lo, hi))
                .and(WORK_MONTH_FOLLOW_UP.DUE_ON.lt(today))
                .and(scope(WORK_MONTH_FOLLOW_UP.COUNSELOR_ID, departments, departmentId, counselorId))
                .groupBy(WORK_MONTH_FOLLOW_UP.COUNSELOR_ID)
                .forEach(r -> slot(out, keyOf.apply(r.value1()))[5] += i(r, 1));
        Map<Long, Counts> counts = new HashMap<>();
        out.forEach((k, n) -> counts.put(k, new Counts(n[0], n[1], n[2], n[3], n[4], n[5])));
        return counts;
    }

    /**
     * Each counselor's department (null for none): the tally is keyed by counselor, and a counselor who moved
     * is counted with the department they are in now. Read apart rather than joined: a join reads each
     * tally row's counselor row, far larger than the tally's.
     */
    private Map<Long, Long> departments() {
        Map<Long, Long> out = new HashMap<>();
        dsl.select(COUNSELOR.ID, COUNSELOR.DEPARTMENT_ID).from(COUNSELOR)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    private static Condition scope(Field<Long> counselor, Map<Long, Long> departments, Long departmentId,
                                   Long counselorId) {
        Condition c = DSL.noCondition();
        if (departmentId != null) {
            List<Long> ids = departments.entrySet().stream().filter(e -> departmentId.equals(e.getValue()))
                    .map(Map.Entry::getKey).toList();
            c = c.and(ids.isEmpty() ? DSL.falseCondition() : counselor.in(ids));
        }
        if (counselorId != null) {
            c = c.and(counselor.eq(counselorId));
        }
        return c;
    }

    private static int[] slot(Map<Long, int[]> out, Long key) {
        return out.computeIfAbsent(key, k -> new int[6]);
    }

    /** A department's key, or -1 for the counselors of no department. */
    private static Long keyOf(Long k) {
        return k == null ? -1L : k;
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

    private static int i(Record r, int index) {
        Object v = r.get(index);
        return v == null ? 0 : ((Number) v).intValue();
    }

}
