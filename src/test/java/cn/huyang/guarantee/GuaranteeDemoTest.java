package cn.huyang.guarantee;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.GuaranteeModule;
import cn.huyang.common.Finding;
import cn.huyang.common.Progress;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.demo.DemoDataGenerator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's 待遇保障: two years of allowances with a few late or short months, incomes, a building without an office. */
class GuaranteeDemoTest {
    @TempDir
    Path dir;

    @Test
    void theDemoGivesEachGuaranteeFindingSomethingToFind() {
        try (Store db = TestStores.open(dir.resolve("data"), GuaranteeFixture.CLOCK)) {
            AppContext ctx = new AppContext(db, GuaranteeFixture.ZH, GuaranteeFixture.CLOCK);
            ctx.demo().generate(new DemoDataGenerator.Request(120, 3, 7), false, Progress.NONE);
            GuaranteeModule g = GuaranteeModule.of(ctx);
            int last = GuaranteeFixture.TODAY.getYear() - 1;
            assertThat(g.allowances().standards(last)).hasSize(2);
            List<AllowanceRow> grid = g.allowances().grid(last);
            assertThat(grid).isNotEmpty();
            long months = grid.stream().mapToLong(r -> r.months().stream().filter(m -> m.dueFen() != null).count()).sum();
            long breaking = grid.stream().mapToLong(r -> r.breaking().size()).sum();
            assertThat(breaking).isPositive().isLessThan(months / 10);
            assertThat(g.allowances().grid(last + 1)).isNotEmpty();
            List<Finding> found = ctx.findings().findings(last).stream().map(t -> t.finding()).toList();
            assertThat(found).extracting(Finding::code).contains("ALLOWANCE_LATE", "INCOME_BELOW_TEACHERS",
                    "DORM_OFFICE");
            assertThat(g.incomes().averages(last)).hasSize(5);
            assertThat(g.facilities().buildings()).filteredOn(DormBuilding::lacking).hasSize(1);
            assertThat(g.facilities().unregisteredBuildings()).isEmpty();
            assertThat(g.facilities().gradeMeetings(last)).isNotEmpty();
            // demo data added again keeps what is there
            ctx.demo().generate(new DemoDataGenerator.Request(10, 3, 8), true, Progress.NONE);
            assertThat(g.allowances().standards(last)).hasSize(2);
        }
    }
}
