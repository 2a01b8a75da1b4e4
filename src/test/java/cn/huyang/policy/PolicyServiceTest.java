package cn.huyang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.db.StagedRestore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy parameters on a real H2 migrated by Flyway: the seed's defaults, changes from a date, refusals. */
class PolicyServiceTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    PolicyService policy;
    final Messages zh = Messages.forLanguage("zh");

    @BeforeEach
    void open() {
        db = TestStores.open(dir.resolve("data"));
        ctx = new AppContext(db, zh, CLOCK);
        policy = ctx.policy();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String refusal(ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).as("expected a refusal").isInstanceOf(ValidationException.class);
        return ((ValidationException) t).render(zh);
    }

    @Test
    void aNewDatabaseHoldsTheSeedsValuesSince1900WithTheirClauses() {
        Policy p = policy.forYear(2026);
        assertThat(p.studentsPerCounselor()).isEqualTo(200);
        assertThat(p.partTimeWeight()).isEqualTo(new Fraction(1, 3));
        assertThat(p.schoolHoursPerYear()).isEqualByComparingTo("16");
        assertThat(p.higherLevelWindowYears()).isEqualTo(3);
        assertThat(p.maxCoursesPerSemester()).isEqualTo(1);
        assertThat(p.youngTeacherServiceYears()).isEqualTo(1);
        assertThat(p.vetoLookBackYears()).isEqualTo(3);
        assertThat(p.consecutiveIncompetentYears()).isEqualTo(2);
        assertThat(p.topTenSize()).isEqualTo(10);
        for (PolicyKey k : PolicyKey.values()) {
            PolicyValue v = p.entry(k);
            assertThat(v.id()).as(k.key()).isNotNull();
            assertThat(v.value()).as(k.key()).isEqualTo(k.defaultValue());
            assertThat(v.from()).isEqualTo(LocalDate.of(1900, 1, 1));
            assertThat(v.clause()).isEqualTo(k.clause());
            // the seed names no allowance due day and no 公示 length: the program's own defaults say so
            assertThat(v.note()).isEqualTo(k == PolicyKey.ALLOWANCE_DUE_DAY ? "程序默认值（实施细则只要求按时足额发放）"
                    : k == PolicyKey.RECRUITMENT_NOTICE_WORKING_DAYS ? "程序默认值（实施细则规定须经公示，未规定天数）"
                    : k == PolicyKey.WORKLOG_JOURNAL_PER_TEACHING_WEEK ? "程序默认值（实施细则要求撰写工作周记，未规定频次）"
                    : k.key().startsWith("worklog.") ? "程序默认值（实施细则要求经常性开展，未规定次数）"
                    : k == PolicyKey.ATTENTION_CONTACT_DAYS_LEVEL1 ? "程序默认值（一级关注每周联系）"
                    : k == PolicyKey.ATTENTION_CONTACT_DAYS_LEVEL2 ? "程序默认值（二级关注每两周联系）"
                    : k == PolicyKey.ATTENTION_CONTACT_DAYS_LEVEL3 ? "程序默认值（三级关注每月联系）"
                    : "实施细则默认值");
        }
        assertThat(p.entry(PolicyKey.STUDENTS_PER_COUNSELOR).clause()).isEqualTo("三(二)1");
        assertThat(p.entry(PolicyKey.CONSECUTIVE_INCOMPETENT_YEARS).clause()).isEqualTo("三(四)3");
        assertThat(policy.unitName()).isEqualTo("阿克苏职业技术学院");
    }

    @Test
    void aChangeFromADateLeavesTheYearsBeforeAndAddsARowToTheHistory() {
        PolicyValue saved = policy.set(PolicyKey.STUDENTS_PER_COUNSELOR, " １８０ ", LocalDate.of(2027, 1, 1),
                "院发〔2026〕12号", null);
        assertThat(saved.value()).isEqualTo("180");
        assertThat(saved.recordedAt()).isEqualTo(TODAY.atTime(10, 0));
        assertThat(policy.forYear(2026).studentsPerCounselor()).isEqualTo(200);
        assertThat(policy.forYear(2027).studentsPerCounselor()).isEqualTo(180);
        assertThat(policy.inForce(LocalDate.of(2026, 12, 31)).studentsPerCounselor()).isEqualTo(200);
        assertThat(policy.inForce(LocalDate.of(2027, 1, 1)).entry(PolicyKey.STUDENTS_PER_COUNSELOR).note())
                .isEqualTo("院发〔2026〕12号");
        List<PolicyValue> history = policy.timeline().history(PolicyKey.STUDENTS_PER_COUNSELOR);
        assertThat(history).extracting(PolicyValue::value).containsExactly("200", "180");

        // a correction on the same date adds a row too; the later one stands, the earlier is kept
        policy.set(PolicyKey.STUDENTS_PER_COUNSELOR, "190", LocalDate.of(2027, 1, 1), "院发〔2026〕13号（更正）", null);
        PolicyTimeline t = policy.timeline();
        assertThat(t.history(PolicyKey.STUDENTS_PER_COUNSELOR)).extracting(PolicyValue::value)
                .containsExactly("200", "180", "190");
        assertThat(t.forYear(2027).studentsPerCounselor()).isEqualTo(190);
        assertThat(t.superseded(t.history(PolicyKey.STUDENTS_PER_COUNSELOR).get(1))).isTrue();
        assertThat(t.superseded(t.history(PolicyKey.STUDENTS_PER_COUNSELOR).get(2))).isFalse();
        // weights and hours are stored in one written form
        assertThat(policy.set(PolicyKey.PART_TIME_WEIGHT, "1 / 2", LocalDate.of(2027, 1, 1), "x", null).value())
                .isEqualTo("1/2");
        assertThat(policy.set(PolicyKey.SCHOOL_HOURS_PER_YEAR, "24.0", LocalDate.of(2027, 1, 1), "x", null).value())
                .isEqualTo("24");
        assertThat(policy.set("training.school-hours-per-year", "12.5", LocalDate.of(2028, 1, 1), "x", null).value())
                .isEqualTo("12.5");
    }

    @Test
    void impossibleValuesAreRefusedNamingTheFieldAndNothingIsStored() {
        LocalDate from = LocalDate.of(2027, 1, 1);
        assertThat(refusal(() -> policy.set(PolicyKey.STUDENTS_PER_COUNSELOR, "0", from, "x", null)))
                .isEqualTo("每名专职辅导员对应在校生数（师生比 1:N）：须为 1 至 100000 之间的整数");
        assertThat(refusal(() -> policy.set(PolicyKey.SCHOOL_HOURS_PER_YEAR, "-4", from, "x", null)))
                .isEqualTo("专职辅导员每年校级培训学时：须为大于 0、不超过 1000 的学时数，最多一位小数");
        assertThat(refusal(() -> policy.set(PolicyKey.SCHOOL_HOURS_PER_YEAR, "16.25", from, "x", null)))
                .startsWith("专职辅导员每年校级培训学时：");
        assertThat(refusal(() -> policy.set(PolicyKey.PART_TIME_WEIGHT, "4/3", from, "x", null)))
                .isEqualTo("兼职辅导员按专职折算比例：须为大于 0、不超过 1 的分数，如 1/3");
        assertThat(refusal(() -> policy.set(PolicyKey.TOP_TEN_SIZE, "十", from, "x", null)))
                .startsWith("十佳辅导员人数上限：须为 1 至 100 之间的整数");
        assertThat(refusal(() -> policy.set(PolicyKey.TOP_TEN_SIZE, "", null, " ", null)))
                .isEqualTo("十佳辅导员人数上限：必填\n生效日期：必填\n说明（如学院文件文号）：必填");
        assertThat(refusal(() -> policy.set(PolicyKey.TOP_TEN_SIZE, "12", LocalDate.of(1800, 1, 1), "x", null)))
                .isEqualTo("生效日期：年份应在 1950—2200 之间");
        assertThat(refusal(() -> policy.set("staffing.ratio", "12", from, "x", null)))
                .isEqualTo("参数：没有参数“staffing.ratio”，可用 policy 命令查看全部参数的键");
        assertThat(policy.timeline().history(PolicyKey.STUDENTS_PER_COUNSELOR)).hasSize(1);
        assertThat(policy.timeline().history(PolicyKey.TOP_TEN_SIZE)).hasSize(1);
    }

    @Test
    void aRetroactiveChangeIntoAConfirmedYearNeedsAReasonWhichIsKept() {
        ctx.titles().confirm(2025, LocalDate.of(2025, 12, 20)); // a confirmed title review year
        LocalDate mid2025 = LocalDate.of(2025, 7, 1);
        assertThat(refusal(() -> policy.set(PolicyKey.SCHOOL_HOURS_PER_YEAR, "20", mid2025, "院发〔2025〕3号", null)))
                .isEqualTo("追溯修改原因：生效日期 2025-07-01 不晚于已确认的 2025 年度年末，该年度按原值 16 判断；追溯修改须填写原因");
        assertThat(policy.forYear(2025).schoolHoursPerYear()).isEqualByComparingTo("16");
        // the same value is no retroactive change; a change from 2026 is not either
        assertThat(policy.retroactiveYears(PolicyKey.SCHOOL_HOURS_PER_YEAR, "16", mid2025)).isEmpty();
        assertThat(policy.retroactiveYears(PolicyKey.SCHOOL_HOURS_PER_YEAR, "20", LocalDate.of(2026, 1, 1))).isEmpty();

        PolicyValue saved = policy.set(PolicyKey.SCHOOL_HOURS_PER_YEAR, "20", mid2025, "院发〔2025〕3号",
                "学院 2025 年 6 月决定当年起执行，补录");
        assertThat(saved.reason()).isEqualTo("学院 2025 年 6 月决定当年起执行，补录");
        assertThat(policy.forYear(2025).schoolHoursPerYear()).isEqualByComparingTo("20");
        assertThat(policy.forYear(2024).schoolHoursPerYear()).isEqualByComparingTo("16");
        assertThat(policy.timeline().history(PolicyKey.SCHOOL_HOURS_PER_YEAR)).extracting(PolicyValue::reason)
                .containsExactly(null, "学院 2025 年 6 月决定当年起执行，补录");

        // an assessment year confirmed too: a change from 2023 reaches 2024? not confirmed; 2025 is held by the
        // later row from 2025-07-01, so only the years it would really change count
        assertThat(policy.retroactiveYears(PolicyKey.SCHOOL_HOURS_PER_YEAR, "18", LocalDate.of(2023, 1, 1))).isEmpty();
        ctx.titles().confirm(2024, LocalDate.of(2024, 12, 20));
        assertThat(policy.retroactiveYears(PolicyKey.SCHOOL_HOURS_PER_YEAR, "18", LocalDate.of(2023, 1, 1)))
                .containsExactly(2024);
        assertThat(refusal(() -> policy.set(PolicyKey.TOP_TEN_SIZE, "8", LocalDate.of(2020, 1, 1), "x", null)))
                .isEqualTo("追溯修改原因：生效日期 2020-01-01 不晚于已确认的 2024—2025 年度年末，这些年度按原值判断（2024 年度为 10）；"
                        + "追溯修改须填写原因");
    }

    @Test
    void theUnitsNameIsASettingAndABlankOneIsRefused() {
        assertThat(refusal(() -> policy.saveUnit(Map.of(UnitField.NAME, "  ")))).isEqualTo("学校名称：必填");
        policy.saveUnit(Map.of(UnitField.NAME, " 阿克苏职业技术学院（新校区） "));
        assertThat(policy.unit()).containsEntry(UnitField.NAME, "阿克苏职业技术学院（新校区）");
        assertThat(ctx.policy().unitName()).isEqualTo("阿克苏职业技术学院（新校区）");
    }

    @Test
    void theHistorySurvivesABackupAndARestoreExactly() throws Exception {
        policy.set(PolicyKey.TOP_TEN_SIZE, "12", LocalDate.of(2027, 1, 1), "院发〔2026〕20号", null);
        policy.saveUnit(Map.of(UnitField.NAME, "胡杨学院"));
        List<PolicyValue> before = policy.timeline().history(PolicyKey.TOP_TEN_SIZE);
        Path file = dir.resolve("policy.zip");
        db.backups().backupTo(file);
        policy.set(PolicyKey.TOP_TEN_SIZE, "15", LocalDate.of(2028, 1, 1), "later", null);
        policy.saveUnit(Map.of(UnitField.NAME, "别的名字"));
        try (StagedRestore staged = db.backups().prepareRestore(file)) {
            db.backups().restore(staged);
        }
        assertThat(policy.timeline().history(PolicyKey.TOP_TEN_SIZE)).isEqualTo(before);
        assertThat(policy.timeline().history(PolicyKey.STUDENTS_PER_COUNSELOR)).hasSize(1);
        assertThat(policy.unitName()).isEqualTo("胡杨学院");
        // ids go on after the restored ones
        PolicyValue next = policy.set(PolicyKey.TOP_TEN_SIZE, "11", LocalDate.of(2029, 1, 1), "x", null);
        assertThat(next.id()).isGreaterThan(before.get(before.size() - 1).id());
    }
}
