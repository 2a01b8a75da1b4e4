package cn.huyang.io;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.CellState;
import cn.huyang.common.ui.FilePicker;
import cn.huyang.common.ui.Screens;
import cn.huyang.common.ui.Styles;
import cn.huyang.common.ui.Toolbars;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 文件 → 从 Excel 导入…: choose what to import (the roster, training records, a year's scores), a
 * file and its sheet; see how its columns map to the roster's fields (and change it), what each row
 * will do and every refused row; choose the options; import. Every read and write runs in the
 * background (the status bar shows it); 停止 cancels a check.
 */
public class ImportDialog {
    private final ImportViewModel vm;
    private final Messages m;
    private final FilePicker files;
    private final Stage stage = new Stage();

    public ImportDialog(ImportViewModel vm, FilePicker files, Window owner) {
        this.vm = vm;
        this.m = vm.messages();
        this.files = files;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(m.get("io.dialog.title"));
        BorderPane root = new BorderPane();
        root.setId("importDialog");
        root.setPadding(new Insets(10));
        root.setTop(new VBox(8, kindRow(), fileRow(), optionsRow()));
        SplitPane right = new SplitPane(titled(m.get("io.dialog.preview"), previewTable()),
                titled(m.get("io.dialog.refusals"), refusalTable()));
        right.setOrientation(Orientation.VERTICAL);
        Node mapping = titled(vm.kindProperty().map(k -> m.get(k == ImportKind.ROSTER ? "io.dialog.mapping"
                : "io.dialog.mapping.fixed")), mappingTable());
        SplitPane center = new SplitPane(mapping, right);
        center.setDividerPositions(0.3);
        BorderPane.setMargin(center, new Insets(8, 0, 8, 0));
        root.setCenter(center);
        root.setBottom(bottom());
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        Screens.fit(stage, owner, 1080, 640);
        stage.setOnHidden(e -> vm.cancel());
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private Node kindRow() {
        ComboBox<ImportKind> kind = new ComboBox<>();
        kind.setId("importKindBox");
        kind.getItems().setAll(ImportKind.values());
        kind.setConverter(cn.huyang.common.ui.Converters.coded(m, ""));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        javafx.scene.control.Spinner<Integer> year = new javafx.scene.control.Spinner<>(2000, 2100,
                vm.yearProperty().get());
        year.setId("importYearSpinner");
        year.setEditable(true);
        year.setPrefWidth(90);
        year.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.yearProperty().set(b);
            }
        });
        Label yearLabel = new Label(m.get("io.dialog.year"));
        javafx.beans.binding.BooleanBinding scores = vm.kindProperty().isEqualTo(ImportKind.SCORES);
        for (Node n : List.of(yearLabel, year)) {
            n.visibleProperty().bind(scores);
            n.managedProperty().bind(scores);
        }
        Label hint = new Label();
        hint.setId("importKindHint");
        hint.textProperty().bind(vm.kindProperty().map(k -> m.get("io.dialog.hint." + k.name())));
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane row = Toolbars.row(new Label(m.get("io.dialog.kind")), kind, yearLabel, year);
        row.setPadding(Insets.EMPTY);
        return new VBox(4, row, hint);
    }

    private Node fileRow() {
        Label file = new Label();
        file.setId("importFileLabel");
        file.setMinWidth(0);
        file.textProperty().bind(vm.fileProperty().map(Path::toString).orElse(m.get("io.dialog.noFile")));
        Button choose = new Button(m.get("io.dialog.choose"));
        choose.setId("importChooseButton");
        choose.setOnAction(e -> {
            Path chosen = files.open(stage, m.get("io.dialog.chooseTitle"));
            if (chosen != null) {
                vm.choose(chosen);
            }
        });
        Button template = new Button(m.get("io.dialog.template"));
        template.setId("importTemplateButton");
        template.setOnAction(e -> {
            Path target = files.save(stage, m.get("io.dialog.templateTitle"), vm.templateName());
            if (target != null) {
                vm.writeTemplate(target);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        file.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        file.tooltipProperty().bind(file.textProperty().map(javafx.scene.control.Tooltip::new));
        HBox row = new HBox(8, new Label(m.get("io.dialog.file")), file, choose, spacer, template);
        row.setAlignment(Pos.CENTER_LEFT);
        Toolbars.keepWhole(row);
        file.setMinWidth(0);
        return row;
    }

    private Node optionsRow() {
        ComboBox<String> sheet = new ComboBox<>(vm.sheets());
        sheet.setId("importSheetBox");
        sheet.valueProperty().bindBidirectional(vm.sheetProperty());
        ToggleGroup existing = new ToggleGroup();
        RadioButton skip = new RadioButton(m.get("io.dialog.skipExisting"));
        skip.setId("importSkipRadio");
        skip.setToggleGroup(existing);
        RadioButton update = new RadioButton(m.get("io.dialog.updateExisting"));
        update.setId("importUpdateRadio");
        update.setToggleGroup(existing);
        (vm.updateProperty().get() ? update : skip).setSelected(true);
        update.selectedProperty().bindBidirectional(vm.updateProperty());
        CheckBox departments = new CheckBox(m.get("io.dialog.createDepartments"));
        departments.setId("importCreateDepartmentsBox");
        departments.selectedProperty().bindBidirectional(vm.createDepartmentsProperty());
        CheckBox skipInvalid = new CheckBox(m.get("io.dialog.skipInvalid"));
        skipInvalid.setId("importSkipInvalidBox");
        skipInvalid.selectedProperty().bindBidirectional(vm.skipInvalidProperty());
        javafx.beans.binding.BooleanBinding notRoster = vm.kindProperty().isNotEqualTo(ImportKind.ROSTER);
        Label existingLabel = new Label(m.get("io.dialog.existing"));
        for (Node n : List.of(existingLabel, skip, update, departments)) {
            n.disableProperty().bind(notRoster);
        }
        javafx.scene.layout.FlowPane row = Toolbars.row(new Label(m.get("io.dialog.sheet")), sheet, gap(),
                existingLabel, skip, update, gap(), departments, gap(), skipInvalid);
        row.setPadding(Insets.EMPTY);
        return row;
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(12);
        return r;
    }

    private Node titled(String title, Node content) {
        return titled(new javafx.beans.property.SimpleStringProperty(title), content);
    }

    private Node titled(javafx.beans.value.ObservableValue<String> title, Node content) {
        Label label = new Label();
        label.textProperty().bind(title);
        label.getStyleClass().add("section-title");
        VBox.setVgrow(content, Priority.ALWAYS);
        return new VBox(4, label, content);
    }

    private TableView<ImportColumn<RosterField>> mappingTable() {
        TableView<ImportColumn<RosterField>> table = new TableView<>(vm.columns());
        cn.huyang.common.ui.Tables.headersWhole(table);
        table.setId("importMappingTable");
        table.setEditable(true);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(vm.kindProperty().map(k -> m.get(k == ImportKind.ROSTER
                ? "io.dialog.mapping.empty" : "io.dialog.mapping.auto")));
        table.setPlaceholder(placeholder);
        TableColumn<ImportColumn<RosterField>, String> letter = column(m.get("io.dialog.col.column"), 40,
                c -> columnLetter(c.index()));
        TableColumn<ImportColumn<RosterField>, String> header = column(m.get("io.dialog.col.header"), 110, ImportColumn::header);
        TableColumn<ImportColumn<RosterField>, ImportColumn<RosterField>> field = new TableColumn<>(m.get("io.dialog.col.field"));
        field.setPrefWidth(130);
        field.setSortable(false);
        field.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        field.setCellFactory(c -> new FieldCell());
        table.getColumns().setAll(List.of(letter, header, field));
        return table;
    }

    /** A ComboBox per file column: the field it is read into, or 忽略. */
    private final class FieldCell extends TableCell<ImportColumn<RosterField>, ImportColumn<RosterField>> {
        private final ComboBox<RosterField> box = new ComboBox<>();
        private boolean filling;

        FieldCell() {
            List<RosterField> choices = new ArrayList<>();
            choices.add(null);
            for (RosterField f : RosterField.values()) {
                if (f.kind() != RosterField.Kind.IGNORED) {
                    choices.add(f);
                }
            }
            box.getItems().setAll(choices);
            box.setConverter(cn.huyang.common.ui.Converters.of(f -> m.get(f.labelKey()), m.get("io.dialog.ignore")));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setOnAction(e -> {
                if (!filling && getItem() != null && box.getValue() != getItem().field()) {
                    vm.mapColumn(getItem().index(), box.getValue());
                }
            });
        }

        @Override
        protected void updateItem(ImportColumn<RosterField> item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            filling = true;
            box.setId("mapping-" + item.index());
            box.setValue(item.field());
            filling = false;
            setGraphic(box);
        }
    }

    private TableView<PreviewRow> previewTable() {
        TableView<PreviewRow> table = new TableView<>(vm.planned());
        cn.huyang.common.ui.Tables.headersWhole(table);
        table.setId("importPreviewTable");
        table.setPlaceholder(new Label(m.get("io.dialog.preview.empty")));
        table.getColumns().setAll(List.of(
                column(m.get("io.dialog.col.row"), 50, r -> Integer.toString(r.row())),
                column(m.get("io.dialog.col.action"), 110, PreviewRow::action),
                column(m.get("field.name"), 90, PreviewRow::name),
                column(m.get("io.dialog.col.changes"), 420, PreviewRow::changes)));
        return table;
    }

    private TableView<Refusal> refusalTable() {
        TableView<Refusal> table = new TableView<>(vm.refused());
        cn.huyang.common.ui.Tables.headersWhole(table);
        table.setId("importRefusalTable");
        table.setPlaceholder(new Label(m.get("io.dialog.refusals.empty")));
        table.getColumns().setAll(List.of(
                column(m.get("io.dialog.col.row"), 50, r -> Integer.toString(r.row())),
                column(m.get("io.dialog.col.column"), 90, Refusal::column),
                column(m.get("io.dialog.col.value"), 140, Refusal::value),
                column(m.get("io.dialog.col.reason"), 400, Refusal::reason)));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Refusal item, boolean empty) {
                super.updateItem(item, empty);
                CellState.tip(this, empty || item == null ? null : item.reason());
            }
        });
        return table;
    }

    private Node bottom() {
        Label summary = new Label();
        summary.setId("importSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.statusProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(vm.busyProperty());
        Button stop = new Button(m.get("io.dialog.stop"));
        stop.setId("importStopButton");
        stop.disableProperty().bind(vm.busyProperty().not());
        stop.setOnAction(e -> vm.cancel());
        Button importButton = new Button(m.get("io.dialog.import"));
        importButton.setId("importButton");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(vm.importableProperty().not().or(vm.busyProperty()));
        importButton.setOnAction(e -> vm.importNow());
        Button close = new Button(m.get("io.dialog.close"));
        close.setId("importCloseButton");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        // The summary (long after an import: the backup's path) has a line of its own: the buttons keep their words.
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spinner, spacer, stop, importButton, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Toolbars.keepWhole(buttons);
        return new VBox(6, summary, buttons);
    }

    private static <S> TableColumn<S, String> column(String title, double width, Function<S, String> value) {
        TableColumn<S, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return col;
    }

    /** A, B, … Z, AA, AB …: as the spreadsheet heads its columns. */
    static String columnLetter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }
}
