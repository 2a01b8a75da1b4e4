package cn.huyang.app;

import static cn.huyang.app.TwoClients.ZH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.huyang.assessment.Entry;
import cn.huyang.assessment.Party;
import cn.huyang.assessment.Sheet;
import cn.huyang.assessment.SheetRow;
import cn.huyang.common.StaleRecordException;
import cn.huyang.common.ValidationException;
import cn.huyang.roster.Counselor;
import cn.huyang.title.Application;
import cn.huyang.title.Track;
import cn.huyang.title.Verdict;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores and title results of two clients: a year confirmed on one PC refuses what the other saves
 * for it, whatever its screen showed when it opened; two saves of the same row, the second refused.
 */
class ConfirmedYearTest {
    @TempDir
    Path dir;
    TwoClients two;

    @BeforeEach
    void open() {
        two = new TwoClients(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        two.close();
    }

    @Test
    void aYearConfirmedOnARefusesTheScoresOfB() {
        Sheet openedOnB = two.b.assessment().sheet(2025);
        assertThat(openedOnB.scheme().locked()).isFalse();

        two.a.assessment().saveEntries(2025, openedOnB.rows().stream().map(r -> typed(r, "85")).toList());
        two.a.assessment().confirm(2025);

        Entry typedOnB = typed(openedOnB.rows().get(0), "60");
        Throwable t = catchThrowable(() -> two.b.assessment().saveEntries(2025, List.of(typedOnB)));
        assertThat(t).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) t).render(ZH)).contains("2025 年度考核结果已确认并锁定");
        assertThat(two.setup.assessment().sheet(2025).rows().get(0).entry().score(Party.OFFICE))
                .isEqualByComparingTo("85");
    }

    @Test
    void theSecondSaveOfTheSameScoresIsRefusedWithTheStoredRow() {
        Sheet onA = two.a.assessment().sheet(2025);
        Sheet onB = two.b.assessment().sheet(2025);
        two.at(10, 42);
        two.a.assessment().saveEntries(2025, List.of(typed(onA.rows().get(0), "91")));

        Throwable t = catchThrowable(() -> two.b.assessment().saveEntries(2025,
                List.of(typed(onB.rows().get(0), "70"), typed(onB.rows().get(1), "75"))));
        StaleRecordException stale = StaleRecordException.in(t);
        assertThat(stale).isNotNull();
        assertThat(stale.render(ZH)).isEqualTo("此记录已被 张三 于 10:42 修改，您的修改尚未保存。");
        @SuppressWarnings("unchecked")
        List<Entry> current = (List<Entry>) stale.current();
        assertThat(current).singleElement().satisfies(e -> {
            assertThat(e.counselorId()).isEqualTo(onB.rows().get(0).counselor().id());
            assertThat(e.score(Party.OFFICE)).isEqualByComparingTo("91");
        });
        Sheet stored = two.setup.assessment().sheet(2025);
        assertThat(stored.rows().get(0).entry().score(Party.OFFICE)).isEqualByComparingTo("91");
        assertThat(stored.rows().get(1).entry().scores()).as("nothing of B's save stored").isEmpty();

        // over the stored version, B's typing goes in
        two.b.assessment().saveEntries(2025, List.of(typed(onB.rows().get(0), "70").withVersion(current.get(0)
                .version()), typed(onB.rows().get(1), "75")));
        assertThat(two.setup.assessment().sheet(2025).rows().get(0).entry().score(Party.OFFICE))
                .isEqualByComparingTo("70");
    }

    @Test
    void aTitleYearConfirmedOnARefusesTheResultsOfB() {
        Counselor zhao = two.zhao;
        Application app = two.setup.titles().apply(2026, zhao.id(), Track.TITLE, "ASSOCIATE_PROFESSOR",
                LocalDate.of(2026, 5, 1));
        Application seenByB = two.b.titles().sheet(2026).rows().get(0).application();
        Application scored = two.a.titles().score(app.id(), app.version(), new BigDecimal("80"), new BigDecimal("80"));
        two.a.titles().decide(app.id(), scored.version(), Verdict.FAILED, "条件不足");
        two.a.titles().confirm(2026, LocalDate.of(2026, 6, 1));

        Application stored = two.b.titles().sheet(2026).rows().get(0).application();
        Throwable t = catchThrowable(() -> two.b.titles().score(app.id(), stored.version(), new BigDecimal("90"),
                new BigDecimal("90")));
        assertThat(t).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) t).render(ZH)).contains("2026 年度评审结果已确认，已锁定");
        // and what B opened before A scored is refused as changed
        assertThat(catchThrowable(() -> two.b.titles().withdraw(app.id(), seenByB.version())))
                .isInstanceOf(StaleRecordException.class);
        assertThat(two.setup.titles().sheet(2026).rows().get(0).application().scoreWork()).isEqualByComparingTo("80");
    }

    /** Every party's score at {@code score}, at the version the sheet row was read at. */
    static Entry typed(SheetRow r, String score) {
        Map<Party, BigDecimal> m = new EnumMap<>(Party.class);
        for (Party p : Party.values()) {
            m.put(p, new BigDecimal(score));
        }
        Entry e = r.entry();
        return new Entry(e.year(), e.counselorId(), m, null, null, null, null, null, null, e.version());
    }
}
