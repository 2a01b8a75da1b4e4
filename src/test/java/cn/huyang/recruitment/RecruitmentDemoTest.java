package cn.huyang.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.demo.DemoDataGenerator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's selection: one round finished (two hired onto the roster), one in progress with a tie at the last place. */
class RecruitmentDemoTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 20).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;

    @Test
    void oneRoundFinishedAndOneInProgress() {
        try (Store db = TestStores.open(dir, CLOCK)) {
            AppContext ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
            ctx.demo().generate(new DemoDataGenerator.Request(60, 3, 7), false, Progress.NONE);
            RecruitmentService rec = ctx.recruitment();
            List<Round> rounds = rec.rounds(null);
            assertThat(rounds).extracting(Round::year).containsExactly(2026, 2025);
            RoundSheet done = rec.sheet(rounds.get(1).id());
            assertThat(done.round().finished()).isTrue();
            assertThat(done.rows()).filteredOn(r -> r.candidate().outcome() == Outcome.HIRED).hasSize(2)
                    .allSatisfy(r -> assertThat(ctx.roster().counselor(r.candidate().counselorId()).orElseThrow()
                            .idNumber()).isEqualTo(r.candidate().idNumber()));
            RoundSheet now = rec.sheet(rounds.get(0).id());
            assertThat(now.round().finished()).isFalse();
            assertThat(now.rows()).extracting(r -> r.candidate().stage()).contains(Stage.APPLICATION, Stage.WRITTEN,
                    Stage.INTERVIEW, Stage.NOTICE);
            assertThat(now.rows()).filteredOn(r -> r.placing() != null && r.placing().standing() == Standing.TIED)
                    .hasSize(2);
        }
    }
}
