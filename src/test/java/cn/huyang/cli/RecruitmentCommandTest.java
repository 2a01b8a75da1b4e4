package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.H2Store;
import cn.huyang.recruitment.Candidate;
import cn.huyang.recruitment.Drafts;
import cn.huyang.recruitment.Outcome;
import cn.huyang.recruitment.Post;
import cn.huyang.recruitment.RecruitmentService;
import cn.huyang.recruitment.Round;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recruitment [--year Y] [--json]} through the launcher on a real data folder; today is 2026-06-15. */
class RecruitmentCommandTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);

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

    private LauncherTest.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return LauncherTest.run(all);
    }

    private void populate() {
        try (H2Store db = TestFolders.open(dir.resolve("data"))) {
            AppContext ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
            RecruitmentService rec = ctx.recruitment();
            Department cs = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
            Round r = rec.saveRound(Drafts.round("2026年专职辅导员选聘"));
            Post p = rec.savePost(new Post(null, r.id(), cs.id(), PostType.FULL_TIME, 1, 0));
            Candidate a = rec.apply(Drafts.candidate(r, p, "阿依古丽", LocalDate.of(1993, 4, 5), 1));
            a = rec.advance(a.id(), a.version(), TODAY);
            a = rec.scores(a.id(), a.version(), new BigDecimal("88"), null);
            a = rec.advance(a.id(), a.version(), TODAY);
            rec.scores(a.id(), a.version(), new BigDecimal("88"), new BigDecimal("91.5"));
            Candidate b = rec.apply(Drafts.candidate(r, p, "古丽娜", LocalDate.of(1994, 4, 5), 2));
            rec.stop(b.id(), b.version(), Outcome.WITHDRAWN, TODAY, "本人放弃");
        }
    }

    @Test
    void printsTheRoundsCandidatesStagesScoresAndRanks() {
        populate();
        LauncherTest.Result text = run("recruitment", "--year", "2026");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("【2026 年度】2026年专职辅导员选聘", "笔试 40%、面试 60%", "进行中",
                "岗位：计算机系 专职 1 名，报名 2 人，已聘用 0 人", "阿依古丽", "面试", "90.10", "在岗位数内",
                "✓ 学历 [三(二)2(3)]", "古丽娜", "已退出", "本人放弃");
        LauncherTest.Result json = run("recruitment", "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"title\":\"2026年专职辅导员选聘\"", "\"stage\":\"INTERVIEW\"",
                "\"total\":90.10", "\"rank\":1", "\"standing\":\"WITHIN\"", "\"outcome\":\"WITHDRAWN\"",
                "\"condition\":\"EDUCATION\",\"status\":\"MET\"");
        LauncherTest.Result none = run("recruitment", "--year", "2025");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("2025 年度没有选聘批次");
    }
}
