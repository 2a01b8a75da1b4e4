package cn.huyang.shell;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.Screens;
import cn.huyang.common.ui.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** 帮助 → 使用说明: what each tab is for, the keys to know, and where the data lives (with 复制路径). */
final class HelpWindow {
    private final Stage stage = new Stage();

    HelpWindow(Window owner, Messages m, String dataFolder) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(m.get("help.title"));
        Label heading = Dialogs.heading(m.get("help.title"));
        Label text = new Label(m.get("help.usage"));
        text.setId("helpText");
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(4, 8, 4, 4));
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label folderLabel = new Label(m.get("help.dataFolder"));
        folderLabel.setMinWidth(Label.USE_PREF_SIZE);
        TextField folder = new TextField(dataFolder == null ? m.get("help.dataFolder.notOpen") : dataFolder);
        folder.setId("helpDataFolder");
        folder.setEditable(false);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button copy = new Button(m.get("help.copyPath"));
        copy.setId("helpCopyPath");
        copy.setMinWidth(Button.USE_PREF_SIZE);
        copy.setDisable(dataFolder == null);
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(folder.getText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        HBox folderRow = new HBox(8, folderLabel, folder, copy);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        Label folderNote = Dialogs.note(m.get("help.dataFolder.note"));

        Button close = new Button(m.get("common.close"));
        close.setId("helpClose");
        close.setMinWidth(Button.USE_PREF_SIZE);
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox body = new VBox(10, heading, scroll, folderRow, folderNote);
        BorderPane root = new BorderPane(body);
        root.setBottom(buttons);
        BorderPane.setMargin(buttons, new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.stylesheet());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        Screens.fit(stage, owner, 680, 600);
    }

    void show() {
        stage.show();
    }
}
