package cn.huyang.exchange;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 文件 → 导入数据包… without a screen (学工部, administrators): a .hypkg is opened and previewed in the
 * background — who sent it, its number and date, per table how many rows are new, changed, unchanged,
 * in conflict or deleted, and every changed or conflicting row field by field (before → after) — then
 * 导入 applies it (a backup first, one transaction) and says what it did. A package imported before
 * says so and cannot be imported again; a refused one shows its reason whole.
 */
public final class PackageImportViewModel {
    /** A table's counts in the preview. */
    public record Counts(String table, String label, int added, int changed, int unchanged, int conflicts,
                         int deleted) {
    }

    /** A line of the changes: a field of a changed or conflicting row, or a new or deleted row (no field). */
    public record Line(String table, String record, RowChange.Kind kind, String kindLabel, String field,
                       String before, String after) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<RowChange.Kind> ORDER = List.of(RowChange.Kind.CONFLICT, RowChange.Kind.CHANGED,
            RowChange.Kind.DELETE, RowChange.Kind.NEW, RowChange.Kind.UNCHANGED);
    private final PackageImport receive;
    private final PackageTexts texts;
    private final BackgroundRunner runner;
    private final Messages m;
    private final StringProperty file = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper applicable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper manifest = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<Counts> counts = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private Path previewed;
    private Runnable onImported = () -> { };
    private Consumer<Throwable> onFailure = e -> { };

    public PackageImportViewModel(PackageImport receive, PackageTexts texts, BackgroundRunner runner) {
        this.receive = receive;
        this.texts = texts;
        this.runner = runner;
        this.m = texts.messages();
        file.addListener((o, a, b) -> {
            if (previewed != null && !previewed.toString().equals(b == null ? "" : b.strip())) {
                clear(); // another file: its preview first
            }
        });
    }

    /** After a package was applied (the window reloads its tabs). */
    public void setOnImported(Runnable onImported) {
        this.onImported = onImported;
    }

    /** A failure that is no refusal (the window reports it). */
    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** Reads and checks the package in the background; nothing is written. */
    public void preview() {
        clear();
        String f = file.get() == null ? "" : file.get().strip();
        if (f.isEmpty()) {
            error.set(m.get("package.ui.noFile"));
            return;
        }
        Path path = Path.of(f);
        busy.set(true);
        runner.run(m.get("package.ui.previewing", path.getFileName()), p -> shown(receive.preview(path)), s -> {
            busy.set(false);
            previewed = path;
            show(s, false);
        }, this::failed);
    }

    /** Applies the package previewed (a backup first, one transaction) in the background. */
    public void apply() {
        if (!applicable.get()) {
            return;
        }
        Path path = previewed;
        busy.set(true);
        applicable.set(false);
        runner.run(m.get("package.ui.applying", path.getFileName()), p -> shown(receive.apply(path)), s -> {
            busy.set(false);
            show(s, true);
            if (!s.plan().alreadyApplied()) {
                onImported.run();
            }
        }, this::failed);
    }

    /** The preview in words, made in the background. */
    private record Shown(ImportPlan plan, String manifest, List<Counts> counts, List<Line> lines) {
    }

    private Shown shown(ImportPlan plan) {
        PackageManifest mf = plan.manifest();
        String department = mf.department() == null ? m.get("package.value.none") : texts.department(mf.department());
        String sender = m.get("package.ui.manifest", mf.senderAccount(), m.get(mf.senderRole().messageKey()),
                department, mf.sequence(), mf.since(), mf.createdAt().format(WHEN));
        List<Counts> table = new ArrayList<>();
        plan.counts().forEach((t, c) -> table.add(new Counts(t, texts.table(t), c.getOrDefault(RowChange.Kind.NEW, 0),
                c.getOrDefault(RowChange.Kind.CHANGED, 0), c.getOrDefault(RowChange.Kind.UNCHANGED, 0),
                c.getOrDefault(RowChange.Kind.CONFLICT, 0), c.getOrDefault(RowChange.Kind.DELETE, 0))));
        Map<UUID, String> names = new HashMap<>();
        for (RowChange c : plan.changes()) {
            PackageTexts.collectNames(c.table(), c.uid(), c.incoming(), names);
            PackageTexts.collectNames(c.table(), c.uid(), c.local(), names);
        }
        List<Line> out = new ArrayList<>();
        plan.changes().stream().filter(c -> c.kind() != RowChange.Kind.UNCHANGED)
                .sorted(Comparator.comparingInt(c -> ORDER.indexOf(c.kind())))
                .forEach(c -> lines(c, names, out));
        return new Shown(plan, sender, table, out);
    }

    private void lines(RowChange c, Map<UUID, String> names, List<Line> out) {
        String record = texts.caption(c.table(), c.uid(), c.incoming() != null ? c.incoming() : c.local(), names);
        String table = texts.table(c.table());
        String kind = texts.kind(c.kind());
        if (c.diffs().isEmpty()) {
            out.add(new Line(table, record, c.kind(), kind, "", "", ""));
            return;
        }
        for (RowChange.FieldDiff d : c.diffs()) {
            out.add(new Line(table, record, c.kind(), kind, texts.column(d.column()),
                    texts.value(c.table(), d.column(), d.before()), texts.value(c.table(), d.column(), d.after())));
        }
    }

    private void show(Shown s, boolean applied) {
        ImportPlan plan = s.plan();
        manifest.set(s.manifest());
        counts.setAll(s.counts());
        lines.setAll(s.lines());
        ApplyCounts t = plan.totals();
        if (plan.alreadyApplied()) {
            status.set(m.get("package.ui.already", plan.manifest().sequence()));
        } else if (applied) {
            status.set(m.get(t.conflicts() > 0 ? "package.ui.appliedConflicts" : "package.ui.applied", t.added(),
                    t.changed(), t.deleted(), t.conflicts(), t.unchanged()));
        } else {
            status.set(m.get("package.ui.previewed", t.added(), t.changed(), t.deleted(), t.conflicts(),
                    t.unchanged()));
        }
        applicable.set(!applied && !plan.alreadyApplied());
    }

    private void failed(Throwable e) {
        busy.set(false);
        applicable.set(false);
        String sentence = PackageProblems.sentence(e, m);
        if (sentence != null) {
            error.set(sentence);
        } else {
            onFailure.accept(e);
        }
    }

    private void clear() {
        previewed = null;
        applicable.set(false);
        manifest.set("");
        status.set("");
        error.set("");
        counts.clear();
        lines.clear();
    }

    /** The package file's path, as chosen or typed. */
    public StringProperty fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the package previewed may be imported: previewed, not imported before, not imported yet. */
    public ReadOnlyBooleanProperty applicableProperty() {
        return applicable.getReadOnlyProperty();
    }

    /** Who sent it, the department, its number and date. */
    public ReadOnlyStringProperty manifestProperty() {
        return manifest.getReadOnlyProperty();
    }

    /** What it would do, did, or that it was imported before. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why it was refused (empty otherwise). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<Counts> counts() {
        return counts;
    }

    public ObservableList<Line> lines() {
        return lines;
    }
}
