package cn.huyang.shell;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** What runs in the background, with its progress and, for work the user may stop, 取消; and the data folder in use. */
public class StatusBar {
    private final HBox root;
    private final Label info = new Label();
    private final javafx.beans.property.StringProperty notice = new javafx.beans.property.SimpleStringProperty("");

    public StatusBar(BackgroundRunner runner, Messages m) {
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(Bindings.when(runner.busyProperty()).then(runner.messageProperty())
                .otherwise(Bindings.when(notice.isEmpty()).then(m.get("status.ready")).otherwise(notice)));
        // A notice (已保存 …) stays until the next one: the reload that follows a save does not wipe it.
        message.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new javafx.scene.control.Tooltip(message.getText()), message.textProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("statusProgress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(runner.progressProperty());
        progress.visibleProperty().bind(runner.busyProperty());
        Button cancel = new Button(m.get("status.cancel"));
        cancel.setId("statusCancel");
        cancel.visibleProperty().bind(runner.cancellableProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> {
            var c = runner.cancellableProperty().get();
            if (c != null) {
                c.cancel();
                cancel.setDisable(true);
            }
        });
        runner.cancellableProperty().addListener((o, was, now) -> cancel.setDisable(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        info.setId("statusInfo");
        info.setMinWidth(0);
        info.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        info.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> info.getText() == null || info.getText().isEmpty() ? null
                        : new javafx.scene.control.Tooltip(info.getText()), info.textProperty()));
        root = new HBox(10, message, progress, cancel, spacer, info);
        root.getStyleClass().add("status-bar");
    }

    /** What finished, shown where the running work was until the next notice: "已导出 12 行到 …". */
    public void notice(String text) {
        notice.set(text == null ? "" : text);
    }

    public void setInfo(String text) {
        info.setText(text);
    }

    public Node node() {
        return root;
    }
}
