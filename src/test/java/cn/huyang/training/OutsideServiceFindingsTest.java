package cn.huyang.training;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterService;
import cn.huyang.roster.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code TRAINING_OUTSIDE_SERVICE}: a year's training of a counselor not on the roster on its dates. Only the
 * counselors not on the roster from the year's first day to the end of its last training are read; these
 * cases sit at the edges of that: a training ending in the next year, a counselor leaving between two
 * trainings, one joining in the year, one on the roster all along.
 */
class OutsideServiceFindingsTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final LocalDate LONG_AGO = LocalDate.of(2018, 9, 1);

    @TempDir
    Path dir;
    Store db;
    RosterService roster;
    TrainingService training;
    Department cs;

    @BeforeEach
    void open() {
        db = TestStores.open(dir);
        AppContext ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        roster = ctx.roster();
        training = ctx.training();
        cs = roster.saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Counselor register(String name, int seq, LocalDate entry) {
        return roster.register(TestData.counselor(name, cs.id(), PostType.FULL_TIME, seq, entry), entry);
    }

    private void train(String course, LocalDate start, LocalDate end, Counselor... who) {
        training.save(new TrainingSession(null, course, "学工部", TrainingLevel.SCHOOL, TrainingCategory.ROUTINE,
                start, end, new BigDecimal("8"), new BigDecimal("100"), null, Arrays.stream(who)
                .map(c -> new TrainingSession.Attendee(null, c.id(), null, null, null)).toList()));
    }

    private List<String> outside(int year) {
        return training.findings(year).stream().filter(f -> f.code().equals("TRAINING_OUTSIDE_SERVICE"))
                .map(f -> f.counselor() + " " + f.message().replaceAll("[^0-9-]+", " ").trim()).sorted().toList();
    }

    @Test
    void theTrainingsOfCounselorsOffTheRosterOnTheirDatesAreFoundAndNoneOther() {
        Counselor allAlong = register("张伟", 1, LONG_AGO);
        Counselor leavesInJanuary = register("李娜", 2, LONG_AGO);
        Counselor leavesInSummer = register("王芳", 3, LONG_AGO);
        Counselor joinsInMarch = register("陈静", 4, LocalDate.of(2024, 3, 1));
        roster.deregister(leavesInSummer.id(), LocalDate.of(2024, 6, 30), "调离");
        roster.deregister(leavesInJanuary.id(), LocalDate.of(2025, 1, 2), "调离");

        train("春季培训", LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 11), allAlong, leavesInSummer, joinsInMarch);
        train("秋季培训", LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 11), allAlong, leavesInSummer, joinsInMarch);
        // the year's last training ends in the next one, after one attendee has left
        train("跨年培训", LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 3), allAlong, leavesInJanuary);

        assertThat(outside(2024)).containsExactly(
                "李娜 2024-12-30 2025-01-03",
                "王芳 2024-09-10 2024-09-11",
                "陈静 2024-02-10 2024-02-11");
        assertThat(outside(2023)).isEmpty();
    }
}
