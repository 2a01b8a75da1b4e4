package cn.huyang.assessment;

import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.Forms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The assessment's small dialogs: reasons, overrides, reviews, the scheme, the Top Ten, the forms
 * job. A dialog that saves stays open until the value is accepted: a refusal shows above its fields,
 * marks the refused ones and keeps everything typed.
 */
final class AssessmentDialogs {
    private final Messages m;
    private final Supplier<Window> owner;
    private Consumer<Throwable> failure = e -> { };

    AssessmentDialogs(Messages m, Supplier<Window> owner) {
        this.m = m;
        this.owner = owner;
    }

    /** What an unexpected failure (not a refusal of a value) does: the window's error message. */
    void setFailure(Consumer<Throwable> failure) {
        this.failure = failure;
    }

    /** Saves what a dialog produced; says so through {@code saved} or {@code refused}. */
    interface Save<T> {
        void save(T value, Runnable saved, Consumer<Throwable> refused);
    }

    private <T> Dialog<T> dialog(String title, Node content) {
        Dialog<T> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(null);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().setAll(
                new ButtonType(m.get("common.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.prepare(d, owner.get());
        d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0)).setId("dialogOk");
        return d;
    }

    /**
     * OK saves and the dialog closes once saved; a refusal is shown in {@code errors}, the refused
     * fields (by their bundle key) are marked, and the dialog stays open with what was typed.
     */
    private <T> void saveOnOk(Dialog<T> d, Label errors, Map<String, Control> fields,
                              java.util.function.Supplier<T> value, Save<T> save) {
        ButtonType ok = d.getDialogPane().getButtonTypes().get(0);
        Dialogs.keepOpen(d, ok, attempt -> {
            T v = value.get();
            if (v == null) {
                attempt.refuse();
                return;
            }
            save.save(v, () -> attempt.accept(v), e -> {
                attempt.refuse();
                if (e instanceof ValidationException refused) {
                    errors.setText(refused.render(m));
                    Map<String, String> byField = cn.huyang.common.FieldError.byField(refused.errors(), m);
                    if (byField.containsKey("assessment.scheme.weights")) {
                        // the sum is every weight's: each weight field is marked
                        for (Party p : Party.values()) {
                            byField.putIfAbsent(p.messageKey(), byField.get("assessment.scheme.weights"));
                        }
                    }
                    Forms.mark(fields, byField);
                    d.getDialogPane().getScene().getWindow().sizeToScene();
                } else {
                    errors.setText("");
                    failure.accept(e);
                }
            });
        });
    }

    private static Label errorLabel() {
        Label errors = new Label();
        errors.setId("dialogErrors");
        errors.getStyleClass().add("form-errors");
        errors.setWrapText(true);
        errors.setMaxWidth(480);
        errors.setMinHeight(Label.USE_PREF_SIZE);
        errors.managedProperty().bind(errors.textProperty().isNotEmpty());
        errors.visibleProperty().bind(errors.managedProperty());
        return errors;
    }

    private static boolean ok(ButtonType b) {
        return b != null && b.getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }

    /** A required reason (the OK button stays disabled until one is typed). */
    Optional<String> reason(String title, String prompt) {
        TextArea text = new TextArea();
        text.setId("reasonArea");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        Dialog<String> d = dialog(title, new VBox(8, wrapLabel(prompt), text));
        d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0)).disableProperty()
                .bind(text.textProperty().isEmpty());
        d.setResultConverter(b -> ok(b) ? Text.clean(text.getText()) : null);
        return d.showAndWait().filter(s -> s != null);
    }

    record Override(Grade grade, String reason) {
    }

    Optional<Override> override(GridRow row, Save<Override> save) {
        ComboBox<Grade> grade = new ComboBox<>();
        grade.getItems().add(null);
        grade.getItems().addAll(Grade.values());
        grade.setConverter(Converters.coded(m, m.get("assessment.override.none")));
        grade.setValue(row.source().entry().overrideGrade());
        grade.setId("overrideGrade");
        TextArea reason = new TextArea(row.source().entry().overrideReason());
        reason.setId("overrideReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        GridPane g = grid();
        g.addRow(0, new Label(m.get("assessment.override.grade")), grade);
        g.addRow(1, new Label(m.get("assessment.override.reason")), reason);
        Result r = row.resultProperty().get();
        String proposed = r == null || r.proposed() == null ? "—" : r.proposed().label(m);
        Label errors = errorLabel();
        Dialog<Override> d = dialog(m.get("assessment.override.title", row.name()),
                new VBox(8, wrapLabel(m.get("assessment.override.info", proposed)), errors, g));
        saveOnOk(d, errors, Map.of("assessment.override.grade", grade, "assessment.override.reason", reason),
                () -> new Override(grade.getValue(), reason.getText()), save);
        return d.showAndWait();
    }

    Optional<Entry.Review> review(GridRow row, LocalDate today, Save<Entry.Review> save) {
        Entry.Review old = row.source().entry().review();
        DatePicker date = new DatePicker(old == null ? today : old.requested());
        TextArea reason = new TextArea(old == null ? "" : old.reason());
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        ComboBox<ReviewOutcome> outcome = new ComboBox<>();
        outcome.getItems().addAll(ReviewOutcome.values());
        outcome.setConverter(Converters.coded(m, ""));
        outcome.setValue(old == null ? ReviewOutcome.PENDING : old.outcome());
        TextField note = new TextField(old == null ? "" : old.note());
        Forms.lenientDate(date, "2025-12-01", (text, readable) -> { });
        GridPane g = grid();
        g.addRow(0, new Label(m.get("assessment.review.requested")), date);
        g.addRow(1, new Label(m.get("assessment.review.reason")), reason);
        g.addRow(2, new Label(m.get("assessment.review.outcome")), outcome);
        g.addRow(3, new Label(m.get("assessment.review.note")), note);
        Label errors = errorLabel();
        Dialog<Entry.Review> d = dialog(m.get("assessment.review.title", row.name()),
                new VBox(8, wrapLabel(m.get("assessment.review.info")), errors, g));
        saveOnOk(d, errors, Map.of("assessment.review.requested", date, "assessment.review.reason", reason,
                "assessment.review.outcome", outcome, "assessment.review.note", note), () -> {
                    date.setValue(date.getConverter().fromString(date.getEditor().getText()));
                    return new Entry.Review(date.getValue(), reason.getText(), outcome.getValue(), note.getText());
                }, save);
        return d.showAndWait();
    }

    Optional<Scheme> scheme(Scheme s, Save<Scheme> save) {
        GridPane g = grid();
        Map<String, Control> fields = new java.util.HashMap<>();
        Map<Party, TextField> weights = new EnumMap<>(Party.class);
        int row = 0;
        for (Party p : Party.values()) {
            TextField f = number(s.weight(p));
            f.setId("weight-" + p.name());
            weights.put(p, f);
            fields.put(p.messageKey(), f);
            g.addRow(row++, new Label(p.label(m) + m.get("assessment.scheme.weightSuffix")), f);
        }
        TextField cap = number(s.bonusCap());
        TextField excellent = number(s.excellentFrom());
        TextField competent = number(s.competentFrom());
        TextField basic = number(s.basicFrom());
        TextField quota = number(s.quotaPercent());
        g.addRow(row++, new Label(m.get("assessment.scheme.bonusCap")), cap);
        g.addRow(row++, new Label(m.get("assessment.scheme.excellentFrom")), excellent);
        g.addRow(row++, new Label(m.get("assessment.scheme.competentFrom")), competent);
        g.addRow(row++, new Label(m.get("assessment.scheme.basicFrom")), basic);
        g.addRow(row++, new Label(m.get("assessment.scheme.quota")), quota);
        TextArea vetoes = new TextArea(String.join("\n", s.vetoItems()));
        vetoes.setPrefRowCount(4);
        g.addRow(row, new Label(m.get("assessment.scheme.vetoes")), vetoes);
        fields.putAll(Map.of("assessment.scheme.bonusCap", cap, "assessment.scheme.excellentFrom", excellent,
                "assessment.scheme.competentFrom", competent, "assessment.scheme.basicFrom", basic,
                "assessment.scheme.quota", quota, "assessment.scheme.vetoes", vetoes));
        cap.setId("schemeBonusCap");
        quota.setId("schemeQuota");
        String head = s.locked() ? m.get("assessment.scheme.locked", s.year())
                : s.stored() ? m.get("assessment.scheme.info", s.year())
                : m.get("assessment.scheme.copied", s.year());
        Label errors = errorLabel();
        Dialog<Scheme> d = dialog(m.get("assessment.scheme.title", s.year()), new VBox(8, wrapLabel(head), errors, g));
        if (s.locked()) {
            d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0)).setDisable(true);
        }
        saveOnOk(d, errors, fields, () -> {
            Map<Party, BigDecimal> w = new EnumMap<>(Party.class);
            weights.forEach((p, f) -> w.put(p, decimal(f)));
            List<String> items = new ArrayList<>();
            for (String line : vetoes.getText().split("\n")) {
                if (!line.isBlank()) {
                    items.add(line.strip());
                }
            }
            return new Scheme(s.year(), w, decimal(cap), decimal(excellent), decimal(competent), decimal(basic),
                    decimal(quota), items, s.state(), s.stored());
        }, save);
        return d.showAndWait();
    }

    /**
     * The Top Ten, ticked from the year's 优秀 by rank: no more than the Top Ten holds can be ticked
     * (the boxes left are disabled once it is full), and 按排名选前 10 ticks the first by rank.
     */
    Optional<List<Long>> topTen(List<SheetRow> candidates, Collection<Long> chosen, int size,
                                Save<List<Long>> save) {
        VBox list = new VBox(4);
        List<CheckBox> boxes = new ArrayList<>();
        Set<Long> was = new HashSet<>(chosen);
        int i = 0;
        for (SheetRow r : candidates) {
            CheckBox c = new CheckBox(m.get("assessment.topTen.line", ++i, r.counselor().name(), r.department(),
                    r.result().total().toPlainString()));
            c.setId("topTen-" + i);
            c.setUserData(r.counselor().id());
            c.setSelected(was.contains(r.counselor().id()));
            boxes.add(c);
            list.getChildren().add(c);
        }
        Label count = new Label();
        count.setId("topTenCount");
        Runnable update = () -> {
            long ticked = boxes.stream().filter(CheckBox::isSelected).count();
            count.setText(m.get("assessment.topTen.count", ticked, size)
                    + (ticked >= size ? m.get("assessment.topTen.full") : ""));
            boxes.forEach(b -> b.setDisable(!b.isSelected() && ticked >= size));
        };
        boxes.forEach(b -> b.selectedProperty().addListener((o, a, c) -> update.run()));
        update.run();
        javafx.scene.control.Button byRank = new javafx.scene.control.Button(m.get("assessment.topTen.byRank", size));
        byRank.setId("topTenByRank");
        byRank.setDisable(candidates.isEmpty());
        byRank.setOnAction(e -> {
            boxes.forEach(b -> b.setSelected(false));
            boxes.stream().limit(size).forEach(b -> b.setSelected(true));
        });
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(list);
        scroll.setPrefViewportHeight(280);
        scroll.setPrefViewportWidth(420);
        String head = candidates.isEmpty() ? m.get("assessment.topTen.none") : m.get("assessment.topTen.info", size);
        Label errors = errorLabel();
        javafx.scene.layout.HBox below = new javafx.scene.layout.HBox(12, count, byRank);
        below.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        cn.huyang.common.ui.Toolbars.keepWhole(below);
        Dialog<List<Long>> d = dialog(m.get("assessment.topTen"), new VBox(8, wrapLabel(head), errors, scroll, below));
        saveOnOk(d, errors, Map.of(), () -> boxes.stream().filter(CheckBox::isSelected)
                .map(c -> (Long) c.getUserData()).toList(), save);
        return d.showAndWait();
    }

    enum FormAction { PREVIEW, PRINT, PRINT_ALL, PDF }

    record FormsChoice(FormScope scope, boolean single, FormAction action) {
    }

    Optional<FormsChoice> forms(boolean counselorSelected, boolean departmentShown) {
        ToggleGroup scope = new ToggleGroup();
        VBox box = new VBox(6);
        for (FormScope s : FormScope.values()) {
            RadioButton b = new RadioButton(s.label(m));
            b.setId("scope-" + s.name());
            b.setUserData(s);
            b.setToggleGroup(scope);
            b.setDisable(s == FormScope.COUNSELOR && !counselorSelected || s == FormScope.DEPARTMENT && !departmentShown);
            box.getChildren().add(b);
        }
        scope.selectToggle(scope.getToggles().get(counselorSelected ? 0 : departmentShown ? 1 : 2));
        CheckBox single = new CheckBox(m.get("assessment.forms.single"));
        single.setId("formsSingle");
        box.getChildren().addAll(new Label(" "), single, wrapLabel(m.get("assessment.forms.info")));
        Dialog<FormsChoice> d = new Dialog<>();
        d.setTitle(m.get("assessment.forms"));
        d.getDialogPane().setContent(box);
        ButtonType preview = new ButtonType(m.get("assessment.forms.preview"), ButtonBar.ButtonData.LEFT);
        ButtonType print = new ButtonType(m.get("assessment.forms.print"), ButtonBar.ButtonData.OTHER);
        ButtonType printAll = new ButtonType(m.get("assessment.forms.printAll"), ButtonBar.ButtonData.OTHER);
        ButtonType pdf = new ButtonType(m.get("assessment.forms.pdf"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(preview, print, printAll, pdf,
                new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.prepare(d, owner.get());
        d.getDialogPane().lookupButton(preview).setId("formsPreview");
        d.getDialogPane().lookupButton(printAll).setId("formsPrintAll");
        d.setResultConverter(b -> {
            FormScope s = (FormScope) scope.getSelectedToggle().getUserData();
            if (b == preview) {
                return new FormsChoice(s, single.isSelected(), FormAction.PREVIEW);
            }
            if (b == print) {
                return new FormsChoice(s, single.isSelected(), FormAction.PRINT);
            }
            if (b == printAll) {
                return new FormsChoice(s, single.isSelected(), FormAction.PRINT_ALL);
            }
            if (b == pdf) {
                return new FormsChoice(s, single.isSelected(), FormAction.PDF);
            }
            return null;
        });
        return d.showAndWait();
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        // the labels keep their words; the fields take what is left
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Control.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        g.getColumnConstraints().setAll(labels, fields);
        return g;
    }

    private static Label wrapLabel(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(480);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    private static TextField number(BigDecimal v) {
        TextField f = new TextField(v == null ? "" : v.stripTrailingZeros().toPlainString());
        f.setPrefColumnCount(6);
        return f;
    }

    /** The typed number, or -1 (refused by the service, naming the field) when it is not one. */
    private static BigDecimal decimal(TextField f) {
        return Scores.parse(f.getText()).orElse(new BigDecimal("-1"));
    }
}
