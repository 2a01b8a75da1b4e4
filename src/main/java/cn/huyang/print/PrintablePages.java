package cn.huyang.print;

import java.util.List;

/** Pages laid out for the printer, with what the progress says while they print. */
public record PrintablePages(List<Layout.Page> pages, String printing) {
    public PrintablePages {
        pages = List.copyOf(pages);
    }

    public boolean isEmpty() {
        return pages.isEmpty();
    }
}
