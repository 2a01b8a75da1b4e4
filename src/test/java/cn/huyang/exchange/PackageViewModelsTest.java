package cn.huyang.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.ImmediateRunner;
import cn.huyang.roster.Counselor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package screens without a screen, on real H2 folders: the department's export (the office key the
 * first time, the result per table, the refusals in words), the office's preview and import (the
 * manifest, the counts, the changes field by field, "already imported", a tampered file), and the
 * conflicts list resolved both ways.
 */
class PackageViewModelsTest {
    @TempDir
    Path dir;
    PackageScene s;
    final ImmediateRunner runner = new ImmediateRunner();
    final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void folders() {
        s = new PackageScene(dir);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private PackageExportViewModel exportModel(AppContext dept) {
        PackageExportViewModel vm = new PackageExportViewModel(dept.exchange().export(), PackageScene.texts(dept),
                runner, "xibu-jsj", java.time.LocalDate.of(2026, 6, 15), false);
        vm.setOnFailure(failures::add);
        return vm;
    }

    private PackageConflictsViewModel conflictsModel(AppContext office) {
        PackageConflictsViewModel vm = new PackageConflictsViewModel(office.exchange().conflicts(),
                PackageScene.texts(office), runner);
        vm.setOnFailure(failures::add);
        return vm;
    }

    /** The office with both of the department's packages applied: one conflict, on 张三. */
    private AppContext officeWithAConflict() {
        AppContext office = s.officeUser();
        office.exchange().receive().apply(s.first());
        office.exchange().receive().apply(s.second());
        return office;
    }

    private PackageImportViewModel importModel(AppContext office) {
        PackageImportViewModel vm = new PackageImportViewModel(office.exchange().receive(), PackageScene.texts(office),
                runner);
        vm.setOnFailure(failures::add);
        return vm;
    }

    @Test
    void theDepartmentExportsWithTheOfficeKeyTheFirstTimeOnly() {
        AppContext dept = s.departmentUser();
        dept.roster().register(cn.huyang.roster.TestData.counselor("张三", s.jsj.departmentId("JSJ"),
                cn.huyang.roster.PostType.FULL_TIME, 1), java.time.LocalDate.of(2026, 6, 1));
        PackageExportViewModel vm = exportModel(dept);
        assertThat(vm.suggestedName()).isEqualTo("数据包-xibu-jsj-2026-06-15.hypkg");

        vm.export();
        assertThat(vm.errorProperty().get()).isEqualTo("请选择或输入要保存的数据包文件。");

        vm.targetProperty().set(dir.resolve("jsj").toString() + "-1"); // no extension: .hypkg is added
        vm.export();
        assertThat(vm.errorProperty().get()).startsWith("本机还没有学工部的公钥：请在“学工部公钥文件”中选择");
        assertThat(vm.targetProperty().get()).endsWith("jsj-1.hypkg");
        assertThat(Files.exists(dir.resolve("jsj-1.hypkg"))).isFalse();

        vm.officeKeyProperty().set(dir.resolve("missing.hykey").toString());
        vm.export();
        assertThat(vm.errorProperty().get()).isNotEmpty().contains("missing.hykey");

        vm.officeKeyProperty().set(s.key.toString());
        vm.sinceProperty().set("x");
        vm.export();
        assertThat(vm.errorProperty().get()).isEqualTo("起始编号应为 0 或正整数，而不是“x”。");

        vm.sinceProperty().set("");
        vm.export();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.summaryProperty().get()).startsWith("已导出第 1 号数据包（包含全部记录，共 ")
                .endsWith(dir.resolve("jsj-1.hypkg").toString());
        assertThat(vm.rows()).contains(new PackageExportViewModel.TableRows("counselor", "辅导员", 1));
        assertThat(Files.exists(dir.resolve("jsj-1.hypkg"))).isTrue();

        // the second time: no key needed (this PC remembers the office); a since it never sent is refused
        vm.officeKeyProperty().set("");
        vm.sinceProperty().set("7");
        vm.export();
        assertThat(vm.errorProperty().get()).startsWith("本机没有导出过第 7 号数据包");
        vm.sinceProperty().set("");
        vm.targetProperty().set(dir.resolve("jsj-2.hypkg").toString());
        vm.export();
        assertThat(vm.summaryProperty().get()).startsWith("已导出第 2 号数据包");
        assertThat(failures).isEmpty();
    }

    @Test
    void theOfficePreviewsImportsAndIsToldAPackageWasImportedBefore() {
        Path p1 = s.first();
        AppContext office = s.officeUser();
        PackageImportViewModel vm = importModel(office);
        int[] imported = {0};
        vm.setOnImported(() -> imported[0]++);
        vm.preview();
        assertThat(vm.errorProperty().get()).isEqualTo("请选择或输入要导入的数据包文件。");

        vm.fileProperty().set(p1.toString());
        vm.preview();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.manifestProperty().get())
                .isEqualTo("来自 xibu-jsj（系部，计算机系），第 1 号数据包（包含全部记录），生成于 2026-06-15 10:00");
        assertThat(vm.counts()).filteredOn(c -> c.table().equals("counselor")).singleElement()
                .satisfies(c -> {
                    assertThat(c.label()).isEqualTo("辅导员");
                    assertThat(c.added()).isEqualTo(2);
                    assertThat(c.conflicts()).isZero();
                });
        assertThat(vm.lines()).filteredOn(l -> l.table().equals("辅导员")).extracting(PackageImportViewModel.Line::record)
                .containsExactlyInAnyOrder("张三", "李四");
        assertThat(vm.statusProperty().get()).startsWith("预览：新增 ").endsWith("尚未写入任何内容。");
        assertThat(vm.applicableProperty().get()).isTrue();
        assertThat(office.roster().counselors()).isEmpty(); // a preview writes nothing

        vm.apply();
        assertThat(vm.statusProperty().get()).startsWith("已导入：新增 ").endsWith("导入前已自动备份。");
        assertThat(vm.applicableProperty().get()).isFalse();
        assertThat(imported[0]).isEqualTo(1);
        assertThat(office.roster().counselors()).extracting(cn.huyang.roster.Counselor::name)
                .containsExactlyInAnyOrder("张三", "李四");

        PackageImportViewModel again = importModel(office);
        again.fileProperty().set(p1.toString());
        again.preview();
        assertThat(again.statusProperty().get())
                .isEqualTo("第 1 号数据包（或包含它的更新的数据包）已经导入过：再次导入不会有任何改动。");
        assertThat(again.applicableProperty().get()).isFalse();
        assertThat(failures).isEmpty();
    }

    @Test
    void aTamperedOrMissingPackageIsRefusedInWordsAndNothingIsWritten() throws Exception {
        Path p1 = s.first();
        byte[] bytes = Files.readAllBytes(p1);
        bytes[bytes.length / 2] ^= 1;
        Path bad = dir.resolve("bad.hypkg");
        Files.write(bad, bytes);
        AppContext office = s.officeUser();
        PackageImportViewModel vm = importModel(office);
        vm.fileProperty().set(bad.toString());
        vm.preview();
        assertThat(vm.errorProperty().get()).isEqualTo(new PackageRefusal(PackageRefusal.Reason.TAMPERED).getMessage());
        assertThat(vm.applicableProperty().get()).isFalse();
        assertThat(vm.counts()).isEmpty();

        vm.fileProperty().set(dir.resolve("none.hypkg").toString());
        vm.preview();
        assertThat(vm.errorProperty().get()).isEqualTo("找不到文件“" + dir.resolve("none.hypkg") + "”。");
        assertThat(office.roster().counselors()).isEmpty();
        assertThat(failures).isEmpty();
    }

    @Test
    void changesAndConflictsShowFieldByFieldAndAreResolvedBothWays() {
        AppContext office = s.officeUser();
        office.exchange().receive().apply(s.first());
        Path p2 = s.second();

        PackageImportViewModel vm = importModel(office);
        vm.fileProperty().set(p2.toString());
        vm.preview();
        assertThat(vm.counts()).filteredOn(c -> c.table().equals("counselor")).singleElement()
                .satisfies(c -> {
                    assertThat(c.changed()).isEqualTo(1);
                    assertThat(c.conflicts()).isEqualTo(1);
                });
        assertThat(vm.lines().get(0).kind()).as("conflicts first").isEqualTo(RowChange.Kind.CONFLICT);
        assertThat(vm.lines()).contains(
                new PackageImportViewModel.Line("辅导员", "张三", RowChange.Kind.CONFLICT, "冲突", "联系电话",
                        "13900000001", "13800000002"),
                new PackageImportViewModel.Line("辅导员", "李四", RowChange.Kind.CHANGED, "修改", "职级",
                        "（空）", "正科级"));
        vm.apply();
        assertThat(vm.statusProperty().get()).contains("1 条冲突未覆盖本处的记录");
        assertThat(PackageScene.named(office, "张三").phone()).isEqualTo("13900000001");
        assertThat(PackageScene.named(office, "李四").adminRank()).isEqualTo("正科级");

        PackageConflictsViewModel conflicts = conflictsModel(office);
        int[] resolved = {0};
        conflicts.setOnResolved(() -> resolved[0]++);
        conflicts.load();
        assertThat(conflicts.countProperty().get()).isEqualTo("1 条待处理的冲突");
        assertThat(conflicts.rows()).singleElement().satisfies(r -> {
            assertThat(r.table()).isEqualTo("辅导员");
            assertThat(r.record()).isEqualTo("张三");
            assertThat(r.fields()).isEqualTo("职级、职级取得时间、联系电话");
            assertThat(r.mergeable()).isTrue();
            assertThat(r.from()).isEqualTo("第 2 号数据包");
        });
        assertThat(conflicts.selectedProperty().get()).isNotNull();
        assertThat(conflicts.fields()).containsExactly(
                new PackageConflictsViewModel.Field("admin_rank", "职级", "（空）", "副科级"),
                new PackageConflictsViewModel.Field("admin_rank_date", "职级取得时间", "（空）", "2026-06-12"),
                new PackageConflictsViewModel.Field("phone", "联系电话", "13900000001", "13800000002"));

        conflicts.resolve(ConflictService.Take.PACKAGE);
        assertThat(resolved[0]).isEqualTo(1);
        assertThat(conflicts.rows()).isEmpty();
        assertThat(conflicts.countProperty().get()).isEqualTo("没有待处理的冲突。");
        assertThat(conflicts.fields()).isEmpty();
        assertThat(PackageScene.named(office, "张三").phone()).isEqualTo("13800000002");
        assertThat(failures).isEmpty();
    }

    @Test
    void aConflictIsMergedFieldByField() {
        AppContext office = officeWithAConflict();
        PackageConflictsViewModel conflicts = conflictsModel(office);
        List<String> notices = new ArrayList<>();
        conflicts.setOnNotice(notices::add);
        conflicts.load();
        assertThat(conflicts.fieldsChosenProperty().get()).isFalse();
        conflicts.resolveFields(); // nothing ticked: nothing done
        assertThat(conflicts.rows()).hasSize(1);
        conflicts.takeField("admin_rank").set(true);
        conflicts.takeField("admin_rank_date").set(true);
        assertThat(conflicts.fieldsChosenProperty().get()).isTrue();
        conflicts.resolveFields();
        assertThat(conflicts.rows()).isEmpty();
        assertThat(notices).containsExactly("冲突 #1（张三）已处理：职级、职级取得时间采用数据包的值，其余保留本处的版本");
        Counselor merged = PackageScene.named(office, "张三");
        assertThat(merged.phone()).as("this office's").isEqualTo("13900000001");
        assertThat(merged.adminRank()).as("the package's").isEqualTo("副科级");
        assertThat(office.exchange().conflicts().list(false)).singleElement()
                .satisfies(o -> assertThat(o.conflict().resolution()).isEqualTo("FIELDS"));
        assertThat(failures).isEmpty();
    }

    @Test
    void keepingTheOfficesVersionLeavesTheRecordAsItWas() {
        AppContext office = officeWithAConflict();
        PackageConflictsViewModel conflicts = conflictsModel(office);
        conflicts.load();
        conflicts.resolve(ConflictService.Take.OFFICE);
        assertThat(conflicts.rows()).isEmpty();
        assertThat(PackageScene.named(office, "张三").phone()).isEqualTo("13900000001");
        assertThat(office.exchange().conflicts().list(false)).singleElement()
                .satisfies(o -> assertThat(o.conflict().resolution()).isEqualTo("OFFICE"));
        assertThat(failures).isEmpty();
    }

    @Test
    void theOfficeExportsForADepartmentsPcWithASetupCodeForANewOneAndTheDepartmentImportsIt() {
        AppContext office = s.officeUser();
        office.exchange().receive().apply(s.first()); // the office knows 计算机系's PC now
        PackageExportViewModel vm = new PackageExportViewModel(office.exchange().export(), PackageScene.texts(office),
                runner, "xuegongbu", java.time.LocalDate.of(2026, 6, 15), true);
        vm.setOnFailure(failures::add);
        vm.load();
        assertThat(vm.departments()).containsExactly(new PackageExportViewModel.Choice("JSJ", "计算机系"));
        assertThat(vm.departmentProperty().get().code()).isEqualTo("JSJ");
        assertThat(vm.suggestedName()).isEqualTo("数据包-JSJ-2026-06-15.hypkg");

        vm.newPcProperty().set(true);
        vm.targetProperty().set(dir.resolve("new-pc.hypkg").toString());
        vm.export();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.summaryProperty().get()).startsWith("已导出第 1 号数据包").contains("发给计算机系");
        assertThat(vm.setupCodeProperty().get()).as("a new PC's one-time code").isNotEmpty();
        assertThat(SetupCode.parse(vm.setupCodeProperty().get())).isNotNull();

        vm.newPcProperty().set(false);
        vm.targetProperty().set(dir.resolve("jsj-back.hypkg").toString());
        vm.export();
        assertThat(vm.setupCodeProperty().get()).as("sealed to the PC the office knows").isEmpty();
        assertThat(vm.summaryProperty().get()).startsWith("已导出第 1 号数据包");

        // the department's PC imports its office's package through the same screen
        PackageImportViewModel back = importModel(s.departmentUser());
        back.fileProperty().set(dir.resolve("jsj-back.hypkg").toString());
        back.preview();
        assertThat(back.errorProperty().get()).isEmpty();
        assertThat(back.manifestProperty().get()).startsWith("来自 xuegongbu（学工部，计算机系），第 1 号数据包");
        back.apply();
        assertThat(back.statusProperty().get()).startsWith("已导入");
        assertThat(failures).isEmpty();
    }

    @Test
    void anOfficeUserExportingWithoutADepartmentIsToldToChooseOne() {
        AppContext office = s.officeUser();
        PackageExportViewModel vm = new PackageExportViewModel(office.exchange().export(), PackageScene.texts(office),
                runner, "xuegongbu", java.time.LocalDate.of(2026, 6, 15), true);
        vm.targetProperty().set(dir.resolve("x.hypkg").toString());
        vm.export();
        assertThat(vm.errorProperty().get()).isEqualTo("请选择数据包发给哪个系部。");
        assertThat(Files.exists(dir.resolve("x.hypkg"))).isFalse();
    }

    @Test
    void aDepartmentUserMayNotPreviewAndIsToldSo() {
        Path p1 = s.first();
        PackageImportViewModel vm = importModel(s.office.as(cn.huyang.access.Role.DEPARTMENT, "JSJ"));
        vm.fileProperty().set(p1.toString());
        vm.preview();
        assertThat(vm.errorProperty().get()).contains("无权");
        assertThat(failures).isEmpty();
    }
}
