package cn.huyang.training;

import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static cn.huyang.db.jooq.Tables.DEPARTMENT;
import static cn.huyang.db.jooq.Tables.TRAINING_SESSION;
import static cn.huyang.db.jooq.Tables.TRAINING_SUMMARY;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** The training budget of a year: sessions, records, class hours and cost per level and per department. */
public class TrainingBudgetRepository {
    private final DSLContext dsl;

    public TrainingBudgetRepository(DSLContext dsl) {
        this.dsl = dsl;
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
