package cn.huyang.common.ui;

import javafx.stage.Window;

/**
 * The one way a screen tells the user something or asks a yes/no question, in plain words; stack
 * traces go to the log. The window uses {@code shell.FxDialogService}; screen tests may put in their own.
 */
public interface DialogService {
    /** The window the dialogs belong to. */
    void setOwner(Window owner);

    void error(String message);

    void info(String message);

    /** A failure of background work: refused input in plain words, anything else with the log's location. */
    void failure(Throwable e);

    /** Asks a yes/no question; true when the user chose OK. */
    boolean confirm(String message);

    /**
     * Asks before something is deleted, discarded or replaced: the button that does it is named
     * ({@code action}: 删除, 放弃修改, …) and 取消 is the default, so Enter never destroys anything.
     *
     * @return true when the user chose the action
     */
    boolean confirmDestructive(String message, String action);

    /** A quiet line in the status bar (已保存 …): what was done, needing no answer. */
    void notice(String message);
}
