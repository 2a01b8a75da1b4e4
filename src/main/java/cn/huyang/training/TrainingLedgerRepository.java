package cn.huyang.training;

import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static cn.huyang.db.jooq.Tables.DEPARTMENT;
import static cn.huyang.db.jooq.Tables.TRAINING_RECORD;
import static cn.huyang.db.jooq.Tables.TRAINING_SESSION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import cn.huyang.db.Inlined;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;

/**
 * The training ledger read a page at a time, sorted and filtered in SQL, with the count and totals of
 * everything the filter selects.
 */
public class TrainingLedgerRepository {
    /**
     * Above this many records a sort by counselor or department walks the counselors
     * ({@link LedgerByCounselorRepository}); below, sorting them all is as quick.
     */
    static final int WALK_ABOVE = 20_000;

    private final DSLContext dsl;
    private final int walkAbove;
    private final int firstBatch;

    public TrainingLedgerRepository(DSLContext dsl) {
        this(dsl, WALK_ABOVE, LedgerByCounselorRepository.FIRST_BATCH);
    }

    /** For tests: the walk from a smaller ledger on, counting fewer counselors first. */
    TrainingLedgerRepository(DSLContext dsl, int walkAbove, int firstBatch) {
        this.dsl = dsl;
        this.walkAbove = walkAbove;
        this.firstBatch = firstBatch;
    }

    /**
     * One page of the ledger, sorted in SQL, with the count and totals of everything the filter
     * selects. In the default order (newest first) the page is read along the records' date index
     * and the query stops after the page. Sorted by counselor or department, a large ledger is read
     * counselor by counselor ({@link LedgerByCounselorRepository}), a small one sorted whole; the order is the same.
     * Totals of a filter on the session's own fields (year, level, category) are summed over the
     * sessions' kept totals, not over the records.
     */
    public LedgerPage page(LedgerFilter filter, LedgerSort sort, int offset, int limit) {
        Condition records = recordWhere(filter);
        Condition who = who(filter);
        Condition where = who == null ? records
                : records.and(ids(TRAINING_RECORD.COUNSELOR_ID, select(COUNSELOR.ID).from(COUNSELOR).where(who)));
        org.jooq.Record3<? extends Number, BigDecimal, BigDecimal> totals = totals(filter, where);
        int total = totals.value1() == null ? 0 : totals.value1().intValue();
        List<Long> ids = total > walkAbove && LedgerByCounselorRepository.walks(sort)
                ? new LedgerByCounselorRepository(dsl, firstBatch)
                        .ids(records, who == null ? noCondition() : who, sort, offset, limit)
                // First the page's record ids, from the records alone where the order allows (the planner
                // then walks the date index and stops after the page); then the page's details by id.
                : dsl.select(TRAINING_RECORD.ID)
                        .from(sortSource(sort.column()))
                        .where(where)
                        .orderBy(order(sort))
                        .limit(limit)
                        .offset(offset)
                        .fetch(TRAINING_RECORD.ID);
        Map<Long, LedgerRow> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            dsl.select(TRAINING_RECORD.ID, TRAINING_RECORD.SESSION_ID, TRAINING_SESSION.ATTENDEE_COUNT,
                            TRAINING_RECORD.COUNSELOR_ID, COUNSELOR.NAME, DEPARTMENT.NAME, TRAINING_SESSION.COURSE,
                            TRAINING_SESSION.ORGANISER, TRAINING_SESSION.TRAINING_LEVEL, TRAINING_SESSION.CATEGORY,
                            TRAINING_SESSION.START_DATE, TRAINING_SESSION.END_DATE, TRAINING_RECORD.HOURS,
                            TRAINING_RECORD.CERTIFICATE_NO, TRAINING_SESSION.COST_PER_PERSON,
                            coalesce(TRAINING_RECORD.NOTE, TRAINING_SESSION.NOTE), TRAINING_RECORD.ROW_VERSION,
                            TRAINING_SESSION.ROW_VERSION)
                    .from(TRAINING_RECORD)
                    .join(TRAINING_SESSION).on(TRAINING_SESSION.ID.eq(TRAINING_RECORD.SESSION_ID))
                    .join(COUNSELOR).on(COUNSELOR.ID.eq(TRAINING_RECORD.COUNSELOR_ID))
                    .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(COUNSELOR.DEPARTMENT_ID))
                    .where(TRAINING_RECORD.ID.in(ids))
                    .forEach(r -> byId.put(r.value1(), new LedgerRow(r.value1(), r.value2(), r.value3(), r.value4(),
                            r.value5(), r.value6(), r.value7(), r.value8(), TrainingLevel.valueOf(r.value9()),
                            TrainingCategory.valueOf(r.value10()), r.value11(), r.value12(), r.value13(),
                            r.value14(), r.value15(), r.value16(), false, null, r.value17(), r.value18())));
        }
        List<LedgerRow> rows = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        return new LedgerPage(rows, offset, total, zero(totals.value2()), zero(totals.value3()));
    }

    /** The count, hours and cost of everything the filter selects. */
    private org.jooq.Record3<? extends Number, BigDecimal, BigDecimal> totals(LedgerFilter filter, Condition where) {
        boolean sessionsOnly = filter.departmentId() == null && filter.counselor() == null
                && (filter.search() == null || !certificateStarts(filter.search()));
        if (sessionsOnly) {
            // Every record of the sessions selected counts: add up the sessions' own totals.
            return dsl.select(sum(TRAINING_SESSION.ATTENDEE_COUNT), sum(TRAINING_SESSION.HOURS_TOTAL),
                            sum(TRAINING_SESSION.COST_PER_PERSON.mul(TRAINING_SESSION.ATTENDEE_COUNT)))
                    .from(TRAINING_SESSION)
                    .where(sessionWhere(filter))
                    .fetchOne();
        }
        return dsl.select(count(), sum(TRAINING_RECORD.HOURS), sum(TRAINING_SESSION.COST_PER_PERSON))
                .from(TRAINING_RECORD)
                .join(TRAINING_SESSION).on(TRAINING_SESSION.ID.eq(TRAINING_RECORD.SESSION_ID))
                .where(where)
                .fetchOne();
    }

    /** The tables a sort needs: the records alone for their own columns. */
    private static org.jooq.TableLike<?> sortSource(LedgerSort.Column column) {
        return switch (column) {
            case START_DATE, HOURS, CERTIFICATE -> TRAINING_RECORD;
            case COUNSELOR -> TRAINING_RECORD.join(COUNSELOR).on(COUNSELOR.ID.eq(TRAINING_RECORD.COUNSELOR_ID));
            case DEPARTMENT -> TRAINING_RECORD.join(COUNSELOR).on(COUNSELOR.ID.eq(TRAINING_RECORD.COUNSELOR_ID))
                    .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(COUNSELOR.DEPARTMENT_ID));
            default -> TRAINING_RECORD.join(TRAINING_SESSION).on(TRAINING_SESSION.ID.eq(TRAINING_RECORD.SESSION_ID));
        };
    }

    /** The filter on the session's own fields, for the sessions' kept totals. */
    private static Condition sessionWhere(LedgerFilter f) {
        Condition c = noCondition();
        if (f.year() != null) {
            c = c.and(TRAINING_SESSION.START_DATE.between(LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 12, 31)));
        }
        if (f.level() != null) {
            c = c.and(TRAINING_SESSION.TRAINING_LEVEL.eq(f.level().name()));
        }
        if (f.category() != null) {
            c = c.and(TRAINING_SESSION.CATEGORY.eq(f.category().name()));
        }
        if (f.search() != null) {
            c = c.and(TRAINING_SESSION.COURSE.containsIgnoreCase(f.search())
                    .or(TRAINING_SESSION.ORGANISER.containsIgnoreCase(f.search()))
                    .or(TRAINING_SESSION.NOTE.containsIgnoreCase(f.search())));
        }
        return c;
    }

    /** Above this many sessions or counselors a filter stays a subquery rather than a list of ids. */
    private static final int MAX_ID_LIST = 5_000;

    /**
     * The filter on the records' own columns (dates, certificate, sessions). The sessions (by level,
     * category, text) it selects are looked up first in their own small table, so the records are then
     * reached through their indexes by those ids.
     */
    private Condition recordWhere(LedgerFilter f) {
        Condition c = noCondition();
        LocalDate from = f.year() == null ? null : LocalDate.of(f.year(), 1, 1);
        LocalDate to = f.year() == null ? null : LocalDate.of(f.year(), 12, 31);
        if (from != null) {
            c = c.and(TRAINING_RECORD.START_DATE.between(from, to));
        }
        String search = f.search();
        if (search != null && certificateStarts(search)) {
            // What was typed is the start of a certificate number: find those records.
            c = c.and(certificateStartsWith(search));
            search = null;
        }
        if (f.level() != null || f.category() != null || search != null) {
            Condition session = from == null ? noCondition() : TRAINING_SESSION.START_DATE.between(from, to);
            if (f.level() != null) {
                session = session.and(TRAINING_SESSION.TRAINING_LEVEL.eq(f.level().name()));
            }
            if (f.category() != null) {
                session = session.and(TRAINING_SESSION.CATEGORY.eq(f.category().name()));
            }
            if (search != null) {
                session = session.and(TRAINING_SESSION.COURSE.containsIgnoreCase(search)
                        .or(TRAINING_SESSION.ORGANISER.containsIgnoreCase(search))
                        .or(TRAINING_SESSION.NOTE.containsIgnoreCase(search)));
            }
            c = c.and(ids(TRAINING_RECORD.SESSION_ID, select(TRAINING_SESSION.ID).from(TRAINING_SESSION).where(session)));
        }
        return c;
    }

    /** The filter on the counselors (department, name or ID number), or null when there is none. */
    private static Condition who(LedgerFilter f) {
        if (f.departmentId() == null && f.counselor() == null) {
            return null;
        }
        Condition who = noCondition();
        if (f.departmentId() != null) {
            who = who.and(COUNSELOR.DEPARTMENT_ID.eq(f.departmentId()));
        }
        if (f.counselor() != null) {
            // a part of the ID number finds too (the last digits, the birth date), as in the roster
            who = who.and(COUNSELOR.NAME.contains(f.counselor())
                    .or(COUNSELOR.ID_NUMBER.contains(f.counselor().toUpperCase(java.util.Locale.ROOT))));
        }
        return who;
    }

    private boolean certificateStarts(String text) {
        return dsl.fetchExists(dsl.selectOne().from(TRAINING_RECORD).where(certificateStartsWith(text)));
    }

    /** A certificate number starting with the text; numbers are stored in capitals, so one LIKE on the index. */
    private static Condition certificateStartsWith(String text) {
        return TRAINING_RECORD.CERTIFICATE_NO.startsWith(text.toUpperCase(java.util.Locale.ROOT));
    }

    /** {@code column IN (the ids the query finds)}, as a list when short, else as the subquery. */
    private Condition ids(Field<Long> column, org.jooq.Select<org.jooq.Record1<Long>> query) {
        List<Long> found = dsl.fetch(query).getValues(0, Long.class);
        if (found.isEmpty()) {
            return org.jooq.impl.DSL.falseCondition();
        }
        return found.size() <= MAX_ID_LIST ? Inlined.in(column, found) : column.in(query);
    }

    private static SortField<?>[] order(LedgerSort sort) {
        if (sort.column() == LedgerSort.Column.START_DATE) {
            // Along the index (start_date, id), either way.
            return sort.ascending()
                    ? new SortField<?>[]{TRAINING_RECORD.START_DATE.asc(), TRAINING_RECORD.ID.asc()}
                    : new SortField<?>[]{TRAINING_RECORD.START_DATE.desc(), TRAINING_RECORD.ID.desc()};
        }
        if (LedgerByCounselorRepository.walks(sort)) {
            // The walk's order, so a page is the same whichever way it is read.
            List<SortField<?>> keys = new java.util.ArrayList<>(LedgerByCounselorRepository.order(sort));
            keys.addAll(LedgerByCounselorRepository.LATEST_FIRST);
            return keys.toArray(SortField<?>[]::new);
        }
        Field<?> f = switch (sort.column()) {
            case COUNSELOR, DEPARTMENT -> throw new IllegalStateException("walked: " + sort.column());
            case COURSE -> TRAINING_SESSION.COURSE;
            case ORGANISER -> TRAINING_SESSION.ORGANISER;
            case LEVEL -> TRAINING_SESSION.TRAINING_LEVEL;
            case CATEGORY -> TRAINING_SESSION.CATEGORY;
            case START_DATE -> TRAINING_RECORD.START_DATE;
            case END_DATE -> TRAINING_SESSION.END_DATE;
            case HOURS -> TRAINING_RECORD.HOURS;
            case CERTIFICATE -> TRAINING_RECORD.CERTIFICATE_NO;
            case COST -> TRAINING_SESSION.COST_PER_PERSON;
        };
        return new SortField<?>[]{sort.ascending() ? f.asc().nullsFirst() : f.desc().nullsLast(),
                TRAINING_RECORD.ID.desc()};
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
