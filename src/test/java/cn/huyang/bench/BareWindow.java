package cn.huyang.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The yardstick: a bare JavaFX window; prints the JVM uptime when it shows, then quits. */
public class BareWindow extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("胡杨")), 400, 300));
        stage.setOnShown(e -> Platform.runLater(() -> {
            System.out.println("window-shown-ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
            Platform.exit();
        }));
        stage.show();
    }
}
