package cn.huyang.shell;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder until the shell lands. */
public class App extends Application {
    public static int open(Path dataDir, String lang) {
        Application.launch(App.class);
        return 0;
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
