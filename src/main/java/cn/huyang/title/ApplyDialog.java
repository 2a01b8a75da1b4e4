package cn.huyang.title;

import cn.huyang.common.Dates;
import cn.huyang.common.Messages;
import cn.huyang.common.SameNames;
import cn.huyang.common.ui.Converters;
import cn.huyang.roster.Counselor;
import java.time.LocalDate;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A counselor applies for a target: found by name or ID number, the line (title or rank) and the
 * target from the year's plan, the date. A refusal shows in the dialog, which stays open.
 */
class ApplyDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    ApplyDialog(TitleReviewViewModel vm, Window owner) {
        Messages m = vm.messages();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("title.apply.title", vm.yearProperty().get()));
        dialog.setResizable(true);
        TextField search = new TextField();
        search.setId("applySearch");
        search.setPromptText(m.get("title.apply.searchPrompt"));
        ListView<Counselor> matches = new ListView<>();
        matches.setId("applyMatches");
        matches.setPrefHeight(160);
        matches.setPrefWidth(420);
        matches.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Counselor c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : vm.describe(c) + SameNames.idTail(m, c.idNumber()));
            }
        });
        search.textProperty().addListener((o, a, b) -> {
            matches.getItems().setAll(vm.search(b));
            if (matches.getItems().size() == 1) {
                matches.getSelectionModel().select(0);
            }
        });
        matches.getItems().setAll(vm.search(""));
        ComboBox<Track> track = new ComboBox<>();
        track.setId("applyTrack");
        track.getItems().setAll(Track.values());
        track.setConverter(Converters.coded(m, ""));
        ComboBox<Target> target = new ComboBox<>();
        target.setId("applyTarget");
        target.setConverter(Converters.of(vm::targetLabel, ""));
        track.valueProperty().addListener((o, a, b) -> {
            target.getItems().setAll(b == null ? java.util.List.of() : vm.targetsOf(b));
            target.getSelectionModel().selectFirst();
        });
        track.setValue(Track.TITLE);
        // The next title up is what a counselor applies for; it is chosen as the counselor is.
        Runnable nextStep = () -> {
            Counselor c = matches.getSelectionModel().getSelectedItem();
            if (c != null && track.getValue() == Track.TITLE && c.title() != cn.huyang.roster.TitleRank.PROFESSOR) {
                String next = c.title() == null ? cn.huyang.roster.TitleRank.ASSISTANT.name()
                        : cn.huyang.roster.TitleRank.values()[c.title().ordinal() + 1].name();
                target.getItems().stream().filter(t -> t.target().equals(next)).findFirst().ifPresent(target::setValue);
            }
        };
        matches.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> nextStep.run());
        track.valueProperty().addListener((o, a, b) -> nextStep.run());
        TextField date = new TextField(vm.today().toString());
        date.setId("applyDate");
        Label error = new Label();
        error.setId("applyError");
        error.getStyleClass().add("form-errors");
        error.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("title.field.counselor")), search);
        grid.add(matches, 1, 1);
        grid.addRow(2, new Label(m.get("title.apply.track")), track);
        grid.addRow(3, new Label(m.get("title.field.target")), target);
        grid.addRow(4, new Label(m.get("title.field.appliedOn")), date);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        search.setMaxWidth(Double.MAX_VALUE);
        error.setMinHeight(Label.USE_PREF_SIZE);
        VBox box = new VBox(8, grid, error);
        box.setPrefWidth(560);
        dialog.setOnShown(e -> search.requestFocus());
        dialog.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(m.get("title.apply.ok"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(m.get("common.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        cn.huyang.common.ui.Dialogs.prepare(dialog, owner);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("applyOk");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            Counselor c = matches.getSelectionModel().getSelectedItem();
            if (c == null && matches.getItems().size() == 1) {
                c = matches.getItems().get(0);
            }
            Optional<LocalDate> on = Dates.parse(date.getText() == null ? "" : date.getText().strip());
            if (c == null) {
                error.setText(m.get("validation.format", m.get("title.field.counselor"),
                        m.get("title.apply.chooseCounselor")));
            } else if (target.getValue() == null) {
                error.setText(m.get("validation.format", m.get("title.field.target"), m.get("validation.required")));
            } else if (on.isEmpty()) {
                error.setText(m.get("validation.format", m.get("title.field.appliedOn"), m.get("validation.date")));
            } else {
                okButton.setDisable(true);
                vm.apply(c, track.getValue(), target.getValue().target(), on.get(), refusal -> {
                    okButton.setDisable(false);
                    if (refusal == null) {
                        dialog.setResult(ok);
                        dialog.close();
                    } else {
                        error.setText(refusal);
                    }
                });
            }
        });
    }

    void showAndWait() {
        dialog.showAndWait();
    }
}
