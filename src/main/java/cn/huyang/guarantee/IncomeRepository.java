package cn.huyang.guarantee;

import static cn.huyang.db.jooq.Tables.COUNSELOR_INCOME;
import static cn.huyang.db.jooq.Tables.TEACHER_INCOME;

import cn.huyang.roster.TitleRank;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Counselors' actual incomes and the teachers' averages per title, per year. */
public class IncomeRepository {
    /** How teachers without a title are stored. */
    static final String NO_TITLE = "NONE";
    private final DSLContext dsl;

    public IncomeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<TeacherIncome> averages(int year) {
        return dsl.selectFrom(TEACHER_INCOME).where(TEACHER_INCOME.INCOME_YEAR.eq(year))
                .fetch(r -> new TeacherIncome(r.getIncomeYear(), rank(r.getTitleRank()), r.getAmountFen(),
                        r.getRowVersion()));
    }

    public Optional<TeacherIncome> average(int year, TitleRank rank) {
        return averages(year).stream().filter(t -> t.rank() == rank).findFirst();
    }

    public boolean insertAverage(TeacherIncome t) {
        return dsl.insertInto(TEACHER_INCOME)
                .set(TEACHER_INCOME.INCOME_YEAR, t.year())
                .set(TEACHER_INCOME.TITLE_RANK, code(t.rank()))
                .set(TEACHER_INCOME.AMOUNT_FEN, t.averageFen())
                .set(TEACHER_INCOME.ROW_VERSION, 1)
                .onConflict(TEACHER_INCOME.INCOME_YEAR, TEACHER_INCOME.TITLE_RANK).doNothing()
                .execute() == 1;
    }

    public boolean updateAverage(TeacherIncome t) {
        return dsl.update(TEACHER_INCOME)
                .set(TEACHER_INCOME.AMOUNT_FEN, t.averageFen())
                .set(TEACHER_INCOME.ROW_VERSION, TEACHER_INCOME.ROW_VERSION.plus(1))
                .where(TEACHER_INCOME.INCOME_YEAR.eq(t.year()))
                .and(TEACHER_INCOME.TITLE_RANK.eq(code(t.rank())))
                .and(TEACHER_INCOME.ROW_VERSION.eq(t.version()))
                .execute() == 1;
    }

    public List<CounselorIncome> incomes(int year) {
        return dsl.selectFrom(COUNSELOR_INCOME).where(COUNSELOR_INCOME.INCOME_YEAR.eq(year))
                .fetch(r -> new CounselorIncome(r.getCounselorId(), r.getIncomeYear(), r.getAmountFen(),
                        r.getRowVersion()));
    }

    public Optional<CounselorIncome> income(long counselorId, int year) {
        return dsl.selectFrom(COUNSELOR_INCOME).where(COUNSELOR_INCOME.INCOME_YEAR.eq(year))
                .and(COUNSELOR_INCOME.COUNSELOR_ID.eq(counselorId))
                .fetchOptional(r -> new CounselorIncome(r.getCounselorId(), r.getIncomeYear(), r.getAmountFen(),
                        r.getRowVersion()));
    }

    /** The version of a newly stored income. */
    static final int FIRST_VERSION = 1;

    public boolean insertIncome(CounselorIncome c) {
        return dsl.insertInto(COUNSELOR_INCOME)
                .set(COUNSELOR_INCOME.COUNSELOR_ID, c.counselorId())
                .set(COUNSELOR_INCOME.INCOME_YEAR, c.year())
                .set(COUNSELOR_INCOME.AMOUNT_FEN, c.incomeFen())
                .set(COUNSELOR_INCOME.ROW_VERSION, FIRST_VERSION)
                .onConflict(COUNSELOR_INCOME.COUNSELOR_ID, COUNSELOR_INCOME.INCOME_YEAR).doNothing()
                .execute() == 1;
    }

    /** {@link #insertIncome} of many, in one JDBC batch: for each, 1 when stored, 0 when one was there. */
    public int[] insertIncomes(List<CounselorIncome> incomes) {
        if (incomes.isEmpty()) {
            return new int[0];
        }
        var batch = dsl.batch(dsl.insertInto(COUNSELOR_INCOME, COUNSELOR_INCOME.COUNSELOR_ID, COUNSELOR_INCOME.INCOME_YEAR,
                        COUNSELOR_INCOME.AMOUNT_FEN, COUNSELOR_INCOME.ROW_VERSION)
                .values((Long) null, null, null, FIRST_VERSION)
                .onConflict(COUNSELOR_INCOME.COUNSELOR_ID, COUNSELOR_INCOME.INCOME_YEAR).doNothing());
        for (CounselorIncome c : incomes) {
            batch.bind(c.counselorId(), c.year(), c.incomeFen(), FIRST_VERSION);
        }
        return batch.execute();
    }

    public boolean updateIncome(CounselorIncome c) {
        return dsl.update(COUNSELOR_INCOME)
                .set(COUNSELOR_INCOME.AMOUNT_FEN, c.incomeFen())
                .set(COUNSELOR_INCOME.ROW_VERSION, COUNSELOR_INCOME.ROW_VERSION.plus(1))
                .where(COUNSELOR_INCOME.COUNSELOR_ID.eq(c.counselorId()))
                .and(COUNSELOR_INCOME.INCOME_YEAR.eq(c.year()))
                .and(COUNSELOR_INCOME.ROW_VERSION.eq(c.version()))
                .execute() == 1;
    }

    static String code(TitleRank rank) {
        return rank == null ? NO_TITLE : rank.name();
    }

    static TitleRank rank(String code) {
        return NO_TITLE.equals(code) ? null : TitleRank.valueOf(code);
    }
}
