package cn.huyang.print;

import cn.huyang.common.Messages;
import java.time.LocalDate;
import java.util.List;

/**
 * The recovery key on one A4 page, for the office's safe: the title, the data folder and the date,
 * the key in two lines of four groups in a box (each group at its own column, large), and what to do
 * with it. Printed from the first-start wizard; nothing of it is kept or logged.
 */
public final class RecoveryKeySheet implements FormLayout<RecoveryKeySheet.Key> {
    private static final double LEFT = 25;
    private static final double GROUP_WIDTH = 38;
    private static final int MAX_LINE = 44;

    /** What the sheet shows: the key as the wizard shows it, the folder it opens, the day it was made. */
    public record Key(String key, String location, LocalDate made) {
    }

    private final Messages m;

    public RecoveryKeySheet(Messages m) {
        this.m = m;
    }

    /** The sheet ready for the print flow. */
    public PrintablePages pages(Key key) {
        return new PrintablePages(layout(key), m.get("print.recoveryKey.printing"), 1, fileName(key));
    }

    @Override
    public List<Layout.Page> layout(Key k) {
        Layout.Page page = new Layout.Page();
        double y = 35;
        page.text(LEFT, y, 20, m.get("print.recoveryKey.title"));
        y += 14;
        for (String line : cut(m.get("print.recoveryKey.folder", k.location()))) {
            page.text(LEFT, y, 11, line);
            y += 6;
        }
        page.text(LEFT, y, 11, m.get("print.recoveryKey.date", k.made().toString()));
        y += 10;
        String[] groups = k.key().split("-");
        double top = y;
        y += 12;
        for (int i = 0; i < groups.length; i++) {
            double x = LEFT + 6 + (i % 4) * GROUP_WIDTH;
            page.text(x, y + (i / 4) * 12, 18, groups[i] + (i < groups.length - 1 ? " -" : ""));
        }
        double rows = Math.ceil(groups.length / 4.0);
        page.rect(LEFT, top, Layout.A4_WIDTH_MM - 2 * LEFT, 8 + rows * 12, 0.4);
        y = top + 8 + rows * 12 + 12;
        for (String paragraph : m.get("print.recoveryKey.notes").split("\n")) {
            for (String line : cut(paragraph)) {
                page.text(LEFT, y, 11, line);
                y += 6.5;
            }
            y += 2;
        }
        return List.of(page);
    }

    @Override
    public String fileName(Key k) {
        return m.get("print.recoveryKey.fileName", k.made().toString());
    }

    @Override
    public String documentTitle(List<Key> keys) {
        return m.get("print.recoveryKey.title");
    }

    /** A paragraph in lines of at most {@value #MAX_LINE} characters (11 pt across the page's 160 mm). */
    static List<String> cut(String text) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i += MAX_LINE) {
            out.add(text.substring(i, Math.min(text.length(), i + MAX_LINE)));
        }
        return out;
    }
}
