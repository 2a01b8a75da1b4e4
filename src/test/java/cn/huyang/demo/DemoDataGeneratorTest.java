package cn.huyang.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.app.AppContext;
import cn.huyang.common.IdNumber;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.CounselorValidator;
import cn.huyang.roster.Department;
import cn.huyang.roster.RosterEvent;
import cn.huyang.roster.RosterEventKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataGeneratorTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;

    private <T> T withContext(Path folder, Function<AppContext, T> body) {
        try (Store db = TestStores.open(folder)) {
            return body.apply(new AppContext(db, Messages.forLanguage("zh"), CLOCK));
        }
    }

    private static DemoDataGenerator.Summary generate(AppContext ctx, int counselors, long seed) {
        return ctx.demo().generate(new DemoDataGenerator.Request(counselors, 5, seed), false, Progress.NONE);
    }

    @Test
    void sameSeedAndDayGiveTheSameData() {
        Function<AppContext, List<String>> run = ctx -> {
            generate(ctx, 300, 42);
            List<String> out = new ArrayList<>();
            for (Counselor c : ctx.roster().counselors()) {
                out.add(c.name() + "|" + c.idNumber() + "|" + c.postType() + "|" + c.status() + "|" + c.entryDate());
            }
            return out;
        };
        List<String> first = withContext(dir.resolve("a"), run);
        List<String> second = withContext(dir.resolve("b"), run);
        assertThat(first).hasSize(300).isEqualTo(second);

        List<String> otherSeed = withContext(dir.resolve("c"), ctx -> {
            generate(ctx, 300, 43);
            return ctx.roster().counselors().stream().map(Counselor::idNumber).toList();
        });
        assertThat(otherSeed).isNotEqualTo(first.stream().map(s -> s.split("\\|")[1]).toList());
    }

    @Test
    void generatedDataIsValidAndVaried() {
        withContext(dir, ctx -> {
            DemoDataGenerator.Summary summary = generate(ctx, 500, 20261128);
            List<Counselor> all = ctx.roster().counselors();
            assertThat(summary.counselors()).isEqualTo(500);
            assertThat(all).hasSize(500);
            assertThat(summary.departments()).isEqualTo(ctx.roster().departments().size()).isGreaterThanOrEqualTo(4);
            assertThat(summary.enrolmentRows()).isEqualTo(summary.departments() * 5);

            // every ID number valid and unique
            assertThat(all).allSatisfy(c -> assertThat(IdNumber.problem(c.idNumber(), TODAY)).as(c.idNumber()).isEmpty());
            assertThat(new HashSet<>(all.stream().map(Counselor::idNumber).toList())).hasSize(500);

            // every counselor passes the validator as it is, and normalizing changes nothing
            for (Counselor c : all) {
                assertThat(CounselorValidator.validate(c, TODAY)).as("%s %s", c.name(), c.idNumber()).isEmpty();
                assertThat(CounselorValidator.normalize(c, TODAY)).isEqualTo(c);
            }

            // some have left, some are on leave; the stored status follows the history
            assertThat(all).extracting(Counselor::status)
                    .contains(CounselorStatus.ACTIVE, CounselorStatus.ON_LEAVE, CounselorStatus.DEREGISTERED);
            int events = 0;
            for (Counselor c : all) {
                List<RosterEvent> h = ctx.roster().history(c.id());
                events += h.size();
                assertThat(h.get(0).kind()).isEqualTo(RosterEventKind.REGISTER);
                RosterEventKind last = h.get(h.size() - 1).kind();
                CounselorStatus expected = switch (last) {
                    case REGISTER, RETURN -> CounselorStatus.ACTIVE;
                    case LEAVE -> CounselorStatus.ON_LEAVE;
                    case DEREGISTER -> CounselorStatus.DEREGISTERED;
                };
                assertThat(c.status()).as("status of %s after %s", c.name(), h).isEqualTo(expected);
                for (int i = 1; i < h.size(); i++) {
                    assertThat(h.get(i).date()).isAfterOrEqualTo(h.get(i - 1).date());
                }
                assertThat(h).allSatisfy(e -> assertThat(e.date()).isBeforeOrEqualTo(TODAY));
                h.stream().filter(e -> e.kind() == RosterEventKind.LEAVE || e.kind() == RosterEventKind.DEREGISTER)
                        .forEach(e -> assertThat(e.reason()).isNotBlank());
            }
            assertThat(events).isEqualTo(summary.events());

            // enrolment for each of the five years up to this one
            for (Department d : ctx.roster().departments()) {
                for (int y = 2021; y <= 2025; y++) {
                    assertThat(ctx.roster().enrolment(y)).containsKey(d.id());
                }
            }
            assertThat(ctx.roster().enrolment(2020)).isEmpty();
            return null;
        });
    }

    @Test
    void refusesADatabaseHoldingDataUnlessForced() {
        withContext(dir, ctx -> {
            assertThat(ctx.demo().databaseHoldsData()).isFalse();
            generate(ctx, 20, 1);
            assertThat(ctx.demo().databaseHoldsData()).isTrue();

            assertThatThrownBy(() -> generate(ctx, 20, 2)).isInstanceOf(IllegalStateException.class);
            assertThat(ctx.roster().counselors()).hasSize(20);

            ctx.demo().generate(new DemoDataGenerator.Request(20, 5, 1), true, Progress.NONE);
            List<Counselor> all = ctx.roster().counselors();
            assertThat(all).hasSize(40);
            assertThat(new HashSet<>(all.stream().map(Counselor::idNumber).toList())).hasSize(40);
            // the same departments are reused
            assertThat(ctx.roster().departments()).hasSize(4);
            return null;
        });
    }

    @Test
    void aDepartmentAloneMakesTheDatabaseHoldData() {
        withContext(dir, ctx -> {
            ctx.roster().saveDepartment(new Department(null, "X", "某系", 1, true));
            assertThat(ctx.demo().databaseHoldsData()).isTrue();
            assertThatThrownBy(() -> generate(ctx, 5, 1)).isInstanceOf(IllegalStateException.class);
            assertThat(ctx.roster().counselors()).isEmpty();
            return null;
        });
    }

    @Test
    void requestLimits() {
        assertThatThrownBy(() -> new DemoDataGenerator.Request(0, 5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoDataGenerator.Request(100_001, 5, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoDataGenerator.Request(10, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoDataGenerator.Request(10, 31, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DemoDataGenerator.Request(100_000, 30, 1).counselors()).isEqualTo(100_000);
    }

    @Test
    void aRegisterCountedBeforeTheDemoDoesNotHideItsFindingsFromTheDemosDecisions() {
        withContext(dir, ctx -> {
            assertThat(ctx.findings().findings(TODAY.getYear())).as("an empty folder: no findings").isEmpty();
            assertThat(ctx.findings().findings(TODAY.getYear() - 1)).isEmpty();
            generate(ctx, 300, 42);
            assertThat(ctx.findings().findings(TODAY.getYear())).as("counted again after the demo").isNotEmpty();
            assertThat(ctx.findings().findings(TODAY.getYear() - 1)).as("the demo decided last year's findings")
                    .anyMatch(t -> t.decision() != null);
            return null;
        });
    }
}
