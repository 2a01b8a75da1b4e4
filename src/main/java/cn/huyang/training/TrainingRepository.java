package cn.huyang.training;

import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static cn.huyang.db.jooq.Tables.TRAINING_RECORD;
import static cn.huyang.db.jooq.Tables.TRAINING_SESSION;
import static cn.huyang.db.jooq.Tables.TRAINING_SUMMARY;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.sum;

import cn.huyang.db.Stamps;
import cn.huyang.db.jooq.TrainingRecordRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Training sessions and their records: written, with the yearly summary kept up to date, and read
 * one session at a time. The ledger ({@link TrainingLedgerRepository}), the compliance facts
 * ({@link TrainingComplianceRepository}) and the budget ({@link TrainingBudgetRepository}) are read
 * by classes of their own.
 */
public class TrainingRepository {
    private final DSLContext dsl;
    private final java.time.Clock clock;
    private final Stamps stamps;

    public TrainingRepository(DSLContext dsl, java.time.Clock clock, Stamps stamps) {
        this.dsl = dsl;
        this.clock = clock;
        this.stamps = stamps;
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
                .set(stamps.insert(TRAINING_SESSION))
                .returningResult(TRAINING_SESSION.ID)
                .fetchOne(TRAINING_SESSION.ID);
    }

    /**
     * Updates a session still at its version (the version goes up) and its records' start date.
     *
     * @return false when the session has another version (or is gone): nothing was written
     */
    public boolean updateSession(TrainingSession s) {
        int updated = dsl.update(TRAINING_SESSION)
                .set(TRAINING_SESSION.COURSE, s.course())
                .set(TRAINING_SESSION.ORGANISER, s.organiser())
                .set(TRAINING_SESSION.TRAINING_LEVEL, s.level().name())
                .set(TRAINING_SESSION.CATEGORY, s.category().name())
                .set(TRAINING_SESSION.START_DATE, s.startDate())
                .set(TRAINING_SESSION.END_DATE, s.endDate())
                .set(TRAINING_SESSION.HOURS, s.hours())
                .set(TRAINING_SESSION.COST_PER_PERSON, s.costPerPerson())
                .set(TRAINING_SESSION.NOTE, s.note())
                .set(TRAINING_SESSION.UPDATED_AT, java.time.LocalDateTime.now(clock))
                .set(stamps.update(TRAINING_SESSION))
                .where(TRAINING_SESSION.ID.eq(s.id()))
                .and(TRAINING_SESSION.ROW_VERSION.eq(s.version()))
                .execute();
        if (updated != 1) {
            return false;
        }
        dsl.update(TRAINING_RECORD)
                .set(TRAINING_RECORD.START_DATE, s.startDate())
                .set(stamps.update(TRAINING_RECORD))
                .where(TRAINING_RECORD.SESSION_ID.eq(s.id()))
                .and(TRAINING_RECORD.START_DATE.ne(s.startDate()))
                .execute();
        return true;
    }

    /** A session's records changed (one deleted from the ledger): its version goes up. */
    public void touchSession(long sessionId) {
        dsl.update(TRAINING_SESSION).set(stamps.update(TRAINING_SESSION))
                .set(TRAINING_SESSION.UPDATED_AT, java.time.LocalDateTime.now(clock))
                .where(TRAINING_SESSION.ID.eq(sessionId)).execute();
    }

    /** The stored version of a session, empty when it is gone. */
    public Optional<Integer> sessionVersion(long sessionId) {
        return dsl.select(TRAINING_SESSION.ROW_VERSION).from(TRAINING_SESSION).where(TRAINING_SESSION.ID.eq(sessionId))
                .fetchOptional(TRAINING_SESSION.ROW_VERSION);
    }

    /** The stored version of a record, empty when it is gone. */
    public Optional<Integer> recordVersion(long recordId) {
        return dsl.select(TRAINING_RECORD.ROW_VERSION).from(TRAINING_RECORD).where(TRAINING_RECORD.ID.eq(recordId))
                .fetchOptional(TRAINING_RECORD.ROW_VERSION);
    }

    /** Inserts the records of new attendees in one batch. */
    public void insertRecords(TrainingSession session, List<TrainingSession.Attendee> attendees) {
        if (attendees.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.insertInto(TRAINING_RECORD, TRAINING_RECORD.SESSION_ID,
                        TRAINING_RECORD.COUNSELOR_ID, TRAINING_RECORD.START_DATE, TRAINING_RECORD.HOURS,
                        TRAINING_RECORD.CERTIFICATE_NO, TRAINING_RECORD.NOTE, TRAINING_RECORD.UID,
                        TRAINING_RECORD.CHANGED_AT, TRAINING_RECORD.CHANGED_BY, TRAINING_RECORD.CHANGE_SEQ)
                .values(DSL.val((Long) null), DSL.val((Long) null), DSL.val((java.time.LocalDate) null),
                        DSL.val((BigDecimal) null), DSL.val((String) null), DSL.val((String) null),
                        DSL.val((UUID) null), DSL.val((java.time.LocalDateTime) null), DSL.val((String) null),
                        Stamps.nextSeq()));
        java.time.LocalDateTime at = stamps.now();
        String by = stamps.actor();
        for (TrainingSession.Attendee a : attendees) {
            batch.bind(session.id(), a.counselorId(), session.startDate(), a.hoursOr(session.hours()),
                    a.certificateNo(), a.note(), Stamps.newUid(), at, by);
        }
        batch.execute();
    }

    /**
     * Inserts many new sessions with their records (the demo data) and returns the sessions' ids in order:
     * the sessions in multi-row inserts of 500, their totals (attendees, hours) counted from the records
     * written with them, the records in JDBC batches ({@link Stamps#batchInsert}): a few statements where
     * {@link #insertSession}, {@link #insertRecords} and {@link #refreshTotals} take three per session.
     */
    public List<Long> insertSessions(List<TrainingSession> sessions) {
        List<Long> ids = new ArrayList<>(sessions.size());
        for (int from = 0; from < sessions.size(); from += 500) {
            ids.addAll(insertSessionRows(sessions.subList(from, Math.min(sessions.size(), from + 500))));
        }
        List<TrainingRecordRecord> records = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            TrainingSession s = sessions.get(i);
            for (TrainingSession.Attendee a : s.attendees()) {
                TrainingRecordRecord r = dsl.newRecord(TRAINING_RECORD);
                r.setSessionId(ids.get(i));
                r.setCounselorId(a.counselorId());
                r.setStartDate(s.startDate());
                r.setHours(a.hoursOr(s.hours()));
                r.setCertificateNo(a.certificateNo());
                r.setNote(a.note());
                records.add(r);
            }
        }
        for (int from = 0; from < records.size(); from += 10_000) {
            stamps.batchInsert(dsl, TRAINING_RECORD, records.subList(from, Math.min(records.size(), from + 10_000)), null);
        }
        return ids;
    }

    private List<Long> insertSessionRows(List<TrainingSession> sessions) {
        var insert = dsl.insertInto(TRAINING_SESSION, TRAINING_SESSION.COURSE, TRAINING_SESSION.ORGANISER,
                TRAINING_SESSION.TRAINING_LEVEL, TRAINING_SESSION.CATEGORY, TRAINING_SESSION.START_DATE,
                TRAINING_SESSION.END_DATE, TRAINING_SESSION.HOURS, TRAINING_SESSION.COST_PER_PERSON, TRAINING_SESSION.NOTE,
                TRAINING_SESSION.ATTENDEE_COUNT, TRAINING_SESSION.HOURS_TOTAL, TRAINING_SESSION.UID,
                TRAINING_SESSION.CHANGED_AT, TRAINING_SESSION.CHANGED_BY, TRAINING_SESSION.CHANGE_SEQ);
        java.time.LocalDateTime at = stamps.now();
        String by = stamps.actor();
        for (TrainingSession s : sessions) {
            BigDecimal hoursTotal = BigDecimal.ZERO;
            for (TrainingSession.Attendee a : s.attendees()) {
                hoursTotal = hoursTotal.add(a.hoursOr(s.hours()));
            }
            insert = insert.values(DSL.val(s.course()), DSL.val(s.organiser()), DSL.val(s.level().name()),
                    DSL.val(s.category().name()), DSL.val(s.startDate()), DSL.val(s.endDate()), DSL.val(s.hours()),
                    DSL.val(s.costPerPerson()), DSL.val(s.note()), DSL.val(s.attendees().size()), DSL.val(hoursTotal),
                    DSL.val(Stamps.newUid()), DSL.val(at), DSL.val(by), Stamps.nextSeq());
        }
        List<Long> ids = new ArrayList<>(insert.returningResult(TRAINING_SESSION.ID).fetch(TRAINING_SESSION.ID));
        java.util.Collections.sort(ids); // identities are handed out in the rows' order
        return ids;
    }

    /**
     * Counts a session's attendees and adds up their hours again, after its records changed. Derived
     * columns, not stamped: every database derives them from the records it holds.
     */
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
                .set(TRAINING_RECORD.UPDATED_AT, java.time.LocalDateTime.now(clock))
                .set(stamps.update(TRAINING_RECORD))
                .where(TRAINING_RECORD.ID.eq(a.recordId()))
                .execute();
    }

    public void deleteRecords(Collection<Long> recordIds) {
        if (!recordIds.isEmpty()) {
            stamps.delete(dsl, TRAINING_RECORD, TRAINING_RECORD.ID.in(recordIds));
        }
    }

    /** Deletes a session with every record of it. */
    public void deleteSession(long sessionId) {
        stamps.delete(dsl, TRAINING_RECORD, TRAINING_RECORD.SESSION_ID.eq(sessionId));
        stamps.delete(dsl, TRAINING_SESSION, TRAINING_SESSION.ID.eq(sessionId));
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

    /** Recomputes the yearly summary of some counselors in every year (after a data package wrote their records). */
    public void refreshSummary(Collection<Long> counselorIds) {
        if (counselorIds.isEmpty()) {
            return;
        }
        dsl.deleteFrom(TRAINING_SUMMARY).where(TRAINING_SUMMARY.COUNSELOR_ID.in(counselorIds)).execute();
        insertSummary(TRAINING_RECORD.COUNSELOR_ID.in(counselorIds));
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
                        s.getStartDate(), s.getEndDate(), s.getHours(), s.getCostPerPerson(), s.getNote(), attendees,
                        s.getRowVersion()));
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
}
