package cn.huyang.training;

import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static cn.huyang.db.jooq.Tables.DEPARTMENT;
import static cn.huyang.db.jooq.Tables.TRAINING_RECORD;
import static org.jooq.impl.DSL.count;

import cn.huyang.db.Inlined;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;

/**
 * A page of a large ledger sorted by counselor or by department, found without sorting every record. The
 * counselors (a few thousand) are put in the sort's order; the first few dozen's records are counted
 * through the index (counselor_id, start_date), and if the page lies further on, everyone's at once;
 * then only the records of the page's counselors are read. The order is the plain query's
 * ({@link #order}): the key, the counselor, the latest training first. The first pages read a few dozen
 * counselors' records; a page further on counts every record once, by counselor, and sorts none.
 */
final class LedgerByCounselorRepository {
    /** The counselors counted first: enough for the first page at a hundred records a counselor or so. */
    static final int FIRST_BATCH = 64;

    private final DSLContext dsl;
    private final int firstBatch;

    LedgerByCounselorRepository(DSLContext dsl, int firstBatch) {
        this.dsl = dsl;
        this.firstBatch = firstBatch;
    }

    /** A counselor's records, the latest training first. */
    static final List<SortField<?>> LATEST_FIRST =
            List.of(TRAINING_RECORD.START_DATE.desc(), TRAINING_RECORD.ID.desc());

    /** Whether the walk can read this sort: by counselor or by department. */
    static boolean walks(LedgerSort sort) {
        return sort.column() == LedgerSort.Column.COUNSELOR || sort.column() == LedgerSort.Column.DEPARTMENT;
    }

    /**
     * The counselors' order for the sort. Within a counselor both ways read {@link #LATEST_FIRST}, so a page
     * is the same either way.
     */
    static List<SortField<?>> order(LedgerSort sort) {
        boolean up = sort.ascending();
        List<SortField<?>> keys = new ArrayList<>();
        if (sort.column() == LedgerSort.Column.DEPARTMENT) {
            keys.add(up ? DEPARTMENT.NAME.asc().nullsFirst() : DEPARTMENT.NAME.desc().nullsLast());
        }
        keys.add(up ? COUNSELOR.NAME.asc() : COUNSELOR.NAME.desc());
        keys.add(up ? COUNSELOR.ID.asc() : COUNSELOR.ID.desc());
        return keys;
    }

    /**
     * The ids of the page's records.
     *
     * @param records the filter on the records' own columns (dates, sessions, certificate)
     * @param who     the filter on the counselors (department, name), on {@code COUNSELOR}
     */
    List<Long> ids(Condition records, Condition who, LedgerSort sort, int offset, int limit) {
        List<Long> counselors = dsl.select(COUNSELOR.ID)
                .from(COUNSELOR.leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(COUNSELOR.DEPARTMENT_ID)))
                .where(who)
                .orderBy(order(sort))
                .fetch(COUNSELOR.ID);
        Walk walk = new Walk(offset, limit);
        int first = Math.min(firstBatch, counselors.size());
        List<Long> firstOnes = counselors.subList(0, first);
        walk.count(firstOnes, counts(records.and(Inlined.in(TRAINING_RECORD.COUNSELOR_ID, firstOnes))));
        if (!walk.reached() && first < counselors.size()) {
            // further on: every counselor's count at once, one pass along the index, no list of ids
            walk.count(counselors.subList(first, counselors.size()), counts(records));
        }
        if (walk.onPage.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> theirs = dsl.select(TRAINING_RECORD.COUNSELOR_ID, TRAINING_RECORD.ID)
                .from(TRAINING_RECORD)
                .where(records.and(Inlined.in(TRAINING_RECORD.COUNSELOR_ID, walk.onPage)))
                .orderBy(LATEST_FIRST)
                .fetchGroups(TRAINING_RECORD.COUNSELOR_ID, TRAINING_RECORD.ID);
        return walk.onPage.stream().flatMap(c -> theirs.getOrDefault(c, List.of()).stream()).skip(walk.skip)
                .limit(limit).toList();
    }

    private Map<Long, Integer> counts(Condition where) {
        return dsl.select(TRAINING_RECORD.COUNSELOR_ID, count())
                .from(TRAINING_RECORD)
                .where(where)
                .groupBy(TRAINING_RECORD.COUNSELOR_ID)
                .fetchMap(TRAINING_RECORD.COUNSELOR_ID, count());
    }

    /** The records counted so far, in order, and the counselors whose records fall on the page. */
    private static final class Walk {
        private final long offset;
        private final long end;
        private final List<Long> onPage = new ArrayList<>();
        private long skip;
        private long seen;

        Walk(int offset, int limit) {
            this.offset = offset;
            this.end = (long) offset + limit;
        }

        void count(List<Long> counselors, Map<Long, Integer> counts) {
            for (Long c : counselors) {
                if (reached()) {
                    return;
                }
                int n = counts.getOrDefault(c, 0);
                if (n > 0 && seen + n > offset) {
                    if (onPage.isEmpty()) {
                        skip = offset - seen;
                    }
                    onPage.add(c);
                }
                seen += n;
            }
        }

        boolean reached() {
            return seen >= end;
        }
    }
}
