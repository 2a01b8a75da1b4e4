package cn.huyang.training;

import static cn.huyang.db.jooq.Tables.TRAINING_RECORD;
import static cn.huyang.db.jooq.Tables.TRAINING_SESSION;
import static cn.huyang.db.jooq.Tables.TRAINING_SUMMARY;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;

import cn.huyang.db.Inlined;
import cn.huyang.db.PositionalRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The facts a year's training compliance is judged on, aggregated in SQL (mostly from the yearly
 * summary): class hours, the latest higher-level training, pre-service trainings, and the spans of
 * the records for the off-roster finding.
 */
public class TrainingComplianceRepository {
    private final DSLContext dsl;

    public TrainingComplianceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

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

    /** The counselors with a training record in a year, from the yearly summary. */
    public Set<Long> trainedIn(int year) {
        return new java.util.HashSet<>(dsl.selectDistinct(TRAINING_SUMMARY.COUNSELOR_ID).from(TRAINING_SUMMARY)
                .where(TRAINING_SUMMARY.TRAIN_YEAR.eq(year))
                .fetch(TRAINING_SUMMARY.COUNSELOR_ID));
    }

    /** The latest last day of the sessions starting in the span, or null when none starts in it. */
    public LocalDate lastEnd(LocalDate from, LocalDate to) {
        return dsl.select(max(TRAINING_SESSION.END_DATE)).from(TRAINING_SESSION)
                .where(TRAINING_SESSION.START_DATE.between(from, to))
                .fetchOne(0, LocalDate.class);
    }

    /**
     * The records of sessions starting in the span, of these counselors: looked up by counselor through the
     * index (counselor_id, start_date), read by position.
     */
    public List<RecordSpan> spans(LocalDate from, LocalDate to, java.util.Collection<Long> counselorIds) {
        if (counselorIds.isEmpty()) {
            return List.of();
        }
        return PositionalRows.fetch(dsl, dsl.select(TRAINING_RECORD.ID, TRAINING_RECORD.COUNSELOR_ID,
                        TRAINING_SESSION.COURSE, TRAINING_SESSION.START_DATE, TRAINING_SESSION.END_DATE)
                .from(TRAINING_RECORD)
                .join(TRAINING_SESSION).on(TRAINING_SESSION.ID.eq(TRAINING_RECORD.SESSION_ID))
                .where(Inlined.in(TRAINING_RECORD.COUNSELOR_ID, counselorIds))
                .and(TRAINING_RECORD.START_DATE.between(from, to))
                .and(TRAINING_SESSION.START_DATE.between(from, to))
                .orderBy(TRAINING_SESSION.START_DATE, TRAINING_RECORD.ID),
                rs -> new RecordSpan(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
    }

    /** A record's counselor, course and dates. */
    public record RecordSpan(long recordId, long counselorId, String course, LocalDate start, LocalDate end) {
    }
}
