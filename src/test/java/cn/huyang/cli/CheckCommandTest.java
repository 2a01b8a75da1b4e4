package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.findings.Decision;
import cn.huyang.findings.DecisionKind;
import cn.huyang.findings.TrackedFinding;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}: each finding with its clause, the values it used and its status; {@code --open}. */
class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonCarriesClauseParamsStatusAndTheDecision() {
        assertThat(LauncherTest.run("--data-dir", dir.toString(), "demo", "--counselors", "80").exitCode()).isZero();
        int year = Year.now().getValue() - 1;
        TrackedFinding decided;
        try (H2Store db = TestFolders.open(dir)) {
            AppContext ctx = new AppContext(db, Messages.forLanguage("zh"), Clock.systemDefaultZone());
            decided = ctx.findings().findings(year).stream().filter(t -> t.finding().counselorId() != null)
                    .filter(t -> DecisionKind.choicesFor(t.finding().code()).contains(DecisionKind.ACKNOWLEDGED))
                    .findFirst().orElseThrow();
            ctx.findings().decide(decided.key(), new Decision(DecisionKind.ACKNOWLEDGED, false, LocalDate.now(),
                    "学工部", "学工〔2026〕9号", null, "下学期补足", LocalDate.now().plusMonths(3)), false);
        }
        LauncherTest.Result all = LauncherTest.run("--data-dir", dir.toString(), "check", "--year",
                String.valueOf(year), "--json");
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).contains("\"clause\":\"三(").contains("\"status\":\"open\"")
                .contains("\"status\":\"decided\"").contains("\"documentNo\":\"学工〔2026〕9号\"")
                .contains("\"plan\":\"下学期补足\"").contains("\"params\":{");
        LauncherTest.Result open = LauncherTest.run("--data-dir", dir.toString(), "check", "--year",
                String.valueOf(year), "--open", "--json");
        assertThat(open.exitCode()).isZero();
        assertThat(open.out()).doesNotContain("\"status\":\"decided\"").contains("\"status\":\"open\"");
        long allCount = all.out().lines().filter(l -> l.startsWith("  {")).count();
        long openCount = open.out().lines().filter(l -> l.startsWith("  {")).count();
        long decidedCount = all.out().lines().filter(l -> l.contains("\"status\":\"decided\"")).count();
        assertThat(decidedCount).isPositive();
        assertThat(openCount).isEqualTo(allCount - decidedCount);

        LauncherTest.Result text = LauncherTest.run("--data-dir", dir.toString(), "check", "--year",
                String.valueOf(year));
        assertThat(text.out()).containsPattern("(?m)^[A-Z_]+\t三\\([一二三四]\\)[0-9()]*\t(待处理|已处理)\t")
                .containsPattern("其中待处理 [0-9]+ 条。");
    }
}
