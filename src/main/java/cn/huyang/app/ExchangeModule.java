package cn.huyang.app;

import cn.huyang.access.Operation;
import cn.huyang.common.Coded;
import cn.huyang.exchange.PackageScreens;
import cn.huyang.exchange.PackageTexts;
import cn.huyang.roster.Department;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The data packages in the 文件 menu (issue 20): 导出数据包… for 系部 and 辅导员 (a package for the office)
 * and 学工部 (a package for a department's PC), 导入数据包… for 学工部 and administrators (a department's or
 * counselor's package) and for 系部 and 辅导员 (their office's), 数据包冲突… for 学工部 and administrators.
 * The window shows each only to a role that may use it; the services refuse anyone else anyway. The services are {@link AppContext#exchange()};
 * this module gives the screens the words of the features' coded values and the departments' names.
 */
public final class ExchangeModule implements FeatureModule {
    private final RosterModule roster;

    public ExchangeModule(RosterModule roster) {
        this.roster = roster;
    }

    @Override
    public void start(Kernel kernel) {
        // nothing to build: the package services come with the context, for its user
    }

    @Override
    public List<MenuAction> fileMenu() {
        return List.of(
                new MenuAction("menuPackageExport", "menu.file.packageExport", this::openExport, Operation.PACKAGE_SEND),
                new MenuAction("menuPackageImport", "menu.file.packageImport", this::openImport,
                        List.of(Operation.PACKAGE_RECEIVE, Operation.PACKAGE_SEND)),
                new MenuAction("menuPackageConflicts", "menu.file.packageConflicts", this::openConflicts,
                        Operation.PACKAGE_RECEIVE));
    }

    private void openExport(Ui ui) {
        screens(ui).export(ui.app().exchange().export(), ui.app().access().actor().userName(),
                LocalDate.now(ui.app().clock()),
                ui.app().access().guard().reach(Operation.PACKAGE_SEND) == cn.huyang.access.Reach.ALL);
    }

    private void openImport(Ui ui) {
        screens(ui).receive(ui.app().exchange().receive(), ui.app().access().guard().may(Operation.PACKAGE_RECEIVE));
    }

    private void openConflicts(Ui ui) {
        screens(ui).conflicts(ui.app().exchange().conflicts());
    }

    private PackageScreens screens(Ui ui) {
        return new PackageScreens(texts(ui.app()), ui.runner(), ui.dialogs(), ui.owner(), ui.remembered(),
                () -> ui.dataChanged(null));
    }

    /** The words of a package's contents for this context's user (departments read when first needed). */
    PackageTexts texts(AppContext app) {
        return new PackageTexts(app.messages(), codes(), () -> roster.service().departments().stream()
                .collect(Collectors.toMap(Department::code, Department::name, (a, b) -> a, LinkedHashMap::new)));
    }

    /** The coded values of the travelling columns ({@code table.column}, or a column of every table). */
    public static Map<String, List<? extends Coded>> codes() {
        Map<String, List<? extends Coded>> codes = new LinkedHashMap<>();
        codes.put("gender", List.of(cn.huyang.roster.Gender.values()));
        codes.put("counselor.political_status", List.of(cn.huyang.roster.PoliticalStatus.values()));
        codes.put("counselor.education", List.of(cn.huyang.roster.Education.values()));
        codes.put("counselor.degree", List.of(cn.huyang.roster.Degree.values()));
        codes.put("counselor.post_type", List.of(cn.huyang.roster.PostType.values()));
        codes.put("counselor.position", List.of(cn.huyang.roster.Position.values()));
        codes.put("counselor.employment_form", List.of(cn.huyang.roster.EmploymentForm.values()));
        codes.put("counselor.title", List.of(cn.huyang.roster.TitleRank.values()));
        codes.put("counselor.status", List.of(cn.huyang.roster.CounselorStatus.values()));
        codes.put("roster_event.kind", List.of(cn.huyang.roster.RosterEventKind.values()));
        codes.put("training_session.training_level", List.of(cn.huyang.training.TrainingLevel.values()));
        codes.put("training_session.category", List.of(cn.huyang.training.TrainingCategory.values()));
        codes.put("assessment_entry.override_grade", List.of(cn.huyang.assessment.Grade.values()));
        codes.put("assessment_entry.review_outcome", List.of(cn.huyang.assessment.ReviewOutcome.values()));
        codes.put("promotion.track", List.of(cn.huyang.title.Track.values()));
        codes.put("research_output.kind", List.of(cn.huyang.title.OutputKind.values()));
        codes.put("research_output.output_level", List.of(cn.huyang.title.OutputLevel.values()));
        codes.put("research_output.author_role", List.of(cn.huyang.title.OutputRole.values()));
        codes.put("service_record.service_role", List.of(cn.huyang.title.ServiceRole.values()));
        codes.put("student_file_part.part", List.of(cn.huyang.students.FilePart.values()));
        codes.put("student_attention.category", List.of(cn.huyang.students.AttentionCategory.values()));
        codes.put("student_attention.status", List.of(cn.huyang.students.AttentionStatus.values()));
        codes.put("work_record.kind", List.of(cn.huyang.worklog.RecordKind.values()));
        return codes;
    }
}
