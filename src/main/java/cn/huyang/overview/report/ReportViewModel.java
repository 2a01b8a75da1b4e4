package cn.huyang.overview.report;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.overview.Period;
import cn.huyang.roster.Department;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 汇报材料: the half-year and the scope chosen, the report built and rendered page by page in the
 * background for the preview, and saved as .docx or PDF.
 */
public class ReportViewModel {
    /** The preview's resolution. */
    static final float PREVIEW_DPI = 72;

    private final TeamReports reports;
    private final BackgroundRunner runner;
    private final Messages messages;
    private final ObservableList<Period> periods = FXCollections.observableArrayList();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObjectProperty<Department> department = new SimpleObjectProperty<>();
    private final ObjectProperty<List<BufferedImage>> pages = new SimpleObjectProperty<>(List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Consumer<Throwable> onFailure = e -> { };
    private TeamReport report;
    private Period reportPeriod;
    private Long reportDepartment;

    public ReportViewModel(TeamReports reports, BackgroundRunner runner, Messages messages,
                           List<Department> choices, Department chosen) {
        this.reports = reports;
        this.runner = runner;
        this.messages = messages;
        Period now = Period.holding(reports.figures().today());
        for (Period p = now; periods.size() < 10; p = p.previous()) {
            periods.add(p);
        }
        period.set(now.previous()); // the half-year just ended, as the Party committee hears it
        departments.setAll(choices);
        department.set(chosen);
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** The half-year's label as the cover writes it. */
    public String label(Period p) {
        return reports.label(p);
    }

    /** Builds the report and renders its pages in the background. */
    public void preview() {
        Period p = period.get();
        Long dept = department.get() == null ? null : department.get().id();
        status.set(messages.get("report.preview.working"));
        runner.run(messages.get("report.preview.working"), progress -> {
            TeamReport r = reports.build(p, dept);
            List<BufferedImage> images = TeamReports.pages(reports.pdf(r), PREVIEW_DPI);
            return new Built(r, images);
        }, built -> {
            report = built.report();
            reportPeriod = p;
            reportDepartment = dept;
            pages.set(built.pages());
            status.set(messages.get("report.preview.done", label(p), built.pages().size()));
        }, e -> {
            status.set("");
            onFailure.accept(e);
        });
    }

    private record Built(TeamReport report, List<BufferedImage> pages) {
    }

    /** Saves what the preview shows as .docx or PDF (by the file's ending); {@code done} gets the file. */
    public void save(Path file, Consumer<Path> done) {
        if (report == null) {
            return;
        }
        TeamReport r = report;
        Period p = reportPeriod;
        Long dept = reportDepartment;
        runner.run(messages.get("report.saving"), progress -> reports.write(r, file, p.code(), dept), saved -> {
            status.set(messages.get("report.saved", saved.toAbsolutePath()));
            done.accept(saved);
        }, onFailure);
    }

    /** The file name offered: 2026年下半年辅导员队伍建设情况汇报.docx. */
    public String fileName(String ending) {
        Period p = reportPeriod != null ? reportPeriod : period.get();
        return messages.get("report.fileName", reports.shortLabel(p)) + ending;
    }

    public boolean hasReport() {
        return report != null;
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<Period> periods() {
        return periods;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObjectProperty<Department> departmentProperty() {
        return department;
    }

    public ObjectProperty<List<BufferedImage>> pagesProperty() {
        return pages;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
