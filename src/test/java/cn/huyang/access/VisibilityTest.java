package cn.huyang.access;

import static cn.huyang.access.RightsFixture.CLOCK;
import static cn.huyang.access.RightsFixture.ZH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.huyang.app.AppContext;
import cn.huyang.assessment.Sheet;
import cn.huyang.common.IdNumber;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.findings.TrackedFinding;
import cn.huyang.roster.Counselor;
import cn.huyang.training.ComplianceRow;
import cn.huyang.training.LedgerFilter;
import cn.huyang.training.LedgerRow;
import cn.huyang.training.LedgerSort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user reads: a department's user only its department (roster, ledger, compliance, the
 * assessment's rows, findings, exports), with the college-wide numbers still the college's; a
 * leader everything, with ID numbers masked and no export of full numbers.
 */
class VisibilityTest {
    @TempDir
    static Path template;
    static RightsFixture f;

    @TempDir
    Path dir;
    Store db;

    @BeforeAll
    static void fixture() {
        f = RightsFixture.build(template.resolve("data"));
    }

    AppContext as(Role role) {
        if (db == null) {
            Path data = dir.resolve("data");
            db = TestStores.openCopy(template.resolve("data"), data, CLOCK);
        }
        return new AppContext(db, ZH, CLOCK, new Session(f.actor(role)));
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aDepartmentsUserReadsItsDepartmentOnly() throws Exception {
        AppContext dept = as(Role.DEPARTMENT);
        List<Long> own = List.of(f.a1.id(), f.a2.id());
        assertThat(dept.roster().roster()).extracting(Counselor::id).containsExactlyInAnyOrderElementsOf(own);
        assertThat(dept.roster().roster()).extracting(Counselor::idNumber)
                .as("its own counselors' numbers whole").contains(f.a1.idNumber());

        // the ledger: its counselors' rows only, whatever department the filter asks for
        List<LedgerRow> ledger = dept.training().page(LedgerFilter.year(2025), LedgerSort.NEWEST_FIRST, 0, 100).rows();
        assertThat(ledger).isNotEmpty().allMatch(r -> r.counselorId() == f.a1.id());
        LedgerFilter other = new LedgerFilter(2025, null, null, f.deptB, null, null);
        assertThat(dept.training().page(other, LedgerSort.NEWEST_FIRST, 0, 100).rows())
                .allMatch(r -> own.contains(r.counselorId()));
        assertThat(dept.training().compliance(2025)).extracting(ComplianceRow::counselorId)
                .containsExactlyInAnyOrderElementsOf(own);

        // the assessment: computed over the college, its rows shown
        Sheet sheet = dept.assessment().sheet(2025);
        assertThat(sheet.rows()).extracting(r -> r.counselor().id()).containsExactlyInAnyOrderElementsOf(own);
        assertThat(sheet.results().rows()).as("ranks and the quota over the whole year").hasSize(3);
        assertThat(dept.assessment().forms(2025, null, null)).hasSize(2);

        // findings: its counselors', never another department's
        List<TrackedFinding> findings = dept.findings().findings(2026);
        assertThat(findings).isNotEmpty().allMatch(t -> t.finding().counselorId() == null
                || own.contains(t.finding().counselorId()));
        assertThat(as(Role.OFFICE).findings().findings(2026).size()).isGreaterThanOrEqualTo(findings.size());

        // exports: the rows it reads, even when handed the whole college
        Path file = dir.resolve("导出.xlsx");
        assertThat(dept.export().roster(file, as(Role.OFFICE).roster().roster(), false)).isEqualTo(2);
        assertThat(dept.export().scores(file, 2025, false)).isEqualTo(2);
        assertThat(dept.export().compliance(file, 2025)).isEqualTo(2);
        assertThat(dept.export().ledger(file, LedgerFilter.year(2025), LedgerSort.NEWEST_FIRST))
                .isEqualTo(ledger.size());
        assertThat(dept.export().findings(file, as(Role.OFFICE).findings().findings(2026)))
                .isEqualTo(findings.size());
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void aLeaderReadsEverythingMaskedAndMayNotExportFullNumbers() {
        AppContext leader = as(Role.LEADER);
        List<Counselor> roster = leader.roster().roster();
        assertThat(roster).hasSize(3);
        assertThat(roster).allSatisfy(c -> {
            assertThat(c.idNumber()).contains("*").isEqualTo(IdNumber.mask(c.idNumber()));
            assertThat(c.phone()).contains("*");
        });
        assertThat(leader.assessment().sheet(2025).rows()).allMatch(r -> r.counselor().idNumber().contains("*"));
        assertThat(leader.titles().sheet(2026).rows()).isNotEmpty().allMatch(r -> r.idNumber().contains("*"));
        Path file = dir.resolve("全号.xlsx");
        Throwable t = catchThrowable(() -> leader.export().roster(file, roster, true));
        assertThat(t).isInstanceOf(NotPermittedException.class);
        assertThat(((NotPermittedException) t).operation()).isEqualTo(Operation.VIEW_FULL_ID);
        assertThat(((NotPermittedException) t).render(ZH)).isEqualTo("领导无权查看完整身份证号。");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void theOfficeReadsEveryNumberWhole() {
        AppContext office = as(Role.OFFICE);
        assertThat(office.roster().roster()).extracting(Counselor::idNumber)
                .contains(f.a1.idNumber(), f.b1.idNumber());
        assertThat(office.training().compliance(2025)).hasSize(3);
    }
}
