package cn.huyang.exchange;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 文件 → 导出数据包… without a screen. 系部 and 辅导员: the file to write, the office key file (needed the
 * first time: after it this PC knows its office), the package to follow ("since", optional). 学工部
 * ({@link #forDepartments()}): the department whose PC it is for and whether that PC is new (then the
 * package is sealed to a one-time setup code, shown once) instead of the key file. 导出 writes in the
 * background and shows the package's number and its rows per table, or why it was refused.
 */
public final class PackageExportViewModel {
    /** A table of the package written: its name, in words, and its rows. */
    public record TableRows(String table, String label, int rows) {
    }

    /** A department a package may be for (学工部). */
    public record Choice(String code, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final PackageExport export;
    private final PackageTexts texts;
    private final BackgroundRunner runner;
    private final Messages m;
    private final String sender;
    private final LocalDate today;
    private final boolean forDepartments;
    private final ObservableList<Choice> departments = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> department = new SimpleObjectProperty<>();
    private final BooleanProperty newPc = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper setupCode = new ReadOnlyStringWrapper("");
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty officeKey = new SimpleStringProperty("");
    private final StringProperty since = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<TableRows> rows = FXCollections.observableArrayList();
    private Consumer<Throwable> onFailure = e -> { };
    private Consumer<String> onNotice = s -> { };

    /**
     * @param sender         the account that sends (in the file name offered)
     * @param today          the day (in the file name offered)
     * @param forDepartments 学工部: a package for a department's PC (else one for the office)
     */
    public PackageExportViewModel(PackageExport export, PackageTexts texts, BackgroundRunner runner, String sender,
                                  LocalDate today, boolean forDepartments) {
        this.export = export;
        this.texts = texts;
        this.runner = runner;
        this.m = texts.messages();
        this.sender = sender;
        this.today = today;
        this.forDepartments = forDepartments;
    }

    /** 学工部: the departments to choose from, read in the background. */
    public void load() {
        if (!forDepartments) {
            return;
        }
        runner.run(m.get("package.ui.loadingDepartments"), p -> texts.departments().entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue())).toList(), list -> {
                    departments.setAll(list);
                    if (department.get() == null && !list.isEmpty()) {
                        department.set(list.get(0));
                    }
                }, onFailure::accept);
    }

    /** A failure that is no refusal (the window reports it). */
    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** The status bar's line after a package was written. */
    public void setOnNotice(Consumer<String> onNotice) {
        this.onNotice = onNotice;
    }

    /** The name offered for the file: 数据包-xibu-jsj-2026-06-15.hypkg (学工部: the department's code). */
    public String suggestedName() {
        String who = forDepartments && department.get() != null ? department.get().code() : sender;
        return m.get("package.ui.fileName", who, today.toString());
    }

    /** Writes the package in the background; the result or the refusal shows when it is done. */
    public void export() {
        error.set("");
        summary.set("");
        setupCode.set("");
        rows.clear();
        Choice to = department.get();
        if (forDepartments && to == null) {
            error.set(m.get("package.ui.noDepartment"));
            return;
        }
        String out = target.get() == null ? "" : target.get().strip();
        if (out.isEmpty()) {
            error.set(m.get("package.ui.noTarget"));
            return;
        }
        if (!out.toLowerCase(java.util.Locale.ROOT).endsWith(".hypkg")) {
            out = out + ".hypkg";
            target.set(out);
        }
        Long from;
        String s = since.get() == null ? "" : since.get().strip();
        try {
            from = s.isEmpty() ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            from = -1L;
        }
        if (from != null && from < 0) {
            error.set(m.get("package.ui.badSince", s));
            return;
        }
        String k = officeKey.get() == null ? "" : officeKey.get().strip();
        Path file = Path.of(out);
        Path key = k.isEmpty() ? null : Path.of(k);
        Long sinceNumber = from;
        boolean fresh = newPc.get();
        busy.set(true);
        runner.run(m.get("package.ui.exporting", file.getFileName()), p -> {
            PackageExport.Result r = forDepartments ? export.exportFor(file, to.code(), sinceNumber, fresh)
                    : export.export(file, sinceNumber, key);
            List<TableRows> list = r.rows().entrySet().stream()
                    .map(e -> new TableRows(e.getKey(), texts.table(e.getKey()), e.getValue())).toList();
            return new Done(r, list);
        }, done -> {
            busy.set(false);
            PackageExport.Result r = done.result();
            rows.setAll(done.rows());
            summary.set(m.get("package.ui.exported", r.file(), r.sequence(), r.since(), r.total(),
                    forDepartments ? to.name() : r.office() == null ? m.get("package.ui.theOffice") : r.office()));
            setupCode.set(r.setupCode() == null ? "" : r.setupCode());
            onNotice.accept(m.get("package.ui.exportedNotice", r.sequence(), r.file()));
        }, e -> {
            busy.set(false);
            if (e instanceof IllegalArgumentException && "since".equals(e.getMessage())) {
                error.set(m.get("package.ui.unknownSince", s));
                return;
            }
            String sentence = PackageProblems.sentence(e, m);
            if (sentence != null) {
                error.set(sentence);
            } else {
                onFailure.accept(e);
            }
        });
    }

    private record Done(PackageExport.Result result, List<TableRows> rows) {
    }

    /** 学工部: a package for a department's PC (its department and whether the PC is new), not for the office. */
    public boolean forDepartments() {
        return forDepartments;
    }

    public ObservableList<Choice> departments() {
        return departments;
    }

    public ObjectProperty<Choice> departmentProperty() {
        return department;
    }

    /** 学工部: the PC is new (or its data folder is): the package opens with a one-time setup code. */
    public BooleanProperty newPcProperty() {
        return newPc;
    }

    /** The one-time setup code of a package for a new PC, shown once (empty otherwise). */
    public ReadOnlyStringProperty setupCodeProperty() {
        return setupCode.getReadOnlyProperty();
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty officeKeyProperty() {
        return officeKey;
    }

    public StringProperty sinceProperty() {
        return since;
    }

    /** True while the package is written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the package was not written (empty when it was, or before). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What was written (empty before). */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The package's tables and their rows, once written. */
    public ObservableList<TableRows> rows() {
        return rows;
    }
}
