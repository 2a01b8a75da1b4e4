package cn.huyang.worklog;

import static cn.huyang.db.jooq.Tables.WORK_JOURNAL;

import cn.huyang.db.Stamps;
import cn.huyang.db.jooq.WorkJournalRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The rows of {@code work_journal}; entries as stored (sealed): a row read has empty entries and its sealed text. */
public class JournalRepository {
    private final DSLContext dsl;
    private final Stamps stamps;

    public JournalRepository(DSLContext dsl, Stamps stamps) {
        this.dsl = dsl;
        this.stamps = stamps;
    }

    public record Stored(Journal journal, String sealedEntries) {
    }

    public long insert(long counselorId, LocalDate weekStart) {
        return dsl.insertInto(WORK_JOURNAL)
                .set(WORK_JOURNAL.COUNSELOR_ID, counselorId)
                .set(WORK_JOURNAL.WEEK_START, weekStart)
                .set(stamps.insert(WORK_JOURNAL))
                .returningResult(WORK_JOURNAL.ID)
                .fetchOne(WORK_JOURNAL.ID);
    }

    /** Many journals in one statement (demo data); entries set after. Their ids in the drafts' order. */
    public List<Long> insertAll(List<Journal> js) {
        if (js.isEmpty()) {
            return List.of();
        }
        var insert = dsl.insertInto(WORK_JOURNAL, WORK_JOURNAL.COUNSELOR_ID, WORK_JOURNAL.WEEK_START,
                WORK_JOURNAL.SUBMITTED_AT, WORK_JOURNAL.REVIEWED_AT, WORK_JOURNAL.REVIEWED_BY,
                WORK_JOURNAL.REVIEW_COMMENT, WORK_JOURNAL.UID, WORK_JOURNAL.CHANGED_AT, WORK_JOURNAL.CHANGED_BY,
                WORK_JOURNAL.CHANGE_SEQ);
        java.time.LocalDateTime at = stamps.now();
        String by = stamps.actor();
        for (Journal j : js) {
            insert = insert.values(DSL.val(j.counselorId()), DSL.val(j.weekStart()), DSL.val(j.submittedAt()),
                    DSL.val(j.reviewedAt()), DSL.val(j.reviewedBy()), DSL.val(j.reviewComment()),
                    DSL.val(Stamps.newUid()), DSL.val(at), DSL.val(by), Stamps.nextSeq());
        }
        List<Long> ids = new java.util.ArrayList<>(insert.returningResult(WORK_JOURNAL.ID).fetch(WORK_JOURNAL.ID));
        java.util.Collections.sort(ids);
        return ids;
    }

    /** Completes an {@link #insertAll} in its transaction: the insert's stamps stand for both. */
    public void setEntries(Map<Long, String> sealed) {
        if (sealed.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.update(WORK_JOURNAL).set(WORK_JOURNAL.ENTRIES, (String) null)
                .where(WORK_JOURNAL.ID.eq((Long) null)));
        sealed.forEach((id, text) -> batch.bind(text, id));
        batch.execute();
    }

    /** The weeks (Mondays) a counselor already has a journal for, of every counselor (demo data added again). */
    public java.util.Set<String> weeks() {
        java.util.Set<String> out = new java.util.HashSet<>();
        dsl.select(WORK_JOURNAL.COUNSELOR_ID, WORK_JOURNAL.WEEK_START).from(WORK_JOURNAL)
                .forEach(r -> out.add(r.value1() + "/" + r.value2()));
        return out;
    }

    public boolean updateEntries(long id, int version, String sealed) {
        return dsl.update(WORK_JOURNAL).set(WORK_JOURNAL.ENTRIES, sealed)
                .set(stamps.update(WORK_JOURNAL))
                .where(WORK_JOURNAL.ID.eq(id)).and(WORK_JOURNAL.ROW_VERSION.eq(version)).execute() == 1;
    }

    public boolean submit(long id, int version, LocalDateTime at) {
        return dsl.update(WORK_JOURNAL).set(WORK_JOURNAL.SUBMITTED_AT, at)
                .set(stamps.update(WORK_JOURNAL))
                .where(WORK_JOURNAL.ID.eq(id)).and(WORK_JOURNAL.ROW_VERSION.eq(version)).execute() == 1;
    }

    public boolean review(long id, int version, LocalDateTime at, String by, String comment) {
        return dsl.update(WORK_JOURNAL).set(WORK_JOURNAL.REVIEWED_AT, at).set(WORK_JOURNAL.REVIEWED_BY, by)
                .set(WORK_JOURNAL.REVIEW_COMMENT, comment)
                .set(stamps.update(WORK_JOURNAL))
                .where(WORK_JOURNAL.ID.eq(id)).and(WORK_JOURNAL.ROW_VERSION.eq(version)).execute() == 1;
    }

    public Optional<Stored> find(long id) {
        return dsl.selectFrom(WORK_JOURNAL).where(WORK_JOURNAL.ID.eq(id)).fetchOptional(JournalRepository::toStored);
    }

    public Optional<Stored> find(long counselorId, LocalDate weekStart) {
        return dsl.selectFrom(WORK_JOURNAL).where(WORK_JOURNAL.COUNSELOR_ID.eq(counselorId))
                .and(WORK_JOURNAL.WEEK_START.eq(weekStart)).fetchOptional(JournalRepository::toStored);
    }

    public List<Stored> between(long counselorId, LocalDate from, LocalDate to) {
        return dsl.selectFrom(WORK_JOURNAL).where(WORK_JOURNAL.COUNSELOR_ID.eq(counselorId))
                .and(WORK_JOURNAL.WEEK_START.between(from, to)).orderBy(WORK_JOURNAL.WEEK_START)
                .fetch(JournalRepository::toStored);
    }

    static Stored toStored(WorkJournalRecord r) {
        return new Stored(new Journal(r.getId(), r.getCounselorId(), r.getWeekStart(), Map.of(), r.getSubmittedAt(),
                r.getReviewedAt(), r.getReviewedBy(), r.getReviewComment(), r.getRowVersion()), r.getEntries());
    }
}
