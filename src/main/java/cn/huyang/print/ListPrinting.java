package cn.huyang.print;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.BackgroundWork;
import cn.huyang.common.Messages;
import cn.huyang.common.Remembered;
import cn.huyang.common.ui.DialogService;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.stage.Window;

/**
 * 打印… on the screens' lists (training compliance, the ledger, the staffing table, the findings):
 * a click takes what the screen shows — its filter and sort — on the JavaFX thread, then reads and
 * lays it out in the background with progress, and opens the preview with its print button; the
 * printing goes through the one {@link PrintFlow} the forms use.
 */
public final class ListPrinting {
    private final PrintFlow flow;
    private final Messages m;

    public ListPrinting(BackgroundRunner runner, DialogService dialogs, Supplier<Window> owner, Messages m,
                        Remembered remembered) {
        this.m = m;
        this.flow = new PrintFlow(runner, dialogs, owner, m, remembered);
    }

    /**
     * The 打印… button; {@code shown} is asked on the JavaFX thread for the work that reads the list as
     * shown (null: nothing to print now).
     */
    public Button button(String id, Supplier<BackgroundWork<PrintedList>> shown) {
        Button button = new Button(m.get("print.list.button"));
        button.setId(id);
        button.setOnAction(e -> preview(shown.get()));
        return button;
    }

    /** Reads and lays out the list in the background, then previews it with its print button. */
    public void preview(BackgroundWork<PrintedList> list) {
        if (list != null) {
            flow.preview(m.get("print.list.reading"), pages(list, m),
                    laid -> m.get("print.list.preview.title", laid.title()), m.get("print.list.none"));
        }
    }

    /** The pages of a list read in the background: what the preview and the printer get. */
    public static BackgroundWork<PrintablePages> pages(BackgroundWork<PrintedList> list, Messages m) {
        return p -> {
            PrintedList l = list.run(p);
            return new PrintablePages(new ListLayout(m).layout(l), m.get("print.list.printing", l.title()), 1,
                    l.fileName());
        };
    }

    /** The print flow, for what a print job sent (tests). */
    public PrintFlow flow() {
        return flow;
    }
}
