package cn.huyang.students;

import static cn.huyang.db.jooq.Tables.STUDENT_ATTENTION;

import cn.huyang.db.Stamps;
import cn.huyang.db.jooq.StudentAttentionRecord;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

/** The 一人一档 of students under special attention. Sealed columns as stored (the service seals). */
public class AttentionRepository {
    private final DSLContext dsl;
    private final Stamps stamps;

    public AttentionRepository(DSLContext dsl, Stamps stamps) {
        this.dsl = dsl;
        this.stamps = stamps;
    }

    public Optional<Attention> find(long id) {
        return dsl.selectFrom(STUDENT_ATTENTION).where(STUDENT_ATTENTION.ID.eq(id))
                .fetchOptional(AttentionRepository::toAttention);
    }

    /** A student's attention records, newest first. */
    public List<Attention> forStudent(long studentId) {
        return dsl.selectFrom(STUDENT_ATTENTION).where(STUDENT_ATTENTION.STUDENT_ID.eq(studentId))
                .orderBy(STUDENT_ATTENTION.STARTED_ON.desc(), STUDENT_ATTENTION.ID.desc())
                .fetch(AttentionRepository::toAttention);
    }

    /** Every active attention (texts still sealed). */
    public List<Attention> active() {
        return dsl.selectFrom(STUDENT_ATTENTION).where(STUDENT_ATTENTION.STATUS.eq(AttentionStatus.ACTIVE.name()))
                .orderBy(STUDENT_ATTENTION.ID).fetch(AttentionRepository::toAttention);
    }

    public boolean hasActive(long studentId) {
        return dsl.fetchExists(STUDENT_ATTENTION, STUDENT_ATTENTION.STUDENT_ID.eq(studentId)
                .and(STUDENT_ATTENTION.STATUS.eq(AttentionStatus.ACTIVE.name())));
    }

    /** Inserts without the sealed texts (sealed after, with the id: {@link #setSealed}); the id. */
    public long insert(Attention a, LocalDateTime now) {
        return dsl.insertInto(STUDENT_ATTENTION)
                .set(STUDENT_ATTENTION.STUDENT_ID, a.studentId())
                .set(STUDENT_ATTENTION.CATEGORY, a.category().name())
                .set(STUDENT_ATTENTION.CONTACT_LEVEL, a.level())
                .set(STUDENT_ATTENTION.COUNSELOR_ID, a.counselorId())
                .set(STUDENT_ATTENTION.STARTED_ON, a.startedOn())
                .set(STUDENT_ATTENTION.STATUS, a.status().name())
                .set(STUDENT_ATTENTION.RELEASED_ON, a.releasedOn())
                .set(STUDENT_ATTENTION.CREATED_AT, now)
                .set(STUDENT_ATTENTION.UPDATED_AT, now)
                .set(stamps.insert(STUDENT_ATTENTION))
                .returningResult(STUDENT_ATTENTION.ID)
                .fetchOne(STUDENT_ATTENTION.ID);
    }

    /** Completes an {@link #insert} in its transaction: the insert's stamps stand for both. */
    public void setSealed(long id, String reason, String measures, String releaseReason) {
        dsl.update(STUDENT_ATTENTION)
                .set(STUDENT_ATTENTION.REASON, reason)
                .set(STUDENT_ATTENTION.MEASURES, measures)
                .set(STUDENT_ATTENTION.RELEASE_REASON, releaseReason)
                .where(STUDENT_ATTENTION.ID.eq(id)).execute();
    }

    /** Updates everything (sealed texts as given) at the version read; false when it changed since. */
    public boolean update(Attention a, LocalDateTime now) {
        return dsl.update(STUDENT_ATTENTION)
                .set(STUDENT_ATTENTION.CATEGORY, a.category().name())
                .set(STUDENT_ATTENTION.CONTACT_LEVEL, a.level())
                .set(STUDENT_ATTENTION.REASON, a.reason())
                .set(STUDENT_ATTENTION.MEASURES, a.measures())
                .set(STUDENT_ATTENTION.COUNSELOR_ID, a.counselorId())
                .set(STUDENT_ATTENTION.STARTED_ON, a.startedOn())
                .set(STUDENT_ATTENTION.STATUS, a.status().name())
                .set(STUDENT_ATTENTION.RELEASED_ON, a.releasedOn())
                .set(STUDENT_ATTENTION.RELEASE_REASON, a.releaseReason())
                .set(STUDENT_ATTENTION.UPDATED_AT, now)
                .set(stamps.update(STUDENT_ATTENTION))
                .where(STUDENT_ATTENTION.ID.eq(a.id()))
                .and(STUDENT_ATTENTION.ROW_VERSION.eq(a.version()))
                .execute() == 1;
    }

    private static Attention toAttention(StudentAttentionRecord r) {
        return new Attention(r.getId(), r.getStudentId(), AttentionCategory.valueOf(r.getCategory()),
                r.getContactLevel(), r.getReason(), r.getMeasures(), r.getCounselorId(), r.getStartedOn(),
                AttentionStatus.valueOf(r.getStatus()), r.getReleasedOn(), r.getReleaseReason(), r.getRowVersion());
    }
}
