package cn.huyang.print;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Content that flows down A4 pages: a cursor in mm, and a new page (with its continuation header)
 * when the next block does not fit above the bottom margin. Blocks are never cut across pages; a
 * table breaks between its rows.
 */
final class PageFlow {
    private final List<Layout.Page> pages = new ArrayList<>();
    private final boolean landscape;
    private final double top;
    private final double bottom;
    private final Consumer<Layout.Page> continuationHeader;
    private Layout.Page page;
    private double y;

    /**
     * @param firstTop           where content starts on the first page (below its title)
     * @param top                where content starts on a continuation page
     * @param bottom             the lowest a block may reach
     * @param continuationHeader draws the small header of each continuation page
     */
    PageFlow(boolean landscape, double firstTop, double top, double bottom, Consumer<Layout.Page> continuationHeader) {
        this.landscape = landscape;
        this.top = top;
        this.bottom = bottom;
        this.continuationHeader = continuationHeader;
        this.page = blank();
        pages.add(page);
        this.y = firstTop;
    }

    private Layout.Page blank() {
        return landscape ? Layout.Page.landscape() : new Layout.Page();
    }

    Layout.Page page() {
        return page;
    }

    double y() {
        return y;
    }

    void advance(double h) {
        y += h;
    }

    /** True when a block of this height fits below the cursor on this page. */
    boolean fits(double h) {
        return y + h <= bottom + 0.01;
    }

    /** True when the cursor is at the top of a continuation page (a new page would not help). */
    boolean atTop() {
        return pages.size() > 1 && y <= top + 0.01;
    }

    /** Starts a new page unless a block of this height fits here. */
    void ensure(double h) {
        if (!fits(h) && !atTop()) {
            newPage();
        }
    }

    void newPage() {
        page = blank();
        pages.add(page);
        continuationHeader.accept(page);
        y = top;
    }

    List<Layout.Page> pages() {
        return pages;
    }
}
