package cn.huyang.roster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.Styles;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.shell.FxDialogService;
import cn.huyang.testing.FxWait;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The roster's rows and ⚑ cells as drawn (headless Monocle): a cell shows another counselor after every
 * reload and filter, and must then carry that counselor's mark, colour and tooltip, not the last one's.
 */
@ExtendWith(ApplicationExtension.class)
class RosterCellsScreenTest {
    @TempDir
    Path dir;
    H2Store db;
    RosterViewModel vm;
    Counselor dispatched;
    Counselor nonParty;
    Counselor compliant;
    Counselor gone;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        Messages m = Messages.forLanguage("zh");
        AppContext ctx = new AppContext(db, m, Clock.systemDefaultZone());
        long dept = ctx.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true)).id();
        LocalDate entry = LocalDate.of(2020, 9, 1);
        Counselor base = Drafts.valid(dept);
        dispatched = ctx.roster().register(Drafts.withConditions(Drafts.with(base, "艾力", Drafts.ID_MALE_1985,
                PostType.FULL_TIME, dept), Education.MASTER, PoliticalStatus.CPC_MEMBER, EmploymentForm.LABOUR_DISPATCH), entry);
        nonParty = ctx.roster().register(Drafts.withConditions(Drafts.with(base, "白雪", Drafts.ID_FEMALE_1988,
                PostType.FULL_TIME, dept), Education.MASTER, PoliticalStatus.MASSES, EmploymentForm.CONTRACT), entry);
        compliant = ctx.roster().register(Drafts.with(base, "陈晨", Drafts.ID_MALE_1990, PostType.FULL_TIME, dept), entry);
        gone = ctx.roster().register(Drafts.withConditions(Drafts.with(base, "丁一", Drafts.ID_FEMALE_2000,
                PostType.FULL_TIME, dept), Education.MASTER, PoliticalStatus.MASSES, EmploymentForm.CONTRACT), entry);
        ctx.roster().deregister(gone.id(), LocalDate.of(2024, 7, 1), "调离");
        vm = new RosterViewModel(ctx.roster(), new FxBackgroundRunner(), m);
        RosterView view = new RosterView(vm, () -> null, new FxDialogService(m, dir), () -> stage, () -> { });
        Scene scene = new Scene((javafx.scene.Parent) view.node(), 1200, 700);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.show();
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void eachRowShowsItsOwnMarkColourAndTooltipAfterReloadsAndFilters(FxRobot robot) throws TimeoutException {
        FxWait.until(() -> vm.filteredRows().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(robot, "艾力").getText()).isEqualTo("⚠");
        assertThat(has(cell(robot, "艾力"), "finding-warning")).isTrue();
        assertThat(cell(robot, "艾力").getTooltip().getText()).contains("劳务派遣");
        assertThat(cell(robot, "白雪").getText()).isEqualTo("ⓘ");
        assertThat(has(cell(robot, "白雪"), "finding-notice")).isTrue();
        assertThat(has(cell(robot, "白雪"), "finding-warning")).isFalse();
        assertThat(cell(robot, "陈晨").getText()).isNull();
        assertThat(cell(robot, "陈晨").getTooltip()).isNull();
        assertThat(has(cell(robot, "陈晨"), "finding-notice") || has(cell(robot, "陈晨"), "finding-warning")).isFalse();

        // only the compliant counselor: the first row's cell, which showed a warning, now shows nothing
        robot.interact(() -> vm.searchProperty().set("陈晨"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(robot, "陈晨").getText()).isNull();
        assertThat(cell(robot, "陈晨").getTooltip()).isNull();
        assertThat(has(cell(robot, "陈晨"), "finding-warning")).isFalse();

        // every status: the deregistered counselor's row is greyed and has no findings; the others are not greyed
        robot.interact(() -> {
            vm.searchProperty().set("");
            vm.statusProperty().set(StatusFilter.ALL);
        });
        FxWait.until(() -> vm.filteredRows().size() == 4);
        robot.interact(vm::load);
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.until(() -> rowOf(robot, "丁一") != null);
        assertThat(has(rowOf(robot, "丁一"), "deregistered")).isTrue();
        assertThat(cell(robot, "丁一").getText()).isNull();
        for (String name : List.of("艾力", "白雪", "陈晨")) {
            assertThat(has(rowOf(robot, name), "deregistered")).as(name).isFalse();
        }
        assertThat(cell(robot, "艾力").getTooltip().getText()).contains("劳务派遣");
        assertThat(cell(robot, "白雪").getTooltip().getText()).doesNotContain("劳务派遣");
    }

    @Test
    void aCellShowingAnotherCounselorLosesTheLastOnesMarkColourAndTooltip(FxRobot robot) {
        Messages m = Messages.forLanguage("zh");
        RosterRules rules = new RosterRules(m);
        List<cn.huyang.common.Finding> warning = rules.findings(dispatched, "信息工程系");
        List<cn.huyang.common.Finding> notice = rules.findings(nonParty, "信息工程系");
        robot.interact(() -> {
            FindingsCell<RosterRow> cell = new FindingsCell<>(m);
            cell.updateItem(warning, false);
            assertThat(has(cell, "finding-warning")).isTrue();
            javafx.scene.control.Tooltip first = cell.getTooltip();
            cell.updateItem(notice, false);
            assertThat(has(cell, "finding-warning")).isFalse();
            assertThat(has(cell, "finding-notice")).isTrue();
            assertThat(cell.getTooltip()).isSameAs(first); // one tooltip per cell, its text replaced
            assertThat(cell.getTooltip().getText()).doesNotContain("劳务派遣");
            cell.updateItem(warning, false);
            cell.updateItem(List.of(), false);
            assertThat(has(cell, "finding-warning") || has(cell, "finding-notice")).isFalse();
            assertThat(cell.getText()).isNull();
            assertThat(cell.getTooltip()).isNull();
            cell.updateItem(warning, false);
            cell.updateItem(null, true);
            assertThat(has(cell, "finding-warning")).isFalse();
        });
    }

    private static boolean has(Node node, String pseudoClass) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @SuppressWarnings("unchecked")
    private static TableRow<RosterRow> rowOf(FxRobot robot, String name) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof RosterRow row && row.counselor().name().equals(name))
                .map(r -> (TableRow<RosterRow>) r).findFirst().orElse(null);
    }

    private static TableCell<?, ?> cell(FxRobot robot, String name) {
        TableRow<RosterRow> row = rowOf(robot, name);
        assertThat(row).as(name + "'s row").isNotNull();
        return row.getChildrenUnmodifiable().stream().filter(n -> n instanceof FindingsCell<?>)
                .map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow();
    }
}
