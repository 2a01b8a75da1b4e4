package cn.huyang.guarantee;

import static cn.huyang.guarantee.GuaranteeFixture.fen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.huyang.access.AuditQuery;
import cn.huyang.access.NotPermittedException;
import cn.huyang.access.Role;
import cn.huyang.common.Finding;
import cn.huyang.common.StaleRecordException;
import cn.huyang.common.ValidationException;
import cn.huyang.db.TestStores;
import cn.huyang.findings.TrackedFinding;
import cn.huyang.policy.PolicyKey;
import cn.huyang.roster.PostType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The allowance and ALLOWANCE_LATE [三(三)8] on a real database migrated by Flyway (H2, or PostgreSQL). */
class AllowanceServiceTest {
    @TempDir
    Path dir;
    GuaranteeFixture f;
    AllowanceService allowances;

    @BeforeEach
    void open() {
        f = new GuaranteeFixture(TestStores.open(dir.resolve("data"), GuaranteeFixture.CLOCK));
        allowances = f.g.allowances();
        allowances.saveStandard(new AllowanceStandard(2024, PostType.FULL_TIME, fen("1500"), 0));
        allowances.saveStandard(new AllowanceStandard(2025, PostType.FULL_TIME, fen("1500"), 0));
        // from 2025 the allowance is due by the 10th of its month (before: the month's last day)
        f.ctx.policy().set(PolicyKey.ALLOWANCE_DUE_DAY, "10", LocalDate.of(2025, 1, 1), "学工〔2024〕9号", null);
    }

    @AfterEach
    void close() {
        f.db.close();
    }

    List<Finding> late(int year) {
        return allowances.findings(year);
    }

    @Test
    void paidOnTheDueDayIsOnTimeAndOneDayLaterIsAFindingByTheDayInForce() {
        f.payYear(f.a1, 2025, "1500");
        f.payYear(f.a2, 2025, "1500");
        AllowancePayment march = allowances.payments(f.a1.id(), 2025).stream().filter(p -> p.month() == 3)
                .findFirst().orElseThrow();
        allowances.savePayment(new AllowancePayment(march.id(), march.counselorId(), 2025, 3, march.amountFen(),
                LocalDate.of(2025, 3, 10), null, march.version()));
        assertThat(late(2025)).isEmpty();

        AllowancePayment a2March = allowances.payments(f.a2.id(), 2025).stream().filter(p -> p.month() == 3)
                .findFirst().orElseThrow();
        allowances.savePayment(new AllowancePayment(a2March.id(), a2March.counselorId(), 2025, 3,
                a2March.amountFen(), LocalDate.of(2025, 3, 11), null, a2March.version()));

        assertThat(late(2025)).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("ALLOWANCE_LATE");
            assertThat(x.clause()).isEqualTo("三(三)8");
            assertThat(x.counselor()).isEqualTo("甲二");
            assertThat(x.year()).isEqualTo(2025);
            assertThat(x.params()).containsEntry("guarantee.allowance-due-day", "10");
            assertThat(x.message()).contains("3 月逾期足额发放（2025-03-11 发齐，应于 2025-03-10 前）");
        });
        AllowanceRow row = allowances.grid(2025).stream().filter(r -> r.counselorId() == f.a2.id()).findFirst()
                .orElseThrow();
        assertThat(row.months().get(2).state()).isEqualTo(MonthState.LATE);
        assertThat(row.months().get(3).state()).isEqualTo(MonthState.ON_TIME);
        // the part-time counselor has no standard in 2025: nothing due, no row
        assertThat(allowances.grid(2025)).noneMatch(r -> r.counselorId() == f.b1.id());
        // the register shows it with its clause
        assertThat(f.ctx.findings().findings(2025)).extracting(TrackedFinding::finding)
                .filteredOn(x -> x.code().equals("ALLOWANCE_LATE")).hasSize(1);
    }

    @Test
    void beforeTheChangeTheMonthsLastDayWasInForce() {
        f.payYear(f.a1, 2024, "1500");
        AllowancePayment may = allowances.payments(f.a1.id(), 2024).stream().filter(p -> p.month() == 5)
                .findFirst().orElseThrow();
        allowances.savePayment(new AllowancePayment(may.id(), may.counselorId(), 2024, 5, may.amountFen(),
                LocalDate.of(2024, 5, 31), null, may.version()));
        assertThat(late(2024)).filteredOn(x -> x.counselorId() == f.a1.id()).isEmpty();

        allowances.savePayment(new AllowancePayment(may.id(), may.counselorId(), 2024, 5, may.amountFen(),
                LocalDate.of(2024, 6, 1), null, may.version() + 1));
        assertThat(late(2024)).filteredOn(x -> x.counselorId() == f.a1.id()).singleElement()
                .satisfies(x -> assertThat(x.params()).containsEntry("guarantee.allowance-due-day", "31"));
    }

    @Test
    void aShortMonthIsAFindingUntilToppedUpAndAnUnpaidOneToo() {
        f.payYear(f.a1, 2025, "1500");
        f.payYear(f.a2, 2025, "1500");
        AllowancePayment june = allowances.payments(f.a1.id(), 2025).stream().filter(p -> p.month() == 6)
                .findFirst().orElseThrow();
        allowances.savePayment(new AllowancePayment(june.id(), june.counselorId(), 2025, 6, fen("1499.99"),
                june.paidOn(), null, june.version()));
        assertThat(late(2025)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("6 月少发 0.01 元（应发 1500.00 元，已发 1499.99 元）"));

        f.pay(f.a1, 2025, 6, "0.01", LocalDate.of(2025, 7, 2));
        assertThat(late(2025)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("6 月逾期足额发放（2025-07-02 发齐"));

        AllowancePayment a2Dec = allowances.payments(f.a2.id(), 2025).stream().filter(p -> p.month() == 12)
                .findFirst().orElseThrow();
        allowances.deletePayment(a2Dec);
        assertThat(late(2025)).filteredOn(x -> x.counselorId() == f.a2.id()).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("12 月未发放（应发 1500.00 元，应于 2025-12-10 前发放）"));
    }

    @Test
    void theCurrentMonthIsNotLateBeforeItsDueDay() {
        allowances.saveStandard(new AllowanceStandard(2026, PostType.FULL_TIME, fen("1600"), 0));
        f.ctx.policy().set(PolicyKey.ALLOWANCE_DUE_DAY, "20", LocalDate.of(2026, 1, 1), "学工〔2025〕9号", null);
        for (int month = 1; month <= 5; month++) {
            f.pay(f.a1, 2026, month, "1600", LocalDate.of(2026, month, 20));
            f.pay(f.a2, 2026, month, "1600", LocalDate.of(2026, month, 20));
        }
        // today is 2026-06-15: June is due by the 20th, so not yet late; July on is not due yet
        assertThat(late(2026)).isEmpty();
        AllowanceRow row = allowances.grid(2026).get(0);
        assertThat(row.months().get(5).state()).isEqualTo(MonthState.PENDING);
        assertThat(row.months().get(4).state()).isEqualTo(MonthState.ON_TIME);
    }

    @Test
    void aMonthPartlyOnTheRosterIsNotDue() {
        f.ctx.roster().deregister(f.a2.id(), LocalDate.of(2025, 8, 15), "调离");
        f.payYear(f.a1, 2025, "1500");
        for (int month = 1; month <= 7; month++) {
            f.pay(f.a2, 2025, month, "1500", LocalDate.of(2025, month, 5));
        }
        assertThat(late(2025)).isEmpty();
        AllowanceRow row = allowances.grid(2025).stream().filter(r -> r.counselorId() == f.a2.id()).findFirst()
                .orElseThrow();
        assertThat(row.months().get(7).state()).isEqualTo(MonthState.NOT_DUE);
        assertThat(row.dueFen()).isEqualTo(fen("10500"));
    }

    @Test
    void impossibleValuesAreRefusedNamingTheFieldAndNothingIsStored() {
        ValidationException month13 = catchThrowableOfType(() -> f.pay(f.a1, 2025, 13, "1500",
                LocalDate.of(2025, 12, 5)), ValidationException.class);
        assertThat(month13.render(GuaranteeFixture.ZH)).contains("月份：必须是 1 至 12 之间的整数，不能是 13");
        ValidationException negative = catchThrowableOfType(() -> f.pay(f.a1, 2025, 3, "-1", LocalDate.of(2025, 3, 5)),
                ValidationException.class);
        assertThat(negative.render(GuaranteeFixture.ZH)).contains("发放金额（元）：不能为负数");
        // 92 days before 2025-03-01 is 2024-11-29: still a (paid in advance) payment; a day earlier is not
        ValidationException early = catchThrowableOfType(() -> f.pay(f.a1, 2025, 3, "1500",
                LocalDate.of(2024, 11, 28)), ValidationException.class);
        assertThat(early.render(GuaranteeFixture.ZH)).contains("发放日期：早于 2025 年 3 月 1 日 92 天以上");
        ValidationException future = catchThrowableOfType(() -> f.pay(f.a1, 2026, 6, "1500",
                LocalDate.of(2026, 6, 16)), ValidationException.class);
        assertThat(future.errors()).extracting(e -> e.field()).containsExactly("guarantee.field.paidOn");
        ValidationException standard = catchThrowableOfType(() -> allowances.saveStandard(
                new AllowanceStandard(2026, PostType.FULL_TIME, -100, 0)), ValidationException.class);
        assertThat(standard.render(GuaranteeFixture.ZH)).contains("每月津贴标准（元）：不能为负数");
        assertThat(allowances.payments(f.a1.id(), 2025)).isEmpty();
        assertThat(allowances.standards(2026)).isEmpty();

        f.pay(f.a1, 2025, 3, "1500", LocalDate.of(2024, 11, 29));
        assertThat(allowances.payments(f.a1.id(), 2025)).hasSize(1);
    }

    @Test
    void aRoleThatMayNotChangeAllowancesIsRefusedByTheService() {
        for (Role role : List.of(Role.DEPARTMENT, Role.LEADER, Role.ADMIN)) {
            AllowanceService theirs = f.as(role).allowances();
            NotPermittedException e = catchThrowableOfType(() -> theirs.savePayment(new AllowancePayment(null,
                    f.a1.id(), 2025, 3, fen("1500"), LocalDate.of(2025, 3, 5), null, 0)), NotPermittedException.class);
            assertThat(e).as(role.name()).isNotNull();
            assertThat(catchThrowableOfType(() -> theirs.saveStandard(new AllowanceStandard(2026, PostType.PART_TIME,
                    fen("500"), 0)), NotPermittedException.class)).as(role.name()).isNotNull();
        }
        assertThat(allowances.payments(f.a1.id(), 2025)).isEmpty();
        assertThat(allowances.standards(2026)).isEmpty();
        // 组织人事部 may; its change is audited in the same step
        AllowancePayment p = f.as(Role.PERSONNEL).allowances().savePayment(new AllowancePayment(null, f.a1.id(), 2025,
                3, fen("1500"), LocalDate.of(2025, 3, 5), "财务处", 0));
        assertThat(f.ctx.audit().find(AuditQuery.all())).anySatisfy(a -> {
            assertThat(a.entity()).isEqualTo("allowance_payment");
            assertThat(a.entityId()).isEqualTo(String.valueOf(p.id()));
            assertThat(a.userName()).isEqualTo("u_personnel");
        });
        // a department's user sees only its own department's rows
        assertThat(f.as(Role.DEPARTMENT).allowances().grid(2025)).extracting(AllowanceRow::department)
                .containsOnly("计算机系");
    }

    @Test
    void aPaymentChangedSinceItWasReadIsRefused() {
        AllowancePayment p = f.pay(f.a1, 2025, 3, "1500", LocalDate.of(2025, 3, 5));
        allowances.savePayment(new AllowancePayment(p.id(), p.counselorId(), 2025, 3, fen("1400"), p.paidOn(), null,
                p.version()));
        assertThat(catchThrowableOfType(() -> allowances.savePayment(new AllowancePayment(p.id(), p.counselorId(),
                2025, 3, fen("1300"), p.paidOn(), null, p.version())), StaleRecordException.class)).isNotNull();
        assertThat(allowances.payments(f.a1.id(), 2025)).singleElement()
                .satisfies(x -> assertThat(x.amountFen()).isEqualTo(fen("1400")));
    }
}
