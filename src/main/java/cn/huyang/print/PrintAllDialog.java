package cn.huyang.print;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Styles;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 打印全部: how many forms and pages, on which printer (the one used last, else the system's
 * default) and how many copies. Only asks; the printing runs in the background.
 */
final class PrintAllDialog {

    /** The answer: the printer and the copies. */
    record Choice(String printer, int copies) {
    }

    private PrintAllDialog() {
    }

    static Optional<Choice> ask(Messages m, Window owner, PrintablePages laid, List<String> printers, String preselected) {
        ComboBox<String> printer = new ComboBox<>();
        printer.setId("printAllPrinter");
        printer.getItems().setAll(printers);
        printer.setValue(preselected);
        printer.setMaxWidth(Double.MAX_VALUE);
        Spinner<Integer> copies = new Spinner<>(1, 99, 1);
        copies.setId("printAllCopies");
        copies.setEditable(true);
        copies.setPrefWidth(90);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("print.all.printer")), printer);
        grid.addRow(1, new Label(m.get("print.all.copies")), copies);
        Label info = new Label(m.get("print.all.info", laid.forms(), laid.pages().size()));
        info.setId("printAllInfo");
        info.setWrapText(true);
        Label note = new Label(m.get("print.all.remember"));
        note.setWrapText(true);
        note.setMaxWidth(420);
        Dialog<Choice> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(m.get("print.all.title"));
        d.setHeaderText(null);
        d.getDialogPane().setContent(new VBox(10, info, grid, note));
        d.getDialogPane().getStylesheets().add(Styles.stylesheet());
        ButtonType ok = new ButtonType(m.get("print.all.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).setId("printAllOk");
        d.getDialogPane().lookupButton(ok).disableProperty().bind(printer.valueProperty().isNull());
        d.setResultConverter(b -> b == ok ? new Choice(printer.getValue(), typed(copies)) : null);
        return d.showAndWait();
    }

    /** The copies as typed, even when the spinner has not taken the text yet; 1..99. */
    private static int typed(Spinner<Integer> copies) {
        try {
            return Math.max(1, Math.min(99, Integer.parseInt(copies.getEditor().getText().strip())));
        } catch (NumberFormatException e) {
            return copies.getValue();
        }
    }
}
