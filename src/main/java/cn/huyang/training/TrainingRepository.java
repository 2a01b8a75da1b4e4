package cn.huyang.training;

import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static cn.huyang.db.jooq.Tables.DEPARTMENT;
import static cn.huyang.db.jooq.Tables.TRAINING_RECORD;
import static cn.huyang.db.jooq.Tables.TRAINING_SESSION;
import static cn.huyang.db.jooq.Tables.TRAINING_SUMMARY;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.currentLocalDateTime;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;

/**
 * Training sessions and their records. The ledger is read a page at a time with its totals; the
 * compliance facts and the budget are aggregated in SQL.
 */
public class TrainingRepository {
    private final DSLContext dsl;

    public TrainingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- writes ---------------------------------------------------------------------------

    public long insertSession(TrainingSession s) {
        return dsl.insertInto(TRAINING_SESSION)
                .set(TRAINING_SESSION.COURSE, s.course())
                .set(TRAINING_SESSION.ORGANISER, s.organiser())
                .set(TRAINING_SESSION.TRAINING_LEVEL, s.level().name())
                .set(TRAINING_SESSION.CATEGORY, s.category().name())
                .set(TRAINING_SESSION.START_DATE, s.startDate())
                .set(TRAINING_SESSION.END_DATE, s.endDate())
                .set(TRAINING_SESSION.HOURS, s.hours())
                .set(TRAINING_SESSION.COST_PER_PERSON, s.costPerPerson())
                .set(TRAINING_SESSION.NOTE, s.note())
                .returningResult(TRAINING_SESSION.ID)
                .fetchOne(TRAINING_SESSION.ID);
    }

    public void updateSession(TrainingSession s) {
        dsl.update(TRAINING_SESSION)
                .set(TRAINING_SESSION.COURSE, s.course())
                .set(TRAINING_SESSION.ORGANISER, s.organiser())
                .set(TRAINING_SESSION.TRAINING_LEVEL, s.level().name())
                .set(TRAINING_SESSION.CATEGORY, s.category().name())
                .set(TRAINING_SESSION.START_DATE, s.startDate())
                .set(TRAINING_SESSION.END_DATE, s.endDate())
                .set(TRAINING_SESSION.HOURS, s.hours())
                .set(TRAINING_SESSION.COST_PER_PERSON, s.costPerPerson())
                .set(TRAINING_SESSION.NOTE, s.note())
                .set(TRAINING_SESSION.UPDATED_AT, currentLocalDateTime())
                .where(TRAINING_SESSION.ID.eq(s.id()))
                .execute();
        dsl.update(TRAINING_RECORD)
                .set(TRAINING_RECORD.START_DATE, s.startDate())
                .where(TRAINING_RECORD.SESSION_ID.eq(s.id()))
                .execute();
    }

    /** Inserts the records of new attendees in one batch. */
    public void insertRecords(TrainingSession session, List<TrainingSession.Attendee> attendees) {
        if (attendees.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.insertInto(TRAINING_RECORD, TRAINING_RECORD.SESSION_ID,
                        TRAINING_RECORD.COUNSELOR_ID, TRAINING_RECORD.START_DATE, TRAINING_RECORD.HOURS,
                        TRAINING_RECORD.CERTIFICATE_NO, TRAINING_RECORD.NOTE)
                .values((Long) null, null, null, null, null, null));
        for (TrainingSession.Attendee a : attendees) {
            batch.bind(session.id(), a.counselorId(), session.startDate(), a.hoursOr(session.hours()),
                    a.certificateNo(), a.note());
        }
        batch.execute();
    }

    /** Counts a session's attendees and adds up their hours again, after its records changed. */
    public void refreshTotals(long sessionId) {
        dsl.update(TRAINING_SESSION)
                .set(TRAINING_SESSION.ATTENDEE_COUNT, field(selectCount().from(TRAINING_RECORD)
                        .where(TRAINING_RECORD.SESSION_ID.eq(sessionId))))
                .set(TRAINING_SESSION.HOURS_TOTAL, field(select(coalesce(sum(TRAINING_RECORD.HOURS), BigDecimal.ZERO))
                        .from(TRAINING_RECORD).where(TRAINING_RECORD.SESSION_ID.eq(sessionId))))
                .where(TRAINING_SESSION.ID.eq(sessionId))
                .execute();
    }

    public void updateRecord(TrainingSession.Attendee a, BigDecimal sessionHours) {
        dsl.update(TRAINING_RECORD)
                .set(TRAINING_RECORD.HOURS, a.hoursOr(sessionHours))
                .set(TRAINING_RECORD.CERTIFICATE_NO, a.certificateNo())
                .set(TRAINING_RECORD.NOTE, a.note())
                .set(TRAINING_RECORD.UPDATED_AT, currentLocalDateTime())
                .where(TRAINING_RECORD.ID.eq(a.recordId()))
                .execute();
    }

    public void deleteRecords(Collection<Long> recordIds) {
        if (!recordIds.isEmpty()) {
            dsl.deleteFrom(TRAINING_RECORD).where(TRAINING_RECORD.ID.in(recordIds)).execute();
        }
    }

    /** Deletes a session with every record of it. */
    public void deleteSession(long sessionId) {
        dsl.deleteFrom(TRAINING_RECORD).where(TRAINING_RECORD.SESSION_ID.eq(sessionId)).execute();
        dsl.deleteFrom(TRAINING_SESSION).where(TRAINING_SESSION.ID.eq(sessionId)).execute();
    }

    /**
     * Recomputes the yearly summary of some counselors in some years from their records; called in
     * the transaction of every change of records, with the counselors and years it touched.
     */
    public void refreshSummary(Collection<Long> counselorIds, Collection<Integer> years) {
        if (counselorIds.isEmpty() || years.isEmpty()) {
            return;
        }
        dsl.deleteFrom(TRAINING_SUMMARY)
                .where(TRAINING_SUMMARY.COUNSELOR_ID.in(counselorIds))
                .and(TRAINING_SUMMARY.TRAIN_YEAR.in(years))
                .execute();
        insertSummary(TRAINING_RECORD.COUNSELOR_ID.in(counselorIds).and(yearOf().in(years)));
    }

    /** Recomputes the whole yearly summary (after the demo data). */
    public void rebuildSummary() {
        dsl.deleteFrom(TRAINING_SUMMARY).execute();
        insertSummary(noCondition());
    }

    private void insertSummary(Condition which) {
        Field<Integer> year = yearOf();
        dsl.insertInto(TRAINING_SUMMARY, TRAINING_SUMMARY.COUNSELOR_ID, TRAINING_SUMMARY.TRAIN_YEAR,
                        TRAINING_SUMMARY.TRAINING_LEVEL, TRAINING_SUMMARY.RECORDS, TRAINING_SUMMARY.HOURS,
                        TRAINING_SUMMARY.COST, TRAINING_SUMMARY.LAST_START)
                .select(select(TRAINING_RECORD.COUNSELOR_ID, year, TRAINING_SESSION.TRAINING_LEVEL, count(),
                        sum(TRAINING_RECORD.HOURS), coalesce(sum(TRAINING_SESSION.COST_PER_PERSON), BigDecimal.ZERO),
                        max(TRAINING_RECORD.START_DATE))
                        .from(TRAINING_RECORD)
                        .join(TRAINING_SESSION).on(TRAINING_SESSION.ID.eq(TRAINING_RECORD.SESSION_ID))
                        .where(which)
                        .groupBy(TRAINING_RECORD.COUNSELOR_ID, year, TRAINING_SESSION.TRAINING_LEVEL))
                .execute();
    }

    private static Field<Integer> yearOf() {
        return org.jooq.impl.DSL.extract(TRAINING_RECORD.START_DATE, org.jooq.DatePart.YEAR);
    }

    // ---- reads ----------------------------------------------------------------------------

    public Optional<TrainingSession> findSession(long sessionId) {
        List<TrainingSession.Attendee> attendees = dsl.select(TRAINING_RECORD.ID, TRAINING_RECORD.COUNSELOR_ID,
                        TRAINING_RECORD.HOURS, TRAINING_RECORD.CERTIFICATE_NO, TRAINING_RECORD.NOTE)
                .from(TRAINING_RECORD)
                .where(TRAINING_RECORD.SESSION_ID.eq(sessionId))
                .orderBy(TRAINING_RECORD.ID)
                .fetch(r -> new TrainingSession.Attendee(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
        return dsl.selectFrom(TRAINING_SESSION)
                .where(TRAINING_SESSION.ID.eq(sessionId))
                .fetchOptional(s -> new TrainingSession(s.getId(), s.getCourse(), s.getOrganiser(),
                        TrainingLevel.valueOf(s.getTrainingLevel()), TrainingCategory.valueOf(s.getCategory()),
                        s.getStartDate(), s.getEndDate(), s.getHours(), s.getCostPerPerson(), s.getNote(), attendees));
    }

    public Optional<Long> sessionOf(long recordId) {
        return dsl.select(TRAINING_RECORD.SESSION_ID).from(TRAINING_RECORD)
                .where(TRAINING_RECORD.ID.eq(recordId)).fetchOptional(TRAINING_RECORD.SESSION_ID);
    }

    /** A certificate number already given for the same course in another session: number → holder. */
    public Map<String, String> certificatesTaken(String course, Collection<String> numbers, Long exceptSession) {
        Map<String, String> out = new HashMap<>();
        if (numbers.isEmpty()) {
            return out;
        }
        dsl.select(TRAINING_RECORD.CERTIFICATE_NO, COUNSELOR.NAME)
                .from(TRAINING_RECORD)
                .join(TRAINING_SESSION).on(TRAINING_SESSION.ID.eq(TRAINING_RECORD.SESSION_ID))
                .join(COUNSELOR).on(COUNSELOR.ID.eq(TRAINING_RECORD.COUNSELOR_ID))
                .where(TRAINING_RECORD.CERTIFICATE_NO.in(numbers))
                .and(TRAINING_SESSION.COURSE.eq(course))
                .and(exceptSession == null ? noCondition() : TRAINING_SESSION.ID.ne(exceptSession))
                .forEach(r -> out.putIfAbsent(r.value1(), r.value2()));
        return out;
    }

    public int countRecords() {
        return dsl.fetchCount(TRAINING_RECORD);
    }

    /**
     * One page of the ledger, sorted in SQL, with the count and totals of everything the filter
     * selects. In the default order (newest first) the page is read along the records' date index
     * and the query stops after the page. Totals of a filter on the session's own fields (year,
     * level, category) are summed over the sessions' kept totals, not over the records.
     */
    public LedgerPage page(LedgerFilter filter, LedgerSort sort, int offset, int limit) {
        Condition where = where(filter);
        // First the page's record ids, from the records alone where the order allows (the planner
        // then walks the date index and stops after the page); then the page's details by id.
        List<Long> ids = dsl.select(TRAINING_RECORD.ID)
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
                            coalesce(TRAINING_RECORD.NOTE, TRAINING_SESSION.NOTE))
                    .from(TRAINING_RECORD)
                    .join(TRAINING_SESSION).on(TRAINING_SESSION.ID.eq(TRAINING_RECORD.SESSION_ID))
                    .join(COUNSELOR).on(COUNSELOR.ID.eq(TRAINING_RECORD.COUNSELOR_ID))
                    .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(COUNSELOR.DEPARTMENT_ID))
                    .where(TRAINING_RECORD.ID.in(ids))
                    .forEach(r -> byId.put(r.value1(), new LedgerRow(r.value1(), r.value2(), r.value3(), r.value4(),
                            r.value5(), r.value6(), r.value7(), r.value8(), TrainingLevel.valueOf(r.value9()),
                            TrainingCategory.valueOf(r.value10()), r.value11(), r.value12(), r.value13(),
                            r.value14(), r.value15(), r.value16(), false)));
        }
        List<LedgerRow> rows = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        boolean sessionsOnly = filter.departmentId() == null && filter.counselor() == null
                && (filter.search() == null || !certificateStarts(filter.search()));
        org.jooq.Record3<? extends Number, BigDecimal, BigDecimal> totals;
        if (sessionsOnly) {
            // Every record of the sessions selected counts: add up the sessions' own totals.
            totals = dsl.select(sum(TRAINING_SESSION.ATTENDEE_COUNT), sum(TRAINING_SESSION.HOURS_TOTAL),
                            sum(TRAINING_SESSION.COST_PER_PERSON.mul(TRAINING_SESSION.ATTENDEE_COUNT)))
                    .from(TRAINING_SESSION)
                    .where(sessionWhere(filter))
                    .fetchOne();
        } else {
            totals = dsl.select(count(), sum(TRAINING_RECORD.HOURS), sum(TRAINING_SESSION.COST_PER_PERSON))
                    .from(TRAINING_RECORD)
                    .join(TRAINING_SESSION).on(TRAINING_SESSION.ID.eq(TRAINING_RECORD.SESSION_ID))
                    .where(where)
                    .fetchOne();
        }
        int total = totals.value1() == null ? 0 : totals.value1().intValue();
        return new LedgerPage(rows, offset, total, zero(totals.value2()), zero(totals.value3()));
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
     * The filter as conditions on the records alone. The sessions (by level, category, text) and the
     * counselors (by department, name) it selects are looked up first in their own small tables, so
     * the records are then reached through their indexes by those ids.
     */
    private Condition where(LedgerFilter f) {
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
        if (f.departmentId() != null || f.counselor() != null) {
            Condition who = noCondition();
            if (f.departmentId() != null) {
                who = who.and(COUNSELOR.DEPARTMENT_ID.eq(f.departmentId()));
            }
            if (f.counselor() != null) {
                who = who.and(COUNSELOR.NAME.contains(f.counselor())
                        .or(COUNSELOR.ID_NUMBER.eq(f.counselor().toUpperCase(java.util.Locale.ROOT))));
            }
            c = c.and(ids(TRAINING_RECORD.COUNSELOR_ID, select(COUNSELOR.ID).from(COUNSELOR).where(who)));
        }
        return c;
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
        // Inlined: with the values in the statement H2 plans an index lookup per id (ids are numbers).
        return found.size() <= MAX_ID_LIST ? column.in(found.stream().map(org.jooq.impl.DSL::inline).toList())
                : column.in(query);
    }

    private static SortField<?>[] order(LedgerSort sort) {
        if (sort.column() == LedgerSort.Column.START_DATE) {
            // Along the index (start_date, id), either way.
            return sort.ascending()
                    ? new SortField<?>[]{TRAINING_RECORD.START_DATE.asc(), TRAINING_RECORD.ID.asc()}
                    : new SortField<?>[]{TRAINING_RECORD.START_DATE.desc(), TRAINING_RECORD.ID.desc()};
        }
        Field<?> f = switch (sort.column()) {
            case COUNSELOR -> COUNSELOR.NAME;
            case DEPARTMENT -> DEPARTMENT.NAME;
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

    // ---- compliance facts and budget ------------------------------------------------------

    /** School-level class hours per counselor in a year, from the yearly summary. */
    public Map<Long, BigDecimal> schoolHours(int year) {
        Map<Long, BigDecimal> out = new HashMap<>();
        dsl.select(TRAINING_SUMMARY.COUNSELOR_ID, TRAINING_SUMMARY.HOURS)
                .from(TRAINING_SUMMARY)
                .where(TRAINING_SUMMARY.TRAIN_YEAR.eq(year))
                .and(TRAINING_SUMMARY.TRAINING_LEVEL.eq(TrainingLevel.SCHOOL.name()))
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** Class hours per counselor in a year at every level, from the yearly summary. */
    public Map<Long, BigDecimal> allHours(int year) {
        Map<Long, BigDecimal> out = new HashMap<>();
        dsl.select(TRAINING_SUMMARY.COUNSELOR_ID, sum(TRAINING_SUMMARY.HOURS))
                .from(TRAINING_SUMMARY)
                .where(TRAINING_SUMMARY.TRAIN_YEAR.eq(year))
                .groupBy(TRAINING_SUMMARY.COUNSELOR_ID)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** The start of each counselor's latest national or regional training up to the end of a year. */
    public Map<Long, LocalDate> lastHigher(int upToYear) {
        Map<Long, LocalDate> out = new HashMap<>();
        dsl.select(TRAINING_SUMMARY.COUNSELOR_ID, max(TRAINING_SUMMARY.LAST_START))
                .from(TRAINING_SUMMARY)
                .where(TRAINING_SUMMARY.TRAINING_LEVEL.in(TrainingLevel.REGIONAL.name(), TrainingLevel.NATIONAL.name()))
                .and(TRAINING_SUMMARY.TRAIN_YEAR.le(upToYear))
                .groupBy(TRAINING_SUMMARY.COUNSELOR_ID)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** The counselors with a pre-service training starting between two dates. */
    public Set<Long> preService(LocalDate from, LocalDate to) {
        return dsl.selectDistinct(TRAINING_RECORD.COUNSELOR_ID)
                .from(TRAINING_SESSION)
                .join(TRAINING_RECORD).on(TRAINING_RECORD.SESSION_ID.eq(TRAINING_SESSION.ID))
                .where(TRAINING_SESSION.CATEGORY.eq(TrainingCategory.PRE_SERVICE.name()))
                .and(TRAINING_SESSION.START_DATE.between(from, to))
                .fetchSet(TRAINING_RECORD.COUNSELOR_ID);
    }

    /** The records of trainings starting in a span: who, which course, which dates. */
    public List<RecordSpan> spans(LocalDate from, LocalDate to) {
        return dsl.select(TRAINING_RECORD.ID, TRAINING_RECORD.COUNSELOR_ID, TRAINING_SESSION.COURSE,
                        TRAINING_SESSION.START_DATE, TRAINING_SESSION.END_DATE)
                .from(TRAINING_SESSION)
                .join(TRAINING_RECORD).on(TRAINING_RECORD.SESSION_ID.eq(TRAINING_SESSION.ID))
                .where(TRAINING_SESSION.START_DATE.between(from, to))
                .orderBy(TRAINING_SESSION.START_DATE, TRAINING_RECORD.ID)
                .fetch(r -> new RecordSpan(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** A record's counselor, course and dates. */
    public record RecordSpan(long recordId, long counselorId, String course, LocalDate start, LocalDate end) {
    }

    /** Sessions, records, class hours and cost of a year's trainings, per level: from the sessions' totals. */
    public List<BudgetLine> budgetByLevel(int year) {
        return dsl.select(TRAINING_SESSION.TRAINING_LEVEL, count(), sum(TRAINING_SESSION.ATTENDEE_COUNT),
                        sum(TRAINING_SESSION.HOURS_TOTAL),
                        sum(TRAINING_SESSION.COST_PER_PERSON.mul(TRAINING_SESSION.ATTENDEE_COUNT)))
                .from(TRAINING_SESSION)
                .where(inYear(year))
                .and(TRAINING_SESSION.ATTENDEE_COUNT.gt(0))
                .groupBy(TRAINING_SESSION.TRAINING_LEVEL)
                .fetch(r -> new BudgetLine(TrainingLevel.valueOf(r.value1()).name(), null, r.value2(),
                        r.value3() == null ? 0 : r.value3().intValue(), zero(r.value4()), zero(r.value5())));
    }

    /** Records, class hours and cost of a year's trainings, per department of the counselors (no session count). */
    public List<BudgetLine> budgetByDepartment(int year) {
        return dsl.select(DEPARTMENT.ID, DEPARTMENT.NAME, sum(TRAINING_SUMMARY.RECORDS), sum(TRAINING_SUMMARY.HOURS),
                        sum(TRAINING_SUMMARY.COST))
                .from(TRAINING_SUMMARY)
                .join(COUNSELOR).on(COUNSELOR.ID.eq(TRAINING_SUMMARY.COUNSELOR_ID))
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(COUNSELOR.DEPARTMENT_ID))
                .where(TRAINING_SUMMARY.TRAIN_YEAR.eq(year))
                .groupBy(DEPARTMENT.ID, DEPARTMENT.NAME, DEPARTMENT.SORT_ORDER)
                .orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.NAME)
                .fetch(r -> new BudgetLine(r.value2(), r.value1(), -1, r.value3() == null ? 0 : r.value3().intValue(),
                        zero(r.value4()), zero(r.value5())));
    }

    private static Condition inYear(int year) {
        return TRAINING_SESSION.START_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
