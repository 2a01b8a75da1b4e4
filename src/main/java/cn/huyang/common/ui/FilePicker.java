package cn.huyang.common.ui;

import java.nio.file.Path;
import javafx.stage.Window;

/**
 * Asks the user for a spreadsheet file to open or to save. The window uses the system's file
 * chooser; screen tests put in a fixed answer (Monocle has no native chooser).
 */
public interface FilePicker {
    /** The chosen file to read, or null when the user cancelled. */
    Path open(Window owner, String title);

    /** The chosen file to write (ending in .xlsx), or null when the user cancelled. */
    Path save(Window owner, String title, String initialName);
}
