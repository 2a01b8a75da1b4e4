package cn.huyang.app;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.Remembered;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.FeatureTab;
import cn.huyang.io.SpreadsheetActions;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * What the window gives a module to build its tab with: the language, the background runner, the
 * dialogs, the owner window, the spreadsheet actions (export buttons, the import dialog), the
 * composition root for its services, what the program remembers between starts (the printer used
 * last), two ways to tell the window something happened, and a way to open another tab's filtered list.
 */
public record Ui(AppContext app, Messages messages, BackgroundRunner runner, DialogService dialogs,
                 Supplier<Window> owner, SpreadsheetActions spreadsheets, Remembered remembered, Runnable offerDemo,
                 Consumer<FeatureTab> changed, Consumer<cn.huyang.common.ui.ListRequest> navigate) {

    /** The tab (or, with null, a dialog of the 文件 menu) wrote data that other tabs show: the window refreshes the others. */
    public void dataChanged(FeatureTab source) {
        changed.accept(source);
    }

    /** 打印… for a tab's lists: preview and print through the one print flow. */
    public cn.huyang.print.ListPrinting listPrinting() {
        return new cn.huyang.print.ListPrinting(runner, dialogs, owner, messages, remembered);
    }

    /** Selects the tab a request names and has it show the filtered list (the dashboard's clicks). */
    public void open(cn.huyang.common.ui.ListRequest request) {
        navigate.accept(request);
    }
}
