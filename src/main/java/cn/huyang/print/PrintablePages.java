package cn.huyang.print;

import java.util.List;

/**
 * Pages laid out for the printer: what the progress says while they print, how many forms they are
 * (the summary counts forms and pages), and the job's name in the printer's queue.
 */
public record PrintablePages(List<Layout.Page> pages, String printing, int forms, String title) {
    public PrintablePages {
        pages = List.copyOf(pages);
    }

    public boolean isEmpty() {
        return pages.isEmpty();
    }
}
