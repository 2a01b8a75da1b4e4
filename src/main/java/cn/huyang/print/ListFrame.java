package cn.huyang.print;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The frame every printed list shares, portrait or landscape (margins 15 mm): its title centred at
 * the top of the first page (smaller type when it is long), a small header with a rule on each
 * continuation page, and a footer under every page that knows how many pages there are
 * (第 N 页 共 M 页). The review list and the lists of the screens are laid out in it.
 */
final class ListFrame {
    static final double MARGIN = 15;
    static final double TITLE = 16;
    static final double SMALL = 9;

    private final Typesetter type;
    private final boolean landscape;

    ListFrame(Typesetter type, boolean landscape) {
        this.type = type;
        this.landscape = landscape;
    }

    boolean landscape() {
        return landscape;
    }

    double left() {
        return MARGIN;
    }

    double right() {
        return (landscape ? Layout.A4_HEIGHT_MM : Layout.A4_WIDTH_MM) - MARGIN;
    }

    double width() {
        return right() - left();
    }

    /** The baseline of the first page's title. */
    double titleBaseline() {
        return landscape ? 20 : 24;
    }

    /** The lowest a block may reach; the footer sits below it. */
    double bottom() {
        return landscape ? 195 : 279;
    }

    private double footerBaseline() {
        return landscape ? 203 : 289;
    }

    /**
     * The pages' flow, content starting at {@code firstTop} on the first page; each continuation page
     * starts with {@code continuation} in small type over a rule.
     */
    PageFlow flow(double firstTop, String continuation) {
        double header = landscape ? 15 : 17;
        return new PageFlow(landscape, firstTop, header + 7, bottom(), p -> {
            p.text(left(), header, SMALL, continuation);
            p.line(left(), header + 2.5, right(), header + 2.5, Table.RULE);
        });
    }

    /** The title, centred on the page, its type made smaller (to 12 pt) until it fits the width. */
    void title(Layout.Page first, String title) {
        double size = TITLE;
        while (size > 12 && type.width(title, size) > width()) {
            size -= 0.5;
        }
        type.centered(first, (left() + right()) / 2, titleBaseline(), size, title);
    }

    /** Writes the footer under every page: {@code footer} gets the page's number (from 1) and the count. */
    void number(List<Layout.Page> pages, BiFunction<Integer, Integer, String> footer) {
        for (int i = 0; i < pages.size(); i++) {
            type.centered(pages.get(i), (left() + right()) / 2, footerBaseline(), 8, footer.apply(i + 1,
                    pages.size()));
        }
    }
}
