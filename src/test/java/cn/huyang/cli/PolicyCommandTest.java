package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.training.TrainingCategory;
import cn.huyang.training.TrainingLevel;
import cn.huyang.training.TrainingSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code policy}, {@code policy set} and what a change does to {@code ratio}, {@code training-compliance}
 * and {@code check} (whole outputs compared), through the launcher on a real data folder; today is 2027-03-01.
 */
class PolicyCommandTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2027, 3, 1).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;

    @BeforeEach
    void fixToday() {
        BatchContext.useClock(CLOCK);
    }

    @AfterEach
    void systemClock() {
        BatchContext.useClock(null);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private LauncherTest.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data();
        System.arraycopy(args, 0, all, 2, args.length);
        return LauncherTest.run(all);
    }

    private String ok(String... args) {
        LauncherTest.Result r = run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r.out();
    }

    /**
     * 1,000 students in 2026 and 2027; 4 full-time and 1 part-time counselor (short of 5 at 1:200);
     * school-level hours in 2026 and 2027 (16 and 12; 20 and 20).
     */
    private void populate() {
        try (H2Store db = TestFolders.open(dir.resolve("data"))) {
            AppContext ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
            Department cs = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
            Department me = ctx.roster().saveDepartment(new Department(null, "JD", "机电系", 2, true));
            for (int year : new int[]{2026, 2027}) {
                ctx.roster().setEnrolment(cs.id(), year, 700);
                ctx.roster().setEnrolment(me.id(), year, 300);
            }
            LocalDate entry = LocalDate.of(2020, 9, 1);
            Counselor a = ctx.roster().register(TestData.counselor("张伟", cs.id(), PostType.FULL_TIME, 1, entry), entry);
            Counselor b = ctx.roster().register(TestData.counselor("王芳", cs.id(), PostType.FULL_TIME, 2, entry), entry);
            ctx.roster().register(TestData.counselor("李娜", cs.id(), PostType.FULL_TIME, 3, entry), entry);
            ctx.roster().register(TestData.counselor("刘洋", me.id(), PostType.FULL_TIME, 4, entry), entry);
            ctx.roster().register(TestData.counselor("陈静", me.id(), PostType.PART_TIME, 5, entry), entry);
            school(ctx, "2026 年辅导员培训（一）", LocalDate.of(2026, 4, 10), "16", a, null);
            school(ctx, "2026 年辅导员培训（二）", LocalDate.of(2026, 10, 10), "12", b, null);
            school(ctx, "2027 年辅导员寒假培训", LocalDate.of(2027, 2, 10), "20", a, b);
        }
    }

    private static void school(AppContext ctx, String course, LocalDate day, String hours, Counselor one,
                               Counselor two) {
        List<TrainingSession.Attendee> who = two == null
                ? List.of(new TrainingSession.Attendee(null, one.id(), null, null, null))
                : List.of(new TrainingSession.Attendee(null, one.id(), null, null, null),
                new TrainingSession.Attendee(null, two.id(), null, null, null));
        ctx.training().save(new TrainingSession(null, course, "学工部", TrainingLevel.SCHOOL, TrainingCategory.ROUTINE,
                day, day, new BigDecimal(hours), null, null, who));
    }

    private List<String> outputs(int year) {
        String y = String.valueOf(year);
        return List.of(ok("ratio", "--year", y, "--json"), ok("ratio", "--year", y),
                ok("training-compliance", "--year", y, "--json"), ok("training-compliance", "--year", y),
                ok("check", "--year", y, "--json"), ok("check", "--year", y));
    }

    @Test
    void aChangeFrom2027LeavesTheOutputsOf2026AsTheyWereAndChanges2027s() {
        populate();
        List<String> before2026 = outputs(2026);
        List<String> before2027 = outputs(2027);
        assertThat(before2026.get(0)).contains("\"studentsPerCounselor\":200", "\"partTimeWeight\":\"1/3\"",
                "\"required\":5", "\"short\":true");
        assertThat(before2026.get(4)).contains("\"code\":\"STAFFING_RATIO\"", "\"code\":\"TRAINING_HOURS\"",
                "按 1:200 应配专职辅导员 5 人", "少于每年 16 学时");

        assertThat(ok("policy", "set", "staffing.students-per-counselor", "250", "--from", "2027-01-01", "--note",
                "院发〔2026〕30号")).contains("自 2027-01-01 起为 250");
        assertThat(ok("policy", "set", "training.school-hours-per-year", "24", "--from", "2027-01-01", "--note",
                "院发〔2026〕30号")).contains("自 2027-01-01 起为 24");
        assertThat(ok("policy", "set", "staffing.part-time-weight", "1/2", "--from", "2027-01-01", "--note",
                "院发〔2026〕30号")).contains("起为 1/2");

        assertThat(outputs(2026)).isEqualTo(before2026);
        List<String> after2027 = outputs(2027);
        for (int i = 0; i < after2027.size(); i++) {
            assertThat(after2027.get(i)).as("output " + i + " of 2027").isNotEqualTo(before2027.get(i));
        }
        // 1,000 students at 1:250 need 4; 4 full-time and a half: no staffing finding in 2027
        assertThat(after2027.get(0)).contains("\"studentsPerCounselor\":250", "\"partTimeWeight\":\"1/2\"",
                "\"required\":4", "\"effective\":4.50");
        assertThat(after2027.get(2)).contains("\"requiredHours\":24").doesNotContain("\"requiredHours\":16");
        assertThat(after2027.get(3)).contains("差额（应 24 学时）");
        assertThat(after2027.get(4)).doesNotContain("STAFFING_RATIO").contains("少于每年 24 学时（差 4 学时）");
    }

    @Test
    void policyListsTheValuesInForceTodayWithTheirHistory() {
        LauncherTest.Result fresh = run("policy", "--json");
        assertThat(fresh.exitCode()).as(fresh.err()).isZero();
        String json = fresh.out().strip();
        assertThat(json).startsWith("{\"date\":\"2027-03-01\",\"parameters\":[").endsWith("}")
                .contains("{\"key\":\"staffing.students-per-counselor\",\"label\":\"每名专职辅导员对应在校生数（师生比 1:N）\","
                        + "\"value\":\"200\",\"from\":\"1900-01-01\",\"clause\":\"三(二)1\",\"note\":\"实施细则默认值\","
                        + "\"history\":[{\"value\":\"200\",\"from\":\"1900-01-01\",\"clause\":\"三(二)1\","
                        + "\"note\":\"实施细则默认值\",\"reason\":null,\"recordedAt\":\"")
                .contains("\"key\":\"staffing.part-time-weight\"", "\"value\":\"1/3\"")
                .contains("\"key\":\"assessment.top-ten-size\"", "\"clause\":\"三(四)4\"")
                .endsWith("],\"unit\":{\"unit.name\":\"阿克苏职业技术学院\"}}");
        assertThat(json.split("\"key\":")).hasSize(19);

        ok("policy", "set", "assessment.top-ten-size", "12", "--from", "2026-01-01", "--note", "院发〔2025〕9号");
        ok("policy", "set", "assessment.top-ten-size", "15", "--from", "2028-01-01", "--note", "院发〔2027〕1号");
        String text = ok("policy");
        assertThat(text).startsWith("政策参数（2027-03-01 现行）\n参数\t键\t现行值\t生效日期\t条款\t说明\n")
                .contains("十佳辅导员人数上限\tassessment.top-ten-size\t12\t2026-01-01\t三(四)4\t院发〔2025〕9号\n"
                        + "  · 自 1900-01-01 起 10\t三(四)4\t实施细则默认值\n"
                        + "  · 自 2026-01-01 起 12\t三(四)4\t院发〔2025〕9号\n"
                        + "  · 自 2028-01-01 起 15\t三(四)4\t院发〔2027〕1号（尚未生效）\n")
                .endsWith("学校名称：阿克苏职业技术学院\n");
        String en = ok("--lang", "en", "policy");
        assertThat(en).startsWith("Policy parameters in force on 2027-03-01")
                .contains("  · from 2028-01-01: 15\t三(四)4\t院发〔2027〕1号 (not yet in force)");
    }

    @Test
    void setRefusesImpossibleValuesAndRetroactiveChangesWithoutAReasonNamingTheField() {
        LauncherTest.Result zero = run("policy", "set", "staffing.students-per-counselor", "0", "--from", "2027-01-01",
                "--note", "x");
        assertThat(zero.exitCode()).isEqualTo(1);
        assertThat(zero.err().strip()).isEqualTo("政策参数未修改：每名专职辅导员对应在校生数（师生比 1:N）：须为 1 至 100000 之间的整数");
        LauncherTest.Result negative = run("policy", "set", "training.school-hours-per-year", "-8", "--from",
                "2027-01-01");
        assertThat(negative.exitCode()).isEqualTo(1);
        assertThat(negative.err()).contains("专职辅导员每年校级培训学时：须为大于 0", "说明（如学院文件文号）：必填");
        assertThat(run("policy", "set", "staffing.ratio", "150", "--from", "2027-01-01", "--note", "x").err())
                .contains("参数：没有参数“staffing.ratio”");
        assertThat(run("policy", "set", "staffing.students-per-counselor", "150", "--from", "明年", "--note", "x")
                .err()).contains("生效日期：日期无法识别");
        LauncherTest.Result noDate = run("policy", "set", "staffing.students-per-counselor", "150");
        assertThat(noDate.exitCode()).isEqualTo(2);
        assertThat(noDate.err()).contains("--from");

        try (H2Store db = TestFolders.open(dir.resolve("data"))) {
            new AppContext(db, Messages.forLanguage("zh"), CLOCK).titles().confirm(2026, LocalDate.of(2026, 12, 20));
        }
        LauncherTest.Result retro = run("policy", "set", "training.school-hours-per-year", "20", "--from", "2026-09-01",
                "--note", "院发〔2026〕8号");
        assertThat(retro.exitCode()).isEqualTo(1);
        assertThat(retro.err().strip()).isEqualTo("政策参数未修改：追溯修改原因：生效日期 2026-09-01 不晚于已确认的 2026 年度年末，"
                + "该年度按原值 16 判断；追溯修改须填写原因");
        ok("policy", "set", "training.school-hours-per-year", "20", "--from", "2026-09-01", "--note", "院发〔2026〕8号",
                "--reason", "文件 9 月下发，补录");
        assertThat(ok("policy", "--json")).contains("\"value\":\"20\",\"from\":\"2026-09-01\",\"clause\":\"三(三)4\","
                + "\"note\":\"院发〔2026〕8号\",\"reason\":\"文件 9 月下发，补录\"");
        assertThat(ok("policy")).contains("  · 自 2026-09-01 起 20\t三(三)4\t院发〔2026〕8号；追溯修改原因：文件 9 月下发，补录\n");
    }
}
