package cn.huyang.assessment;

import static cn.huyang.db.jooq.Tables.ASSESSMENT_ENTRY;
import static cn.huyang.db.jooq.Tables.ASSESSMENT_RESULT;
import static cn.huyang.db.jooq.Tables.ASSESSMENT_SCHEME;
import static cn.huyang.db.jooq.Tables.ASSESSMENT_UNLOCK;
import static cn.huyang.db.jooq.Tables.ASSESSMENT_VETO_ITEM;
import static cn.huyang.db.jooq.Tables.AWARD;

import cn.huyang.db.Stamps;
import cn.huyang.db.PositionalRows;
import cn.huyang.db.jooq.AssessmentEntryRecord;
import cn.huyang.db.jooq.AssessmentSchemeRecord;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The assessment's tables: schemes with their veto items, entries, confirmed results, unlocks, awards. */
public class AssessmentRepository {
    private final DSLContext dsl;
    private final Stamps stamps;
    private final Clock clock;

    /** The clock stamps each row's update time. */
    public AssessmentRepository(DSLContext dsl, Clock clock, Stamps stamps) {
        this.dsl = dsl;
        this.stamps = stamps;
        this.clock = clock;
    }

    // ---- schemes ----------------------------------------------------------------------------

    public Optional<Scheme> scheme(int year) {
        AssessmentSchemeRecord r = dsl.selectFrom(ASSESSMENT_SCHEME).where(ASSESSMENT_SCHEME.ASSESS_YEAR.eq(year))
                .fetchOne();
        return Optional.ofNullable(r).map(this::toScheme);
    }

    /** The latest stored scheme of a year before {@code year}: the one a new year copies. */
    public Optional<Scheme> latestBefore(int year) {
        AssessmentSchemeRecord r = dsl.selectFrom(ASSESSMENT_SCHEME).where(ASSESSMENT_SCHEME.ASSESS_YEAR.lt(year))
                .orderBy(ASSESSMENT_SCHEME.ASSESS_YEAR.desc()).limit(1).fetchOne();
        return Optional.ofNullable(r).map(this::toScheme);
    }

    private Scheme toScheme(AssessmentSchemeRecord r) {
        Map<Party, BigDecimal> w = new EnumMap<>(Party.class);
        w.put(Party.OFFICE, r.getWeightOffice());
        w.put(Party.BRANCH, r.getWeightBranch());
        w.put(Party.STUDENTS, r.getWeightStudents());
        w.put(Party.PERSONNEL, r.getWeightPersonnel());
        List<String> vetoes = dsl.select(ASSESSMENT_VETO_ITEM.LABEL).from(ASSESSMENT_VETO_ITEM)
                .where(ASSESSMENT_VETO_ITEM.ASSESS_YEAR.eq(r.getAssessYear()))
                .orderBy(ASSESSMENT_VETO_ITEM.ITEM_NO).fetch(ASSESSMENT_VETO_ITEM.LABEL);
        return new Scheme(r.getAssessYear(), w, r.getBonusCap(), r.getBandExcellent(), r.getBandCompetent(),
                r.getBandBasic(), r.getQuotaPercent(), vetoes, YearState.valueOf(r.getState()), true, r.getRowVersion());
    }

    /** Inserts or updates the scheme of its year and replaces its veto items. */
    public void saveScheme(Scheme s) {
        AssessmentSchemeRecord r = dsl.newRecord(ASSESSMENT_SCHEME);
        r.setAssessYear(s.year());
        r.setWeightOffice(s.weight(Party.OFFICE));
        r.setWeightBranch(s.weight(Party.BRANCH));
        r.setWeightStudents(s.weight(Party.STUDENTS));
        r.setWeightPersonnel(s.weight(Party.PERSONNEL));
        r.setBonusCap(s.bonusCap());
        r.setBandExcellent(s.excellentFrom());
        r.setBandCompetent(s.competentFrom());
        r.setBandBasic(s.basicFrom());
        r.setQuotaPercent(s.quotaPercent());
        r.setState(s.state().name());
        r.setUpdatedAt(LocalDateTime.now(clock));
        if (dsl.fetchExists(ASSESSMENT_SCHEME, ASSESSMENT_SCHEME.ASSESS_YEAR.eq(s.year()))) {
            r.changed(ASSESSMENT_SCHEME.ASSESS_YEAR, false);
            r.changed(ASSESSMENT_SCHEME.CONFIRMED_AT, false);
            dsl.update(ASSESSMENT_SCHEME).set(r).set(ASSESSMENT_SCHEME.ROW_VERSION, ASSESSMENT_SCHEME.ROW_VERSION.plus(1))
                    .where(ASSESSMENT_SCHEME.ASSESS_YEAR.eq(s.year())).execute();
        } else {
            r.setRowVersion(1); // stored once: never the 0 of a scheme not stored
            r.insert();
        }
        dsl.deleteFrom(ASSESSMENT_VETO_ITEM).where(ASSESSMENT_VETO_ITEM.ASSESS_YEAR.eq(s.year())).execute();
        int no = 1;
        for (String label : s.vetoItems()) {
            dsl.insertInto(ASSESSMENT_VETO_ITEM).set(ASSESSMENT_VETO_ITEM.ASSESS_YEAR, s.year())
                    .set(ASSESSMENT_VETO_ITEM.ITEM_NO, no++).set(ASSESSMENT_VETO_ITEM.LABEL, label).execute();
        }
    }

    /**
     * Locks the year's scheme row until the caller's transaction ends: every write of a year's scores,
     * its confirming and unlocking take it first, so that they happen one after the other on every PC
     * (a score saved while another PC confirms waits, then finds the year confirmed). The row must exist.
     */
    public void lockYear(int year) {
        dsl.select(ASSESSMENT_SCHEME.ASSESS_YEAR).from(ASSESSMENT_SCHEME).where(ASSESSMENT_SCHEME.ASSESS_YEAR.eq(year))
                .forUpdate().fetch();
    }

    public void setState(int year, YearState state) {
        dsl.update(ASSESSMENT_SCHEME)
                .set(ASSESSMENT_SCHEME.STATE, state.name())
                .set(ASSESSMENT_SCHEME.CONFIRMED_AT, state == YearState.CONFIRMED ? LocalDateTime.now(clock) : null)
                .set(ASSESSMENT_SCHEME.UPDATED_AT, LocalDateTime.now(clock))
                .set(ASSESSMENT_SCHEME.ROW_VERSION, ASSESSMENT_SCHEME.ROW_VERSION.plus(1))
                .where(ASSESSMENT_SCHEME.ASSESS_YEAR.eq(year))
                .execute();
    }

    public void insertUnlock(int year, String reason) {
        dsl.insertInto(ASSESSMENT_UNLOCK).set(ASSESSMENT_UNLOCK.ASSESS_YEAR, year)
                .set(ASSESSMENT_UNLOCK.REASON, reason).execute();
    }

    /** The reasons given for unlocking a year, oldest first. */
    public List<String> unlockReasons(int year) {
        return dsl.select(ASSESSMENT_UNLOCK.REASON).from(ASSESSMENT_UNLOCK)
                .where(ASSESSMENT_UNLOCK.ASSESS_YEAR.eq(year)).orderBy(ASSESSMENT_UNLOCK.ID)
                .fetch(ASSESSMENT_UNLOCK.REASON);
    }

    // ---- entries ----------------------------------------------------------------------------

    /**
     * Every entry of a year, by counselor id. A year holds up to 10,000 rows, so they are read by
     * position ({@link PositionalRows}), as the roster reads counselors; the SQL is jOOQ's.
     */
    public Map<Long, Entry> entries(int year) {
        var query = dsl.select(ASSESSMENT_ENTRY.COUNSELOR_ID, ASSESSMENT_ENTRY.SCORE_OFFICE,
                        ASSESSMENT_ENTRY.SCORE_BRANCH, ASSESSMENT_ENTRY.SCORE_STUDENTS, ASSESSMENT_ENTRY.SCORE_PERSONNEL,
                        ASSESSMENT_ENTRY.BONUS, ASSESSMENT_ENTRY.VETO, ASSESSMENT_ENTRY.SUMMARY,
                        ASSESSMENT_ENTRY.OVERRIDE_GRADE, ASSESSMENT_ENTRY.OVERRIDE_REASON,
                        ASSESSMENT_ENTRY.REVIEW_REQUESTED, ASSESSMENT_ENTRY.REVIEW_REASON,
                        ASSESSMENT_ENTRY.REVIEW_OUTCOME, ASSESSMENT_ENTRY.REVIEW_NOTE, ASSESSMENT_ENTRY.ROW_VERSION)
                .from(ASSESSMENT_ENTRY).where(ASSESSMENT_ENTRY.ASSESS_YEAR.eq(year));
        Map<Long, Entry> out = new HashMap<>();
        for (Entry e : PositionalRows.fetch(dsl, query, rs -> read(year, rs))) {
            out.put(e.counselorId(), e);
        }
        return out;
    }

    private static Entry read(int year, ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        Map<Party, BigDecimal> scores = new EnumMap<>(Party.class);
        put(scores, Party.OFFICE, rs.getBigDecimal(2));
        put(scores, Party.BRANCH, rs.getBigDecimal(3));
        put(scores, Party.STUDENTS, rs.getBigDecimal(4));
        put(scores, Party.PERSONNEL, rs.getBigDecimal(5));
        BigDecimal bonus = rs.getBigDecimal(6);
        String veto = rs.getString(7);
        String summary = rs.getString(8);
        String override = rs.getString(9);
        String overrideReason = rs.getString(10);
        java.time.LocalDate requested = rs.getObject(11, java.time.LocalDate.class);
        String reviewReason = rs.getString(12);
        String outcome = rs.getString(13);
        String note = rs.getString(14);
        int version = rs.getInt(15);
        Entry.Review review = requested == null && outcome == null ? null
                : new Entry.Review(requested, reviewReason, outcome == null ? null : ReviewOutcome.valueOf(outcome), note);
        return new Entry(year, id, scores, bonus, veto, summary, override == null ? null : Grade.valueOf(override),
                overrideReason, review, version);
    }

    private static void put(Map<Party, BigDecimal> m, Party p, BigDecimal v) {
        if (v != null) {
            m.put(p, v);
        }
    }

    /**
     * Inserts or replaces the entries in the caller's transaction: the old rows of these counselors
     * removed and the new ones inserted, each as one prepared JDBC batch (fast at 10,000 rows). Each
     * row is written at its entry's version: the caller gives the next one (and holds the year's lock,
     * {@link #lockYear}, having compared the stored versions).
     */
    public void saveEntries(Collection<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<Long, java.util.UUID> kept = keptUids(entries);
        List<java.util.UUID> uids = new ArrayList<>(entries.size());
        var delete = dsl.batch(dsl.deleteFrom(ASSESSMENT_ENTRY)
                .where(ASSESSMENT_ENTRY.ASSESS_YEAR.eq((Integer) null))
                .and(ASSESSMENT_ENTRY.COUNSELOR_ID.eq((Long) null)));
        List<AssessmentEntryRecord> records = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            delete = delete.bind(e.year(), e.counselorId());
            uids.add(kept.get(key(e.year(), e.counselorId())));
            AssessmentEntryRecord r = new AssessmentEntryRecord();
            r.setAssessYear(e.year());
            r.setCounselorId(e.counselorId());
            r.setScoreOffice(e.score(Party.OFFICE));
            r.setScoreBranch(e.score(Party.BRANCH));
            r.setScoreStudents(e.score(Party.STUDENTS));
            r.setScorePersonnel(e.score(Party.PERSONNEL));
            r.setBonus(e.bonus());
            r.setVeto(e.veto());
            r.setSummary(e.summary());
            r.setOverrideGrade(e.overrideGrade() == null ? null : e.overrideGrade().name());
            r.setOverrideReason(e.overrideReason());
            Entry.Review rv = e.review();
            r.setReviewRequested(rv == null ? null : rv.requested());
            r.setReviewReason(rv == null ? null : rv.reason());
            r.setReviewOutcome(rv == null || rv.outcome() == null ? null : rv.outcome().name());
            r.setReviewNote(rv == null ? null : rv.note());
            r.setRowVersion(e.version());
            r.setUpdatedAt(LocalDateTime.now(clock));
            records.add(r);
        }
        delete.execute();
        stamps.batchInsert(dsl, ASSESSMENT_ENTRY, records, uids);
    }

    /**
     * The uids of the stored entries the new ones replace, by {@link #key}: a replaced entry is the same
     * entry (it keeps its uid and gets a new change_seq), not a deleted one.
     */
    private Map<Long, java.util.UUID> keptUids(Collection<Entry> entries) {
        Map<Integer, List<Long>> byYear = new HashMap<>();
        entries.forEach(e -> byYear.computeIfAbsent(e.year(), y -> new ArrayList<>()).add(e.counselorId()));
        Map<Long, java.util.UUID> out = new HashMap<>(entries.size() * 2);
        byYear.forEach((year, ids) -> {
            for (int from = 0; from < ids.size(); from += 1000) {
                dsl.select(ASSESSMENT_ENTRY.COUNSELOR_ID, ASSESSMENT_ENTRY.UID).from(ASSESSMENT_ENTRY)
                        .where(ASSESSMENT_ENTRY.ASSESS_YEAR.eq(year))
                        .and(ASSESSMENT_ENTRY.COUNSELOR_ID.in(ids.subList(from, Math.min(ids.size(), from + 1000))))
                        .forEach(r -> out.put(key(year, r.value1()), r.value2()));
            }
        });
        return out;
    }

    private static long key(int year, long counselorId) {
        return counselorId * 10_000L + year;
    }

    // ---- results (stored when a year is confirmed) --------------------------------------------

    /** Replaces a year's results: the old ones deleted, the new ones inserted in one JDBC batch. */
    public void replaceResults(int year, List<Result> results) {
        dsl.deleteFrom(ASSESSMENT_RESULT).where(ASSESSMENT_RESULT.ASSESS_YEAR.eq(year)).execute();
        if (results.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(ASSESSMENT_RESULT, ASSESSMENT_RESULT.ASSESS_YEAR,
                        ASSESSMENT_RESULT.COUNSELOR_ID, ASSESSMENT_RESULT.TOTAL, ASSESSMENT_RESULT.RANK_NO,
                        ASSESSMENT_RESULT.PROPOSED_GRADE, ASSESSMENT_RESULT.QUOTA_STATUS, ASSESSMENT_RESULT.GRADE,
                        ASSESSMENT_RESULT.VETOED)
                .values((Integer) null, null, null, null, null, null, null, null));
        for (Result x : results) {
            batch.bind(year, x.counselorId(), x.total(), x.rank(), x.proposed() == null ? null : x.proposed().name(),
                    x.quota().name(), x.grade() == null ? null : x.grade().name(), x.vetoed());
        }
        batch.execute();
    }

    /** Counselors graded 不合格 in the confirmed years among {@code years}, by year. One query. */
    public Map<Integer, List<Long>> incompetentInConfirmedYears(Collection<Integer> years) {
        Map<Integer, List<Long>> out = new HashMap<>();
        dsl.select(ASSESSMENT_RESULT.ASSESS_YEAR, ASSESSMENT_RESULT.COUNSELOR_ID)
                .from(ASSESSMENT_RESULT)
                .join(ASSESSMENT_SCHEME).on(ASSESSMENT_SCHEME.ASSESS_YEAR.eq(ASSESSMENT_RESULT.ASSESS_YEAR))
                .where(ASSESSMENT_SCHEME.STATE.eq(YearState.CONFIRMED.name()))
                .and(ASSESSMENT_RESULT.ASSESS_YEAR.in(years))
                .and(ASSESSMENT_RESULT.GRADE.eq(Grade.INCOMPETENT.name()))
                .orderBy(ASSESSMENT_RESULT.COUNSELOR_ID)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return out;
    }

    /** The grades of confirmed years from {@code from} to {@code to}, of every counselor graded. One query. */
    public List<ConfirmedGrade> confirmedGrades(int from, int to) {
        return dsl.select(ASSESSMENT_RESULT.COUNSELOR_ID, ASSESSMENT_RESULT.ASSESS_YEAR, ASSESSMENT_RESULT.GRADE,
                        ASSESSMENT_RESULT.VETOED)
                .from(ASSESSMENT_RESULT)
                .join(ASSESSMENT_SCHEME).on(ASSESSMENT_SCHEME.ASSESS_YEAR.eq(ASSESSMENT_RESULT.ASSESS_YEAR))
                .where(ASSESSMENT_SCHEME.STATE.eq(YearState.CONFIRMED.name()))
                .and(ASSESSMENT_RESULT.ASSESS_YEAR.between(from, to))
                .and(ASSESSMENT_RESULT.GRADE.isNotNull())
                .fetch(r -> new ConfirmedGrade(r.value1(), r.value2(), Grade.valueOf(r.value3()),
                        Boolean.TRUE.equals(r.value4())));
    }

    /** Every confirmed year, oldest first. */
    public java.util.SortedSet<Integer> confirmedYears() {
        return new java.util.TreeSet<>(dsl.select(ASSESSMENT_SCHEME.ASSESS_YEAR).from(ASSESSMENT_SCHEME)
                .where(ASSESSMENT_SCHEME.STATE.eq(YearState.CONFIRMED.name()))
                .fetch(ASSESSMENT_SCHEME.ASSESS_YEAR));
    }

    /** The latest confirmed year up to {@code year}, if any. */
    public Optional<Integer> latestConfirmedUpTo(int year) {
        return dsl.select(ASSESSMENT_SCHEME.ASSESS_YEAR).from(ASSESSMENT_SCHEME)
                .where(ASSESSMENT_SCHEME.STATE.eq(YearState.CONFIRMED.name()))
                .and(ASSESSMENT_SCHEME.ASSESS_YEAR.le(year))
                .orderBy(ASSESSMENT_SCHEME.ASSESS_YEAR.desc()).limit(1)
                .fetchOptional(ASSESSMENT_SCHEME.ASSESS_YEAR);
    }

    /** Of a year's stored results: how many have a total and how many stand at 优秀. Aggregated in SQL. */
    public int[] assessedAndExcellent(int year) {
        Record r = dsl.select(
                        org.jooq.impl.DSL.count(ASSESSMENT_RESULT.TOTAL),
                        org.jooq.impl.DSL.count().filterWhere(ASSESSMENT_RESULT.GRADE.eq(Grade.EXCELLENT.name())))
                .from(ASSESSMENT_RESULT).where(ASSESSMENT_RESULT.ASSESS_YEAR.eq(year)).fetchOne();
        return new int[]{r.get(0, Integer.class), r.get(1, Integer.class)};
    }

    // ---- awards -------------------------------------------------------------------------------

    /** Replaces the awards of one name in a year by those given (the Top Ten is chosen as a whole). */
    public void replaceAwards(int year, String name, String level, Collection<Long> counselorIds) {
        dsl.deleteFrom(AWARD).where(AWARD.AWARD_YEAR.eq(year)).and(AWARD.NAME.eq(name)).execute();
        for (long id : counselorIds) {
            dsl.insertInto(AWARD).set(AWARD.COUNSELOR_ID, id).set(AWARD.AWARD_YEAR, year).set(AWARD.NAME, name)
                    .set(AWARD.AWARD_LEVEL, level).execute();
        }
    }

    /** The award names of a year, by counselor. */
    public Map<Long, List<String>> awards(int year) {
        Map<Long, List<String>> out = new HashMap<>();
        dsl.select(AWARD.COUNSELOR_ID, AWARD.NAME).from(AWARD).where(AWARD.AWARD_YEAR.eq(year))
                .orderBy(AWARD.COUNSELOR_ID, AWARD.ID)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return out;
    }
}
