package cn.huyang.worklog;

import static cn.huyang.db.jooq.Tables.WORK_RECORD;
import static cn.huyang.db.jooq.Tables.WORK_RECORD_STUDENT;

import cn.huyang.db.Stamps;
import cn.huyang.db.jooq.WorkRecordRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The rows of {@code work_record} and {@code work_record_student}, texts as stored (sealed): the
 * service seals and opens them. A row read comes as a {@link Stored}: the record without its details
 * and students, and the sealed body.
 */
public class WorklogRepository {
    private final DSLContext dsl;
    private final MonthTallyRepository tally;

    private final Stamps stamps;

    public WorklogRepository(DSLContext dsl, Stamps stamps) {
        this.dsl = dsl;
        this.stamps = stamps;
        this.tally = new MonthTallyRepository(dsl);
    }

    /**
     * Counts again the monthly tally of the given counselors for the months from {@code from}'s to
     * {@code to}'s: called in the transaction of every change to their records.
     */
    public void recount(Collection<Long> counselorIds, LocalDate from, LocalDate to) {
        tally.recount(counselorIds, YearMonth.from(from), YearMonth.from(to));
    }

    /** A stored row: the plain fields (details and students empty) and the sealed body. */
    public record Stored(WorkRecord record, String sealedBody, int studentsCount) {
    }

    /** A stored student line: its place in the record, the student's id (or null) and the sealed name. */
    public record SealedStudent(long recordId, int seq, Long studentId, String sealedName) {
    }

    public long insert(WorkRecord r, LocalDateTime at, String by) {
        return dsl.insertInto(WORK_RECORD)
                .set(WORK_RECORD.COUNSELOR_ID, r.counselorId())
                .set(WORK_RECORD.KIND, r.kind().name())
                .set(WORK_RECORD.OCCURRED_ON, r.date())
                .set(WORK_RECORD.OCCURRED_AT, r.time())
                .set(WORK_RECORD.PLACE, r.place())
                .set(WORK_RECORD.CLASS_NAME, r.className())
                .set(WORK_RECORD.CATEGORY, r.category())
                .set(WORK_RECORD.FOLLOW_UP_ON, r.followUpOn())
                .set(WORK_RECORD.FOLLOW_UP_DONE, r.followUpDone())
                .set(WORK_RECORD.CONFIDENTIAL, r.confidential())
                .set(WORK_RECORD.STUDENTS_COUNT, r.students().size())
                .set(WORK_RECORD.CREATED_AT, at)
                .set(WORK_RECORD.CREATED_BY, by)
                .set(stamps.insert(WORK_RECORD))
                .returningResult(WORK_RECORD.ID)
                .fetchOne(WORK_RECORD.ID);
    }

    /** Many records in one statement (demo data): their ids in the drafts' order; bodies set after. */
    public List<Long> insertAll(List<WorkRecord> rs, LocalDateTime at, String by) {
        if (rs.isEmpty()) {
            return List.of();
        }
        var insert = dsl.insertInto(WORK_RECORD, WORK_RECORD.COUNSELOR_ID, WORK_RECORD.KIND, WORK_RECORD.OCCURRED_ON,
                WORK_RECORD.OCCURRED_AT, WORK_RECORD.PLACE, WORK_RECORD.CLASS_NAME, WORK_RECORD.CATEGORY,
                WORK_RECORD.FOLLOW_UP_ON, WORK_RECORD.FOLLOW_UP_DONE, WORK_RECORD.CONFIDENTIAL,
                WORK_RECORD.STUDENTS_COUNT, WORK_RECORD.CREATED_AT, WORK_RECORD.CREATED_BY, WORK_RECORD.UID,
                WORK_RECORD.CHANGED_AT, WORK_RECORD.CHANGED_BY, WORK_RECORD.CHANGE_SEQ);
        LocalDateTime now = stamps.now();
        String actor = stamps.actor();
        for (WorkRecord r : rs) {
            insert = insert.values(DSL.val(r.counselorId()), DSL.val(r.kind().name()), DSL.val(r.date()),
                    DSL.val(r.time()), DSL.val(r.place()), DSL.val(r.className()), DSL.val(r.category()),
                    DSL.val(r.followUpOn()), DSL.val(r.followUpDone()), DSL.val(r.confidential()),
                    DSL.val(r.students().size()), DSL.val(at), DSL.val(by), DSL.val(Stamps.newUid()),
                    DSL.val(now), DSL.val(actor), Stamps.nextSeq());
        }
        List<Long> ids = new ArrayList<>(insert.returningResult(WORK_RECORD.ID).fetch(WORK_RECORD.ID));
        java.util.Collections.sort(ids); // identities are handed out in the rows' order
        return ids;
    }

    /** The sealed bodies of many records, in one batch: completes {@link #insertAll} in its transaction (its stamps stand). */
    public void setBodies(Map<Long, String> sealed) {
        if (sealed.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.update(WORK_RECORD).set(WORK_RECORD.BODY, (String) null)
                .where(WORK_RECORD.ID.eq((Long) null)));
        sealed.forEach((id, body) -> batch.bind(body, id));
        batch.execute();
    }

    /** Student lines of many records in one statement. */
    public void insertStudents(List<SealedStudent> students) {
        if (students.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(WORK_RECORD_STUDENT, WORK_RECORD_STUDENT.RECORD_ID, WORK_RECORD_STUDENT.SEQ_NO,
                WORK_RECORD_STUDENT.STUDENT_ID, WORK_RECORD_STUDENT.NAME);
        for (SealedStudent s : students) {
            insert = insert.values(s.recordId(), s.seq(), s.studentId(), s.sealedName());
        }
        insert.execute();
    }

    /** Completes an {@link #insert} in its transaction: the insert's stamps stand for both. */
    public void setBody(long id, String sealedBody) {
        dsl.update(WORK_RECORD).set(WORK_RECORD.BODY, sealedBody).where(WORK_RECORD.ID.eq(id)).execute();
    }

    /** Changes a record at the version it was read; false when it is gone or changed since. */
    public boolean update(WorkRecord r, String sealedBody) {
        return dsl.update(WORK_RECORD)
                .set(WORK_RECORD.KIND, r.kind().name())
                .set(WORK_RECORD.OCCURRED_ON, r.date())
                .set(WORK_RECORD.OCCURRED_AT, r.time())
                .set(WORK_RECORD.PLACE, r.place())
                .set(WORK_RECORD.CLASS_NAME, r.className())
                .set(WORK_RECORD.CATEGORY, r.category())
                .set(WORK_RECORD.FOLLOW_UP_ON, r.followUpOn())
                .set(WORK_RECORD.FOLLOW_UP_DONE, r.followUpDone())
                .set(WORK_RECORD.CONFIDENTIAL, r.confidential())
                .set(WORK_RECORD.STUDENTS_COUNT, r.students().size())
                .set(WORK_RECORD.BODY, sealedBody)
                .set(stamps.update(WORK_RECORD))
                .where(WORK_RECORD.ID.eq(r.id()))
                .and(WORK_RECORD.ROW_VERSION.eq(r.version()))
                .execute() == 1;
    }

    public boolean delete(long id, int version) {
        return stamps.delete(dsl, WORK_RECORD, WORK_RECORD.ID.eq(id).and(WORK_RECORD.ROW_VERSION.eq(version)),
                WORK_RECORD_STUDENT, WORK_RECORD_STUDENT.RECORD_ID) == 1;
    }

    public Optional<Stored> find(long id) {
        return dsl.selectFrom(WORK_RECORD).where(WORK_RECORD.ID.eq(id)).fetchOptional(WorklogRepository::toStored);
    }

    /** A counselor's records from one day to another (both included), by date and time. */
    public List<Stored> between(long counselorId, LocalDate from, LocalDate to) {
        return dsl.selectFrom(WORK_RECORD)
                .where(WORK_RECORD.COUNSELOR_ID.eq(counselorId))
                .and(WORK_RECORD.OCCURRED_ON.between(from, to))
                .orderBy(WORK_RECORD.OCCURRED_ON, WORK_RECORD.OCCURRED_AT, WORK_RECORD.ID)
                .fetch(WorklogRepository::toStored);
    }

    /** Every record from one day to another (an export), by counselor and date. */
    public List<Stored> allBetween(LocalDate from, LocalDate to) {
        return dsl.selectFrom(WORK_RECORD)
                .where(WORK_RECORD.OCCURRED_ON.between(from, to))
                .orderBy(WORK_RECORD.COUNSELOR_ID, WORK_RECORD.OCCURRED_ON, WORK_RECORD.ID)
                .fetch(WorklogRepository::toStored);
    }

    /**
     * The record's student lines, replaced whole: they have no identity of their own and travel with
     * their record, which the caller has inserted or updated (stamped) in the same transaction.
     */
    public void replaceStudents(long recordId, List<SealedStudent> students) {
        dsl.deleteFrom(WORK_RECORD_STUDENT).where(WORK_RECORD_STUDENT.RECORD_ID.eq(recordId)).execute();
        if (students.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(WORK_RECORD_STUDENT, WORK_RECORD_STUDENT.RECORD_ID, WORK_RECORD_STUDENT.SEQ_NO,
                WORK_RECORD_STUDENT.STUDENT_ID, WORK_RECORD_STUDENT.NAME);
        for (SealedStudent s : students) {
            insert = insert.values(recordId, s.seq(), s.studentId(), s.sealedName());
        }
        insert.execute();
    }

    /** The student lines of these records, by record, in order (one query). */
    public Map<Long, List<SealedStudent>> students(Collection<Long> recordIds) {
        Map<Long, List<SealedStudent>> out = new HashMap<>();
        if (recordIds.isEmpty()) {
            return out;
        }
        dsl.selectFrom(WORK_RECORD_STUDENT).where(WORK_RECORD_STUDENT.RECORD_ID.in(recordIds))
                .orderBy(WORK_RECORD_STUDENT.RECORD_ID, WORK_RECORD_STUDENT.SEQ_NO)
                .forEach(r -> out.computeIfAbsent(r.getRecordId(), k -> new ArrayList<>())
                        .add(new SealedStudent(r.getRecordId(), r.getSeqNo(), r.getStudentId(), r.getName())));
        return out;
    }

    /** The last day each of these students was named in a record (one grouped query). */
    public Map<Long, LocalDate> lastContactDates(Collection<Long> studentIds) {
        Map<Long, LocalDate> out = new HashMap<>();
        if (studentIds.isEmpty()) {
            return out;
        }
        var last = DSL.max(WORK_RECORD.OCCURRED_ON);
        dsl.select(WORK_RECORD_STUDENT.STUDENT_ID, last)
                .from(WORK_RECORD_STUDENT).join(WORK_RECORD).on(WORK_RECORD.ID.eq(WORK_RECORD_STUDENT.RECORD_ID))
                .where(WORK_RECORD_STUDENT.STUDENT_ID.in(studentIds))
                .groupBy(WORK_RECORD_STUDENT.STUDENT_ID)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** The records naming a student, newest first, with the counselor of each. */
    public List<Stored> naming(long studentId) {
        return dsl.select(WORK_RECORD.fields()).from(WORK_RECORD)
                .where(WORK_RECORD.ID.in(DSL.select(WORK_RECORD_STUDENT.RECORD_ID).from(WORK_RECORD_STUDENT)
                        .where(WORK_RECORD_STUDENT.STUDENT_ID.eq(studentId))))
                .orderBy(WORK_RECORD.OCCURRED_ON.desc(), WORK_RECORD.ID.desc())
                .fetch(r -> toStored(r.into(WORK_RECORD)));
    }

    public long count() {
        return dsl.fetchCount(WORK_RECORD);
    }

    static Stored toStored(WorkRecordRecord r) {
        WorkRecord plain = new WorkRecord(r.getId(), r.getCounselorId(), RecordKind.valueOf(r.getKind()),
                r.getOccurredOn(), r.getOccurredAt(), r.getPlace(), r.getClassName(), r.getCategory(),
                r.getFollowUpOn(), Boolean.TRUE.equals(r.getFollowUpDone()), Boolean.TRUE.equals(r.getConfidential()),
                Map.of(), List.of(), r.getRowVersion());
        return new Stored(plain, r.getBody(), r.getStudentsCount());
    }

}
