package cn.huyang.exchange;

import cn.huyang.common.Messages;
import cn.huyang.common.Remembered;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The system's file chooser for the package screens: a .hypkg to write or read, an office key file
 * (.hykey) to read; it starts in the folder used last time for packages. Screen tests type the path
 * into the field beside the 浏览… button instead (Monocle has no native chooser).
 */
final class PackageFiles {
    private static final String LAST_FOLDER = "package.lastFolder";
    private final Messages m;
    private final Remembered remembered;

    PackageFiles(Messages m, Remembered remembered) {
        this.m = m;
        this.remembered = remembered;
    }

    /** A package to write, ending in .hypkg; null when cancelled. */
    String savePackage(Window owner, String initialName) {
        FileChooser chooser = chooser("package.ui.chooseTarget", "package.ui.filterPackage", "*.hypkg");
        chooser.setInitialFileName(initialName);
        Path chosen = remember(chooser.showSaveDialog(owner));
        if (chosen != null && !chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".hypkg")) {
            chosen = chosen.resolveSibling(chosen.getFileName() + ".hypkg");
        }
        return chosen == null ? null : chosen.toString();
    }

    /** A package to read; null when cancelled. */
    String openPackage(Window owner) {
        Path chosen = remember(chooser("package.ui.choosePackage", "package.ui.filterPackage", "*.hypkg")
                .showOpenDialog(owner));
        return chosen == null ? null : chosen.toString();
    }

    /** The office key file; null when cancelled. */
    String openOfficeKey(Window owner) {
        Path chosen = remember(chooser("package.ui.chooseKey", "package.ui.filterKey", "*.hykey")
                .showOpenDialog(owner));
        return chosen == null ? null : chosen.toString();
    }

    private FileChooser chooser(String titleKey, String filterKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get(titleKey));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(m.get(filterKey), pattern),
                new FileChooser.ExtensionFilter(m.get("io.chooser.all"), "*.*"));
        remembered.get(LAST_FOLDER).map(Path::of).filter(Files::isDirectory)
                .or(() -> java.util.Optional.of(Path.of(System.getProperty("user.home"))))
                .filter(Files::isDirectory).ifPresent(p -> chooser.setInitialDirectory(p.toFile()));
        return chooser;
    }

    private Path remember(File chosen) {
        if (chosen == null) {
            return null;
        }
        Path parent = chosen.toPath().toAbsolutePath().getParent();
        if (parent != null) {
            remembered.put(LAST_FOLDER, parent.toString());
        }
        return chosen.toPath();
    }
}
