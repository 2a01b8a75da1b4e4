package cn.huyang.shell;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.FilePicker;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file chooser for spreadsheets; it starts in the folder used last time (kept in the settings). */
public class FxFilePicker implements FilePicker {
    private static final String LAST_FOLDER = "io.lastFolder";

    private final Messages m;
    private final Settings settings;

    public FxFilePicker(Messages messages, Settings settings) {
        this.m = messages;
        this.settings = settings;
    }

    @Override
    public Path open(Window owner, String title) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(m.get("io.chooser.spreadsheets"), "*.xlsx", "*.xls", "*.et", "*.ods",
                        "*.csv", "*.xml", "*.htm", "*.html"),
                new FileChooser.ExtensionFilter(m.get("io.chooser.all"), "*.*"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Path save(Window owner, String title, String initialName) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(m.get("io.chooser.xlsx"), "*.xlsx"));
        chooser.setInitialFileName(initialName);
        Path chosen = remember(chooser.showSaveDialog(owner));
        if (chosen != null && !chosen.getFileName().toString().toLowerCase().endsWith(".xlsx")) {
            chosen = chosen.resolveSibling(chosen.getFileName() + ".xlsx");
        }
        return chosen;
    }

    /** A text file to write (the recovery key's), ending in .txt. */
    public Path saveText(Window owner, String title, String initialName) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(m.get("wizard.chooserText"), "*.txt"));
        chooser.setInitialFileName(initialName);
        Path chosen = remember(chooser.showSaveDialog(owner));
        if (chosen != null && !chosen.getFileName().toString().toLowerCase().endsWith(".txt")) {
            chosen = chosen.resolveSibling(chosen.getFileName() + ".txt");
        }
        return chosen;
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        settings.get(LAST_FOLDER).map(Path::of).filter(Files::isDirectory)
                .or(() -> java.util.Optional.of(Path.of(System.getProperty("user.home"))))
                .ifPresent(p -> chooser.setInitialDirectory(p.toFile()));
        return chooser;
    }

    private Path remember(File chosen) {
        if (chosen == null) {
            return null;
        }
        Path parent = chosen.toPath().toAbsolutePath().getParent();
        if (parent != null) {
            settings.put(LAST_FOLDER, parent.toString());
        }
        return chosen.toPath();
    }
}
