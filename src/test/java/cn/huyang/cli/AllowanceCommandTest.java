package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.GuaranteeModule;
import cn.huyang.common.Messages;
import cn.huyang.db.H2Store;
import cn.huyang.guarantee.AllowancePayment;
import cn.huyang.guarantee.AllowanceStandard;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code allowance} and {@code import allowance}: the grid by month, the finding in {@code check}, all or nothing. */
class AllowanceCommandTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;

    private int payments(Counselor c) {
        try (H2Store db = TestFolders.open(dir)) {
            AppContext ctx = new AppContext(db, Messages.forLanguage("zh"), Clock.systemDefaultZone());
            return GuaranteeModule.of(ctx).allowances().payments(c.id(), 2025).size();
        }
    }

    private Path csv(String name, String... rows) throws Exception {
        String text = "\uFEFF系部,姓名,身份证号,年度,月份,实发金额,发放日期,备注\n" + String.join("\n", rows) + "\n";
        return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void theGridByMonthTheFindingAndTheImportWholeOrNotAtAll() throws Exception {
        LauncherTest.Result empty = LauncherTest.run("--data-dir", dir.toString(), "allowance", "--year", "2025");
        assertThat(empty.exitCode()).as(empty.err()).isZero();
        assertThat(empty.out()).contains("2025 年辅导员津贴：0 人");
        Counselor zhao;
        try (H2Store db = TestFolders.open(dir)) {
            AppContext ctx = new AppContext(db, Messages.forLanguage("zh"), Clock.systemDefaultZone());
            long dept = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true)).id();
            zhao = ctx.roster().register(TestData.counselor("赵磊", dept, PostType.FULL_TIME, 21),
                    LocalDate.of(2020, 9, 1));
            GuaranteeModule g = GuaranteeModule.of(ctx);
            g.allowances().saveStandard(new AllowanceStandard(2025, PostType.FULL_TIME, 150000, 0));
            for (int month = 1; month <= 11; month++) {
                LocalDate on = month == 3 ? LocalDate.of(2025, 4, 2) : LocalDate.of(2025, month, 5);
                g.allowances().savePayment(new AllowancePayment(null, zhao.id(), 2025, month, 150000, on, null, 0));
            }
        }
        LauncherTest.Result json = LauncherTest.run("--data-dir", dir.toString(), "allowance", "--year", "2025",
                "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"month\":3,\"counselorId\":" + zhao.id() + ",\"name\":\"赵磊\"")
                .contains("\"due\":\"1500.00\",\"paid\":\"1500.00\",\"short\":\"0.00\",\"paidByDueDay\":\"0.00\","
                        + "\"dueDate\":\"2025-03-31\",\"lastPaidOn\":\"2025-04-02\",\"state\":\"LATE\"")
                .contains("\"month\":12").contains("\"state\":\"UNPAID\"");
        LauncherTest.Result text = LauncherTest.run("--data-dir", dir.toString(), "allowance", "--year", "2025");
        assertThat(text.out()).contains("计算机系\t赵磊\t3\t1500.00\t1500.00\t0.00\t2025-03-31\t2025-04-02\t逾期")
                .contains("未按时足额发放 2 个月次");
        LauncherTest.Result check = LauncherTest.run("--data-dir", dir.toString(), "check", "--year", "2025",
                "--json");
        assertThat(check.out()).contains("\"code\":\"ALLOWANCE_LATE\"").contains("\"clause\":\"三(三)8\"")
                .contains("guarantee.allowance-due-day");

        Path bad = csv("bad.csv", "计算机系,赵磊,,2025,12,1500,2025-12-05,", "计算机系,赵磊,,2025,13,1500,2025-12-05,");
        LauncherTest.Result refused = LauncherTest.run("--data-dir", dir.toString(), "import", "allowance",
                bad.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("第 3 行\t月份\t13\t必须是 1 至 12 之间的整数，不能是 13")
                .contains("有被拒绝的行，未写入任何数据");
        assertThat(payments(zhao)).isEqualTo(11);
        LauncherTest.Result skip = LauncherTest.run("--data-dir", dir.toString(), "import", "allowance",
                bad.toString(), "--skip-invalid");
        assertThat(skip.exitCode()).isEqualTo(2);
        assertThat(skip.err()).contains("津贴发放表只能整份导入");
        assertThat(payments(zhao)).isEqualTo(11);

        Path good = csv("good.csv", "计算机系,赵磊,,2025,12,1500,2025-12-05,财务处");
        LauncherTest.Result ok = LauncherTest.run("--data-dir", dir.toString(), "import", "allowance",
                good.toString());
        assertThat(ok.exitCode()).as(ok.err() + ok.out()).isZero();
        assertThat(ok.out()).contains("新增发放记录 1 条");
        assertThat(payments(zhao)).isEqualTo(12);
    }
}
