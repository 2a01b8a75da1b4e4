package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.WorklogModule;
import cn.huyang.common.Messages;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.worklog.RecordKind;
import cn.huyang.worklog.StudentRef;
import cn.huyang.worklog.WorkRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code worklogs --month}: the month's counts per counselor and department, as text and as JSON; never texts. */
class WorklogCommandTest {
    @TempDir
    Path dir;

    @Test
    void theMonthsCountsAsTextAndJson() {
        LauncherTest.Result first = LauncherTest.run("--data-dir", dir.toString(), "worklogs", "--month", "2025-03");
        assertThat(first.exitCode()).as(first.err()).isZero();
        // the texts are sealed under the folder's data key: written by a user logged in at the gate
        cn.huyang.app.Opening opening = cn.huyang.app.Gates.forFolder(new cn.huyang.db.DataFolder(dir),
                Clock.systemDefaultZone()).login(TestFolders.USER, TestFolders.PASSWORD.toCharArray());
        try (cn.huyang.db.Store db = opening.store()) {
            AppContext ctx = new AppContext(opening, Messages.forLanguage("zh"), Clock.systemDefaultZone());
            long a = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true)).id();
            long b = ctx.roster().saveDepartment(new Department(null, "JD", "机电系", 2, true)).id();
            LocalDate in = LocalDate.of(2020, 9, 1);
            Counselor zhao = ctx.roster().register(TestData.counselor("赵磊", a, PostType.FULL_TIME, 21), in);
            ctx.roster().register(TestData.counselor("钱敏", b, PostType.FULL_TIME, 22), in);
            var records = WorklogModule.of(ctx).records();
            records.add(new WorkRecord(null, zhao.id(), RecordKind.TALK, LocalDate.of(2025, 3, 4), null, "办公室",
                    "2024级1班", "STUDY", null, false, false, Map.of("way", "FACE", "reason", "秘密谈话内容"),
                    List.of(new StudentRef(null, "阿依古丽")), 0));
            records.add(new WorkRecord(null, zhao.id(), RecordKind.DORM_VISIT, LocalDate.of(2025, 3, 5), null, null,
                    null, null, null, false, false, Map.of("building", "3号楼", "rooms", "305"), List.of(), 0));
        }
        LauncherTest.Result text = LauncherTest.run("--data-dir", dir.toString(), "worklogs", "--month", "2025-03");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("月份\t系部\t辅导员\t谈心谈话")
                .contains("2025-03\t计算机系\t赵磊\t1\t0\t1\t0\t1\t0")
                .contains("2025-03\t机电系\t钱敏\t0\t0\t0\t0\t0\t0")
                .contains("2025-03\t计算机系\t合计\t1\t0\t1\t0\t1\t0")
                .doesNotContain("秘密谈话内容").doesNotContain("阿依古丽");

        LauncherTest.Result one = LauncherTest.run("--data-dir", dir.toString(), "worklogs", "--month", "2025-03",
                "--department", "JD", "--json");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).startsWith("{\"month\":\"2025-03\",\"counselors\":[{")
                .contains("\"name\":\"钱敏\"").doesNotContain("赵磊")
                .contains("\"department\":\"机电系\",\"talks\":0");

        LauncherTest.Result bad = LauncherTest.run("--data-dir", dir.toString(), "worklogs", "--month", "2025-3x");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("2025-3x");

        Path counts = dir.resolveSibling(dir.getFileName() + "-counts.xlsx");
        LauncherTest.Result export = LauncherTest.run("--data-dir", dir.toString(), "export", "worklogs",
                counts.toString(), "--month", "2025-03");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(counts).exists();
        Path texts = dir.resolveSibling(dir.getFileName() + "-texts.xlsx");
        LauncherTest.Result withTexts = LauncherTest.run("--data-dir", dir.toString(), "export", "worklogs",
                texts.toString(), "--month", "2025-03", "--with-texts");
        assertThat(withTexts.exitCode()).as(withTexts.err()).isZero();
        assertThat(withTexts.out()).contains("2");
        try (H2Store db = TestFolders.open(dir)) {
            AppContext ctx = new AppContext(db, Messages.forLanguage("zh"), Clock.systemDefaultZone());
            assertThat(ctx.audit().find(cn.huyang.access.AuditQuery.all()))
                    .filteredOn(a -> "worklogs".equals(a.entity()) && "EXPORT".equals(a.action()))
                    .extracting(a -> a.details().contains("\"withTexts\":true"))
                    .containsExactlyInAnyOrder(false, true);
        }
    }
}
