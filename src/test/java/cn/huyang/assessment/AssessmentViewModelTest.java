package cn.huyang.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.ImmediateRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assessment tab's view model in plain JUnit, work run on the calling thread. */
class AssessmentViewModelTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    AssessmentViewModel vm;
    List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        db = H2Store.open(new DataFolder(dir));
        ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        Department d = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        ctx.roster().register(TestData.counselor("张伟", d.id(), PostType.FULL_TIME, 1), LocalDate.of(2020, 9, 1));
        ctx.roster().register(TestData.counselor("王芳", d.id(), PostType.FULL_TIME, 2), LocalDate.of(2020, 9, 1));
        vm = new AssessmentViewModel(ctx.assessment(), new ImmediateRunner(), Messages.forLanguage("zh"));
        vm.setOnFailure(failures::add);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    void type(GridRow row, String office, String branch, String students, String personnel) {
        row.score(Party.OFFICE).set(office);
        row.score(Party.BRANCH).set(branch);
        row.score(Party.STUDENTS).set(students);
        row.score(Party.PERSONNEL).set(personnel);
    }

    @Test
    void resultsFollowWhatIsTypedAndSavingStoresIt() {
        assertThat(vm.rows()).extracting(GridRow::name).containsExactly("张伟", "王芳");
        GridRow zhang = vm.rows().get(0);
        type(zhang, "90", "90", "90", "89.95");
        assertThat(zhang.resultProperty().get().total()).isEqualByComparingTo("90.00");
        assertThat(vm.dirtyProperty().get()).isTrue();
        type(vm.rows().get(1), "７０", "70", "70", "70"); // full-width digits are accepted
        assertThat(vm.rows().get(1).resultProperty().get().total()).isEqualByComparingTo("70.00");
        assertThat(vm.summaryTextProperty().get()).startsWith("已评 2 / 2 人");

        vm.save();
        assertThat(failures).isEmpty();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(ctx.assessment().sheet(2025).rows().get(1).entry().score(Party.OFFICE)).isEqualByComparingTo("70");
    }

    @Test
    void aRefusedCellIsNamedKeptAndBlocksTheSave() {
        GridRow zhang = vm.rows().get(0);
        type(zhang, "90", "90", "100.5", "90");
        zhang.bonusProperty().set("3.456");
        assertThat(zhang.errors()).containsKeys("STUDENTS", "BONUS");
        assertThat(vm.errorTextProperty().get()).contains("张伟 · 学生测评：应在 0 到 100 之间，最多两位小数")
                .contains("张伟 · 附加分");
        assertThat(zhang.resultProperty().get().total()).isNull();
        vm.save();
        assertThat(vm.errorTextProperty().get()).startsWith("有数值不正确的单元格，未保存");
        assertThat(zhang.score(Party.STUDENTS).get()).isEqualTo("100.5");
        assertThat(ctx.assessment().sheet(2025).rows().get(0).entry().scores()).isEmpty();

        zhang.score(Party.STUDENTS).set("100");
        zhang.bonusProperty().set("3.45");
        assertThat(vm.errorTextProperty().get()).isEmpty();
        vm.save();
        assertThat(ctx.assessment().sheet(2025).rows().get(0).entry().complete()).isTrue();
    }

    @Test
    void confirmingLocksTheGridAndUnlockingOpensIt() {
        type(vm.rows().get(0), "80", "80", "80", "80");
        type(vm.rows().get(1), "80", "80", "80", "80");
        vm.confirm(java.util.List.of());
        assertThat(vm.errorTextProperty().get()).isEqualTo("请先保存已录入的评分，再确认结果");
        vm.save();
        vm.confirm(java.util.List.of());
        assertThat(failures).isEmpty();
        assertThat(vm.lockedProperty().get()).isTrue();
        assertThat(vm.stateTextProperty().get()).isEqualTo("已确认（已锁定）");
        vm.unlock("更正学生测评分");
        assertThat(vm.lockedProperty().get()).isFalse();
        assertThat(vm.sheetProperty().get().unlockReasons()).containsExactly("更正学生测评分");
    }

    @Test
    void exportsTheFormsOfTheYearAsPdfFilesOrOneFile() throws Exception {
        type(vm.rows().get(0), "95", "95", "95", "95");
        vm.save();
        List<java.nio.file.Path> files = new ArrayList<>();
        vm.exportPdf(FormScope.YEAR, null, dir.resolve("forms"), false, files::addAll);
        assertThat(failures).isEmpty();
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("2025-计算机系-张伟.pdf", "2025-计算机系-王芳.pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(java.nio.file.Files.readAllBytes(files.get(0)))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            // alone with a total, 张伟 is 1 of 1 assessed: a 20 % quota allows no 优秀, so 合格 (over the quota)
            assertThat(text).contains("张伟").contains("2025").contains("考核等次：合格").contains("95.00")
                    .contains("超出优秀名额，拟定为合格");
        }
        List<java.nio.file.Path> one = new ArrayList<>();
        vm.exportPdf(FormScope.COUNSELOR, vm.rows().get(1), dir.resolve("one"), true, one::addAll);
        assertThat(one).extracting(p -> p.getFileName().toString()).containsExactly("2025年度考核登记表.pdf");
        assertThat(vm.exportingProperty().get()).isFalse();
    }
}
