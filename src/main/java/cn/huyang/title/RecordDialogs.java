package cn.huyang.title;

import cn.huyang.common.Messages;
import cn.huyang.roster.AdminRanks;
import cn.huyang.roster.TitleRank;
import cn.huyang.common.ui.DialogService;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.stage.Window;

/** The four add forms of a counselor's records, each laid out on {@link RecordFormDialog}. */
final class RecordDialogs {
    private final DialogService dialogs;
    private final Messages m;

    RecordDialogs(DialogService dialogs, Messages m) {
        this.dialogs = dialogs;
        this.m = m;
    }

    RecordFormDialog<Promotion> promotion(PromotionFormViewModel vm, Window owner, String counselor) {
        RecordFormDialog<Promotion> d = new RecordFormDialog<>(vm, dialogs, owner,
                m.get("title.records.form.promotion", counselor));
        d.choice("title.records.field.track", "promotionTrackBox", vm.track, Track.values());
        var title = d.choice("field.title", "promotionTitleBox", vm.title, TitleRank.values());
        d.inPlaceOfLast();
        var rank = d.editable("field.adminRank", "promotionRankBox", vm.rank, AdminRanks.SUGGESTIONS);
        var series = d.text("title.field.series", "promotionSeriesField", vm.series);
        d.date("title.field.obtained", "promotionObtainedPicker", vm.obtained);
        d.text("title.field.documentNo", "promotionDocumentField", vm.documentNo);
        d.hint(m.get("title.records.promotion.hint"));
        BooleanBinding isTitle = Bindings.equal(Track.TITLE, vm.track);
        d.showOnly(title, isTitle);
        d.showOnly(series, isTitle);
        d.showOnly(rank, isTitle.not());
        return d;
    }

    RecordFormDialog<ResearchOutput> output(OutputFormViewModel vm, Window owner, String counselor) {
        RecordFormDialog<ResearchOutput> d = new RecordFormDialog<>(vm, dialogs, owner,
                m.get("title.records.form.output", counselor));
        d.choice("title.field.kind", "outputKindBox", vm.kind, OutputKind.values());
        d.text("title.field.caption", "outputCaptionField", vm.caption);
        d.text("title.field.outputYear", "outputYearField", vm.year);
        d.choice("title.field.level", "outputLevelBox", vm.level, OutputLevel.values());
        d.choice("title.field.role", "outputRoleBox", vm.role, OutputRole.values());
        d.text("field.note", "outputNoteField", vm.note);
        d.hint(m.get("title.records.output.hint"));
        return d;
    }

    RecordFormDialog<TeachingAssignment> teaching(TeachingFormViewModel vm, Window owner, String counselor) {
        RecordFormDialog<TeachingAssignment> d = new RecordFormDialog<>(vm, dialogs, owner,
                m.get("title.records.form.teaching", counselor));
        d.choice("title.records.col.semester", "teachingSemesterBox", vm.semester, vm.semesters(), vm::label);
        d.editable("title.field.course", "teachingCourseBox", vm.course, vm.courses())
                .setPromptText(m.get("title.records.course.prompt"));
        d.text("title.field.hours", "teachingHoursField", vm.hours);
        d.hint(m.get("title.records.teaching.hint"));
        return d;
    }

    RecordFormDialog<ServiceRecord> service(ServiceFormViewModel vm, Window owner, String counselor) {
        RecordFormDialog<ServiceRecord> d = new RecordFormDialog<>(vm, dialogs, owner,
                m.get("title.records.form.service", counselor));
        d.choice("title.field.serviceRole", "serviceRoleBox", vm.role, ServiceRole.values());
        d.date("title.field.start", "serviceStartPicker", vm.start);
        d.date("title.field.end", "serviceEndPicker", vm.end).setPromptText(m.get("title.records.end.prompt"));
        d.text("title.field.className", "serviceClassField", vm.className);
        d.check("title.records.col.competent", "serviceCompetentBox", vm.competent);
        return d;
    }
}
