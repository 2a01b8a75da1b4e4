package cn.huyang.common.ui;

import cn.huyang.common.Conflict;
import cn.huyang.common.Messages;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The refusal of a save someone else made first: who and when, then each field that differs —
 * 您的修改 beside 当前记录 — and three ways on: 用我的修改覆盖, 采用当前记录, 取消 (the default: Enter
 * drops nobody's work, and the form keeps what was typed).
 */
public final class ConflictDialog {
    private ConflictDialog() {
    }

    /** Shows the conflict and waits for the choice; closing the dialog is 取消. */
    public static Conflict.Choice ask(Window owner, Messages m, Conflict conflict) {
        Dialog<Conflict.Choice> d = new Dialog<>();
        d.setTitle(m.get("conflict.title"));
        ButtonType overwrite = new ButtonType(m.get("conflict.overwrite"), ButtonBar.ButtonData.OTHER);
        ButtonType theirs = new ButtonType(m.get("conflict.takeTheirs"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(overwrite, theirs, cancel);
        d.getDialogPane().setContent(content(m, conflict));
        d.getDialogPane().setId("conflictDialog");
        Dialogs.prepare(d, owner);
        d.getDialogPane().lookupButton(overwrite).setId("conflictOverwrite");
        d.getDialogPane().lookupButton(theirs).setId("conflictTakeTheirs");
        d.getDialogPane().lookupButton(cancel).setId("conflictCancel");
        Dialogs.safeDefault(d.getDialogPane(), cancel);
        d.setResultConverter(b -> b == overwrite ? Conflict.Choice.OVERWRITE
                : b == theirs ? Conflict.Choice.TAKE_THEIRS : Conflict.Choice.KEEP_EDITING);
        Optional<Conflict.Choice> chosen = d.showAndWait();
        return chosen.orElse(Conflict.Choice.KEEP_EDITING);
    }

    private static VBox content(Messages m, Conflict conflict) {
        Label heading = Dialogs.heading(conflict.message());
        heading.setId("conflictMessage");
        VBox box = new VBox(10, heading);
        box.setPadding(new Insets(4, 0, 0, 0));
        if (conflict.differences().isEmpty()) {
            Label same = Dialogs.note(m.get("conflict.same"));
            same.setId("conflictSame");
            box.getChildren().add(same);
            return box;
        }
        GridPane g = new GridPane();
        g.setId("conflictTable");
        g.setHgap(16);
        g.setVgap(6);
        ColumnConstraints field = new ColumnConstraints();
        field.setMinWidth(Label.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints(120, 220, 360);
        value.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(field, value, value);
        g.add(header(m.get("conflict.field")), 0, 0);
        g.add(header(m.get("conflict.mine")), 1, 0);
        g.add(header(m.get("conflict.theirs")), 2, 0);
        int row = 1;
        for (Conflict.Difference diff : conflict.differences()) {
            g.add(new Label(diff.field()), 0, row);
            g.add(cell(diff.mine(), "conflictMine-" + (row - 1)), 1, row);
            g.add(cell(diff.theirs(), "conflictTheirs-" + (row - 1)), 2, row);
            row++;
        }
        ScrollPane scroll = new ScrollPane(g);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(320, 28 * (conflict.differences().size() + 1)));
        box.getChildren().add(scroll);
        return box;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label cell(String text, String id) {
        Label l = new Label(text == null || text.isEmpty() ? "—" : text);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
