package cn.huyang.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.ImmediateRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Department;
import cn.huyang.roster.TestData;
import java.nio.file.Files;
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

/** The import dialog's view model, with plain JUnit: choose → preview → refusals → import. */
class ImportViewModelTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final String ID_A = TestData.id(LocalDate.of(1990, 5, 17), true, 1);

    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    ImportViewModel vm;

    @BeforeEach
    void open() {
        db = H2Store.open(new DataFolder(dir.resolve("data")));
        ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        vm = new ImportViewModel(ctx.rosterImport(), ctx.trainingImport(), ctx.scoresImport(), ctx.export(),
                new ImmediateRunner(), ctx.messages(), 2025);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void chooseShowsTheSheetsPreviewListsRefusalsAndTheDepartmentOptionClearsThem() throws Exception {
        Path file = TestSheets.xlsx(dir.resolve("a.xlsx"), "名单", List.of(
                Arrays.asList("姓名", "身份证号", "系部", "岗位类型"),
                Arrays.asList("张伟", ID_A, "外语系", "专职")));
        vm.choose(file);
        assertThat(vm.sheets()).containsExactly("名单");
        assertThat(vm.sheetProperty().get()).isEqualTo("名单");

        vm.preview();
        assertThat(vm.refused()).extracting(Refusal::row, Refusal::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "系部"));
        assertThat(vm.canImport()).isFalse();

        vm.createDepartmentsProperty().set(true);
        assertThat(vm.refused()).as("an option change checks again").isEmpty();
        assertThat(vm.statusProperty().get()).contains("新增 1 人");
        assertThat(vm.canImport()).isTrue();

        vm.importNow();
        assertThat(vm.outcomeProperty().get().created()).isEqualTo(1);
        assertThat(vm.statusProperty().get()).startsWith("已导入：新增 1 人");
        assertThat(ctx.roster().counselors()).hasSize(1);
    }

    @Test
    void anUnreadableFileShowsItsReason() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.xlsx"), "x");
        vm.choose(junk);
        assertThat(vm.statusProperty().get()).startsWith("junk.xlsx 不是电子表格文件");
    }

    @Test
    void scoresOfTheChosenYearImportThroughTheSameDialog() throws Exception {
        var c = ctx.roster().register(TestData.counselor("赵磊", ctx.roster().departments().get(0).id(),
                cn.huyang.roster.PostType.FULL_TIME, 1), LocalDate.of(2020, 9, 1));
        Path file = TestSheets.xlsx(dir.resolve("成绩.xlsx"), "成绩", List.of(
                Arrays.asList("姓名", "所在系部", "学工部", "系部党总支", "学生测评", "组织人事部"),
                Arrays.asList("赵磊", "计算机系", 90, 91, 92, 93)));
        vm.kindProperty().set(ImportKind.SCORES);
        vm.yearProperty().set(2024);
        vm.choose(file);
        assertThat(vm.statusProperty().get()).startsWith("2024 年考核成绩，共 1 行：新录入 1 人");
        assertThat(vm.planned()).extracting(PreviewRow::name).containsExactly("赵磊");
        assertThat(vm.templateName()).isEqualTo("2024年考核成绩导入模板.xlsx");
        vm.importNow();
        assertThat(vm.statusProperty().get()).startsWith("已导入：新增 1 人");
        assertThat(ctx.assessment().sheet(2024).rows().get(0).entry().score(cn.huyang.assessment.Party.STUDENTS))
                .isEqualByComparingTo("92");
    }
}
