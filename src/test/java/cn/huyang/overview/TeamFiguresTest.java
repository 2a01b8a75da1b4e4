package cn.huyang.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.access.Actor;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.app.AppContext;
import cn.huyang.assessment.Grade;
import cn.huyang.assessment.Sheet;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.roster.Department;
import cn.huyang.roster.StaffingRatio;
import cn.huyang.roster.StaffingRow;
import cn.huyang.training.ComplianceRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team's figures are the features' own queries, counted within the scope the user may see. */
class TeamFiguresTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final Messages ZH = Messages.forLanguage("zh");

    @TempDir
    static Path dir;
    static Store db;
    static AppContext ctx;

    @BeforeAll
    static void demo() {
        db = TestStores.open(dir.resolve("data"));
        ctx = new AppContext(db, ZH, CLOCK);
        ctx.demo().generate(new DemoDataGenerator.Request(400, 5, 7), false, Progress.NONE);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theCollegesFiguresAreTheServicesQueries() {
        Figures f = ctx.overview().figures(2025, null);
        StaffingRatio ratio = ctx.roster().staffingRatio(2025);
        assertThat(f.total().fullTime()).isEqualTo(ratio.college().fullTime()).isPositive();
        assertThat(f.total().partTime()).isEqualTo(ratio.college().partTime());
        assertThat(f.total().required()).isEqualTo(ratio.college().required());
        assertThat(f.total().shortfall()).isEqualTo(ratio.college().shortfall());
        assertThat(f.staffing()).extracting(StaffingRow::departmentId)
                .containsExactlyElementsOf(ratio.departments().stream().map(StaffingRow::departmentId).toList());
        assertThat(f.headcount()).isEqualTo(ctx.roster().idsInPost(2025).size());

        List<ComplianceRow> compliance = ctx.training().compliance(2025);
        assertThat(f.training().judged()).isEqualTo(compliance.size()).isPositive();
        assertThat(f.training().hoursMet()).isEqualTo((int) compliance.stream().filter(ComplianceRow::hoursMet).count());
        assertThat(f.training().hoursShare()).isBetween(0.0, 1.0);

        Sheet sheet = ctx.assessment().sheet(2025);
        for (Grade g : Grade.values()) {
            assertThat(f.grades().count(g.name())).as(g.name()).isEqualTo((int) sheet.rows().stream()
                    .filter(r -> r.result() != null && r.result().grade() == g).count());
        }
        assertThat(f.grades().quota()).isEqualTo(sheet.results().quota());
        assertThat(f.titles().applications()).isEqualTo(ctx.titles().sheet(2025).rows().size());
        assertThat(f.openFindings()).hasSize(ctx.findings().open(2025).size());
        assertThat(f.findingsByClause().stream().mapToInt(Bar::count).sum()).isEqualTo(f.openFindings().size());
    }

    @Test
    void structureAndFlowsAddUp() {
        Figures f = ctx.overview().figures(2026, null);
        Structure s = f.structure();
        for (List<Bar> bars : List.of(s.age(), s.gender(), s.ethnicity(), s.education(), s.title(), s.political())) {
            assertThat(bars.stream().mapToInt(Bar::count).sum()).isEqualTo(f.headcount());
        }
        assertThat(f.flows()).hasSize(TeamFigures.FLOW_YEARS).extracting(Flow::label)
                .containsExactly("2022", "2023", "2024", "2025", "2026");
        assertThat(f.periodFlow().entries()).isEqualTo(f.flows().get(4).entries());
    }

    @Test
    void aDepartmentsFiguresAreItsOwn() {
        Department d = ctx.roster().departments().get(0);
        Figures f = ctx.overview().figures(2025, d.id());
        StaffingRow row = ctx.roster().staffingRatio(2025).departments().stream()
                .filter(r -> r.departmentId().equals(d.id())).findFirst().orElseThrow();
        assertThat(f.total()).isEqualTo(row);
        assertThat(f.scopeName()).isEqualTo(d.name());
        assertThat(f.training().judged()).isEqualTo((int) ctx.training().compliance(2025).stream()
                .filter(r -> d.id().equals(r.departmentId())).count());
    }

    @Test
    void aDepartmentsUserSeesItsDepartmentWhateverItAsks() {
        List<Department> ds = ctx.roster().departments();
        Department own = ds.get(1);
        AppContext user = new AppContext(db, ZH, CLOCK,
                new Session(new Actor(99, "xibu", "系部", Role.DEPARTMENT, own.id())));
        Figures f = user.overview().figures(2025, null);
        assertThat(f.departmentId()).isEqualTo(own.id());
        assertThat(f.staffing()).extracting(StaffingRow::departmentId).containsExactly(own.id());
        assertThat(f.total()).isEqualTo(ctx.overview().figures(2025, own.id()).total());
        assertThat(user.overview().figures(2025, ds.get(0).id()).departmentId()).isEqualTo(own.id());
    }

    @Test
    void aHalfYearsRosterIsItsLastDays() {
        Figures h1 = ctx.overview().figures(Period.parse("2026H1"), null);
        assertThat(h1.on()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(h1.headcount()).isEqualTo(ctx.roster().idsInPostOn(LocalDate.of(2026, 6, 30)).size());
        Figures h2 = ctx.overview().figures(Period.parse("2026h2"), null);
        assertThat(h2.on()).as("a period still running: today").isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void periodsAndTheirComparisons() {
        Period h2 = Period.parse("2026H2");
        assertThat(h2.from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(h2.previous()).isEqualTo(Period.parse("2026H1"));
        assertThat(h2.yearEarlier()).isEqualTo(Period.parse("2025H2"));
        assertThat(Period.parse("2026H1").previous()).isEqualTo(Period.parse("2025H2"));
        assertThatThrownBy(() -> Period.parse("2026H3")).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).render(ZH)).contains("2026H1"));
        assertThat(TeamFigures.clauseKey("三(二)1")).isLessThan(TeamFigures.clauseKey("三(三)4"));
    }
}
