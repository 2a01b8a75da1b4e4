package cn.huyang.title;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.roster.Degree;
import cn.huyang.roster.Education;
import java.math.BigDecimal;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Edits one target's posts, criteria and weights; a refusal names the field and the dialog stays open. */
class TargetDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Messages m;

    TargetDialog(TargetsViewModel vm, Target t, Window owner) {
        this.m = vm.messages();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("title.targets.dialog", t.year()));
        TextField name = new TextField(t.target());
        name.setId("targetName");
        name.setEditable(t.track() == Track.RANK && t.target().isEmpty());
        if (t.track() == Track.TITLE) {
            name.setText(vm.targetLabel(t));
        }
        TextField posts = number("targetPosts", t.posts());
        TextField current = number("targetYearsCurrent", t.minYearsCurrent());
        TextField bachelor = number("targetYearsBachelor", t.minYearsBachelor());
        TextField master = number("targetYearsMaster", t.minYearsMaster());
        TextField doctor = number("targetYearsDoctor", t.minYearsDoctor());
        ComboBox<Education> education = new ComboBox<>();
        education.getItems().add(null);
        education.getItems().addAll(Education.values());
        education.setConverter(Converters.coded(m, m.get("title.rule.any")));
        education.setValue(t.minEducation());
        ComboBox<Degree> degree = new ComboBox<>();
        degree.getItems().add(null);
        degree.getItems().addAll(Degree.values());
        degree.setConverter(Converters.coded(m, m.get("title.rule.any")));
        degree.setValue(t.minDegree());
        TextField window = number("targetWindow", t.assessmentWindow());
        TextField excellent = number("targetExcellent", t.minExcellent());
        CheckBox training = new CheckBox(m.get("title.targets.requireTraining"));
        training.setSelected(t.requireTraining());
        TextField outputs = number("targetOutputs", t.minOutputs());
        TextField work = new TextField(TitleReviewViewModel.plain(t.weightWork()));
        work.setId("targetWeightWork");
        TextField research = new TextField(TitleReviewViewModel.plain(t.weightResearch()));
        research.setId("targetWeightResearch");
        Label error = new Label();
        error.setId("targetError");
        error.getStyleClass().add("form-errors");
        error.setWrapText(true);
        // Two fields to a row: the form fits a small screen (150 % on 1024×768) without scrolling.
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        javafx.scene.Node[] fields = {name, posts, current, bachelor, master, doctor, education, degree, window,
            excellent, training, outputs, work, research};
        String[] keys = {"title.col.target", "title.field.posts", "title.field.minYearsCurrent",
            "title.field.minYearsBachelor", "title.field.minYearsMaster", "title.field.minYearsDoctor",
            "title.col.minEducation", "title.col.minDegree", "title.field.assessmentWindow", "title.field.minExcellent",
            "title.col.training", "title.field.minOutputs", "title.targets.weightWork", "title.targets.weightResearch"};
        for (int i = 0; i < fields.length; i++) {
            Label label = new Label(m.get(keys[i]));
            label.setMinWidth(Label.USE_PREF_SIZE);
            g.add(label, i % 2 * 2, i / 2);
            g.add(fields[i], i % 2 * 2 + 1, i / 2);
        }
        name.setPrefColumnCount(8);
        cn.huyang.common.ui.Toolbars.whole(education);
        cn.huyang.common.ui.Toolbars.whole(degree);
        training.setMinWidth(CheckBox.USE_PREF_SIZE);
        Label hint = new Label(m.get("title.targets.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        error.setMinHeight(Label.USE_PREF_SIZE);
        VBox box = new VBox(8, g, hint, error);
        box.setPrefWidth(560);
        dialog.getDialogPane().setContent(box);
        ButtonType okType = new ButtonType(m.get("common.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(okType, new ButtonType(m.get("common.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        cn.huyang.common.ui.Dialogs.prepare(dialog, owner);
        Button ok = (Button) dialog.getDialogPane().lookupButton(okType);
        ok.setId("targetOk");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            Target edited;
            try {
                edited = new Target(t.year(), t.track(), t.track() == Track.TITLE ? t.target() : name.getText().strip(),
                        t.sortOrder(), whole(posts, "title.field.posts"), whole(current, "title.field.minYearsCurrent"),
                        whole(bachelor, "title.field.minYearsBachelor"), whole(master, "title.field.minYearsMaster"),
                        whole(doctor, "title.field.minYearsDoctor"), education.getValue(), degree.getValue(),
                        whole(window, "title.field.assessmentWindow"), whole(excellent, "title.field.minExcellent"),
                        training.isSelected(), whole(outputs, "title.field.minOutputs"),
                        decimal(work, "title.targets.weightWork"), decimal(research, "title.targets.weightResearch"),
                        false, t.version());
            } catch (IllegalArgumentException x) {
                error.setText(x.getMessage());
                return;
            }
            ok.setDisable(true);
            vm.save(edited, refusal -> {
                ok.setDisable(false);
                if (refusal == null) {
                    dialog.setResult(okType);
                    dialog.close();
                } else {
                    error.setText(refusal);
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            });
        });
    }

    private static TextField number(String id, int value) {
        TextField f = new TextField(String.valueOf(value));
        f.setId(id);
        f.setPrefColumnCount(4);
        return f;
    }

    private int whole(TextField f, String field) {
        try {
            return Integer.parseInt(f.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(m.get("validation.format", m.get(field), m.get("validation.wholeNumber")));
        }
    }

    private BigDecimal decimal(TextField f, String field) {
        try {
            return new BigDecimal(f.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(m.get("validation.format", m.get(field), m.get("validation.number")));
        }
    }

    void showAndWait() {
        dialog.showAndWait();
    }
}
