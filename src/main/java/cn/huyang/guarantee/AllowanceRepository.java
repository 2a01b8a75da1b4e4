package cn.huyang.guarantee;

import static cn.huyang.db.jooq.Tables.ALLOWANCE_PAYMENT;
import static cn.huyang.db.jooq.Tables.ALLOWANCE_STANDARD;

import cn.huyang.db.PositionalRows;
import cn.huyang.db.jooq.AllowancePaymentRecord;
import cn.huyang.roster.PostType;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The allowance standards and payments. */
public class AllowanceRepository {
    private final DSLContext dsl;

    public AllowanceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<AllowanceStandard> standards(int year) {
        return dsl.selectFrom(ALLOWANCE_STANDARD).where(ALLOWANCE_STANDARD.STD_YEAR.eq(year))
                .orderBy(ALLOWANCE_STANDARD.POST_TYPE)
                .fetch(r -> new AllowanceStandard(r.getStdYear(), PostType.valueOf(r.getPostType()),
                        r.getMonthlyFen(), r.getRowVersion()));
    }

    public Optional<AllowanceStandard> standard(int year, PostType type) {
        return standards(year).stream().filter(s -> s.postType() == type).findFirst();
    }

    /** Stores a new standard (version 0): false when one is stored already. */
    public boolean insertStandard(AllowanceStandard s) {
        return dsl.insertInto(ALLOWANCE_STANDARD)
                .set(ALLOWANCE_STANDARD.STD_YEAR, s.year())
                .set(ALLOWANCE_STANDARD.POST_TYPE, s.postType().name())
                .set(ALLOWANCE_STANDARD.MONTHLY_FEN, s.monthlyFen())
                .set(ALLOWANCE_STANDARD.ROW_VERSION, 1)
                .onConflict(ALLOWANCE_STANDARD.STD_YEAR, ALLOWANCE_STANDARD.POST_TYPE).doNothing()
                .execute() == 1;
    }

    /** Changes a standard still at its version: false when it has another one (or is gone). */
    public boolean updateStandard(AllowanceStandard s) {
        return dsl.update(ALLOWANCE_STANDARD)
                .set(ALLOWANCE_STANDARD.MONTHLY_FEN, s.monthlyFen())
                .set(ALLOWANCE_STANDARD.ROW_VERSION, ALLOWANCE_STANDARD.ROW_VERSION.plus(1))
                .where(ALLOWANCE_STANDARD.STD_YEAR.eq(s.year()))
                .and(ALLOWANCE_STANDARD.POST_TYPE.eq(s.postType().name()))
                .and(ALLOWANCE_STANDARD.ROW_VERSION.eq(s.version()))
                .execute() == 1;
    }

    /** Every payment of a year, by counselor, month and date. */
    public List<AllowancePayment> payments(int year) {
        // a year's payments of the whole college (120,000 at 10,000 counselors): read by position
        var p = ALLOWANCE_PAYMENT;
        return PositionalRows.fetch(dsl, dsl.select(p.ID, p.COUNSELOR_ID, p.PAY_YEAR, p.PAY_MONTH, p.AMOUNT_FEN, p.PAID_ON,
                        p.NOTE, p.ROW_VERSION).from(p).where(p.PAY_YEAR.eq(year))
                .orderBy(p.COUNSELOR_ID, p.PAY_MONTH, p.PAID_ON, p.ID),
                rs -> new AllowancePayment(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getLong(5),
                        rs.getObject(6, java.time.LocalDate.class), rs.getString(7), rs.getInt(8)));
    }

    /**
     * What a year's payments are judged on, by counselor and month: read from the index (pay_year,
     * counselor_id, pay_month, paid_on, amount_fen) alone, by position (120,000 at 10,000 counselors).
     */
    public java.util.Map<Long, java.util.Map<Integer, List<AllowanceRules.Paid>>> paid(int year) {
        record Row(long counselorId, int month, AllowanceRules.Paid paid) {
        }
        var p = ALLOWANCE_PAYMENT;
        java.util.Map<Long, java.util.Map<Integer, List<AllowanceRules.Paid>>> out = new java.util.HashMap<>();
        for (Row r : PositionalRows.fetch(dsl, dsl.select(p.COUNSELOR_ID, p.PAY_MONTH, p.AMOUNT_FEN, p.PAID_ON)
                        .from(p).where(p.PAY_YEAR.eq(year)),
                rs -> new Row(rs.getLong(1), rs.getInt(2), new AllowanceRules.Paid(rs.getLong(3),
                        rs.getObject(4, java.time.LocalDate.class))))) {
            out.computeIfAbsent(r.counselorId(), k -> new java.util.HashMap<>())
                    .computeIfAbsent(r.month(), k -> new java.util.ArrayList<>()).add(r.paid());
        }
        return out;
    }

    /** One counselor's payments of a year. */
    public List<AllowancePayment> payments(int year, long counselorId) {
        return dsl.selectFrom(ALLOWANCE_PAYMENT).where(ALLOWANCE_PAYMENT.PAY_YEAR.eq(year))
                .and(ALLOWANCE_PAYMENT.COUNSELOR_ID.eq(counselorId))
                .orderBy(ALLOWANCE_PAYMENT.PAY_MONTH, ALLOWANCE_PAYMENT.PAID_ON, ALLOWANCE_PAYMENT.ID)
                .fetch(AllowanceRepository::toPayment);
    }

    public Optional<AllowancePayment> payment(long id) {
        return dsl.selectFrom(ALLOWANCE_PAYMENT).where(ALLOWANCE_PAYMENT.ID.eq(id))
                .fetchOptional(AllowanceRepository::toPayment);
    }

    public long insertPayment(AllowancePayment p) {
        return dsl.insertInto(ALLOWANCE_PAYMENT)
                .set(ALLOWANCE_PAYMENT.COUNSELOR_ID, p.counselorId())
                .set(ALLOWANCE_PAYMENT.PAY_YEAR, p.year())
                .set(ALLOWANCE_PAYMENT.PAY_MONTH, p.month())
                .set(ALLOWANCE_PAYMENT.AMOUNT_FEN, p.amountFen())
                .set(ALLOWANCE_PAYMENT.PAID_ON, p.paidOn())
                .set(ALLOWANCE_PAYMENT.NOTE, p.note())
                .returningResult(ALLOWANCE_PAYMENT.ID)
                .fetchOne(ALLOWANCE_PAYMENT.ID);
    }

    /** Inserts many payments in one JDBC batch (an import, the demo data). */
    public void insertPayments(List<AllowancePayment> payments) {
        if (payments.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(ALLOWANCE_PAYMENT, ALLOWANCE_PAYMENT.COUNSELOR_ID, ALLOWANCE_PAYMENT.PAY_YEAR,
                        ALLOWANCE_PAYMENT.PAY_MONTH, ALLOWANCE_PAYMENT.AMOUNT_FEN, ALLOWANCE_PAYMENT.PAID_ON,
                        ALLOWANCE_PAYMENT.NOTE)
                .values((Long) null, null, null, null, null, null));
        for (AllowancePayment p : payments) {
            batch.bind(p.counselorId(), p.year(), p.month(), p.amountFen(), p.paidOn(), p.note());
        }
        batch.execute();
    }

    public boolean updatePayment(AllowancePayment p) {
        return dsl.update(ALLOWANCE_PAYMENT)
                .set(ALLOWANCE_PAYMENT.PAY_YEAR, p.year())
                .set(ALLOWANCE_PAYMENT.PAY_MONTH, p.month())
                .set(ALLOWANCE_PAYMENT.AMOUNT_FEN, p.amountFen())
                .set(ALLOWANCE_PAYMENT.PAID_ON, p.paidOn())
                .set(ALLOWANCE_PAYMENT.NOTE, p.note())
                .set(ALLOWANCE_PAYMENT.ROW_VERSION, ALLOWANCE_PAYMENT.ROW_VERSION.plus(1))
                .where(ALLOWANCE_PAYMENT.ID.eq(p.id()))
                .and(ALLOWANCE_PAYMENT.ROW_VERSION.eq(p.version()))
                .execute() == 1;
    }

    public boolean deletePayment(long id, int version) {
        return dsl.deleteFrom(ALLOWANCE_PAYMENT).where(ALLOWANCE_PAYMENT.ID.eq(id))
                .and(ALLOWANCE_PAYMENT.ROW_VERSION.eq(version)).execute() == 1;
    }

    public int countPayments() {
        return dsl.fetchCount(ALLOWANCE_PAYMENT);
    }

    private static AllowancePayment toPayment(AllowancePaymentRecord r) {
        return new AllowancePayment(r.getId(), r.getCounselorId(), r.getPayYear(), r.getPayMonth(), r.getAmountFen(),
                r.getPaidOn(), r.getNote(), r.getRowVersion());
    }
}
