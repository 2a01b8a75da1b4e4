package cn.huyang.print;

import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table laid onto flowing pages: cells wrap their text and the row grows to the tallest
 * cell; a row that does not fit starts a new page, where the heading row is drawn again. The frame
 * is closed at the foot of every page the table spans.
 */
final class Table {
    static final double FRAME = 0.5;
    static final double RULE = 0.25;
    private static final double PAD_X = 1.5;
    private static final double PAD_Y = 1.6;

    /** One cell: its text, how many columns it spans, and whether it is centred (labels, short values). */
    record Cell(String text, int span, boolean center) {
        static Cell label(String text) {
            return new Cell(text, 1, true);
        }

        static Cell label(String text, int span) {
            return new Cell(text, span, true);
        }

        static Cell value(String text) {
            return new Cell(text, 1, true);
        }

        static Cell value(String text, int span) {
            return new Cell(text, span, true);
        }

        static Cell left(String text, int span) {
            return new Cell(text, span, false);
        }
    }

    private final Typesetter type;
    private final double x;
    private final double[] widths;
    private final double size;
    private final double minRow;
    private List<Cell> heading;
    private final List<List<Cell>> rows = new ArrayList<>();

    Table(Typesetter type, double x, double[] widths, double size, double minRow) {
        this.type = type;
        this.x = x;
        this.widths = widths.clone();
        this.size = size;
        this.minRow = minRow;
    }

    /** The heading row, repeated at the top of each page the table reaches. */
    Table heading(String... labels) {
        List<Cell> cells = new ArrayList<>();
        for (String l : labels) {
            cells.add(Cell.label(l));
        }
        heading = cells;
        return this;
    }

    Table row(Cell... cells) {
        rows.add(List.of(cells));
        return this;
    }

    /** A row of plain cells, one a column; {@code center[i]} says whether column i is centred. */
    Table row(boolean[] center, String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            cells.add(new Cell(texts[i], 1, center == null || center[i]));
        }
        rows.add(cells);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The height the heading and the first row need together: what must fit before the table starts. */
    double startHeight() {
        double h = heading == null ? 0 : height(heading);
        return h + (rows.isEmpty() ? 0 : height(rows.get(0)));
    }

    /** The height of the whole table on one page. */
    double totalHeight() {
        double h = heading == null ? 0 : height(heading);
        for (List<Cell> r : rows) {
            h += height(r);
        }
        return h;
    }

    double lineHeight() {
        return lineHeight(size);
    }

    private double lineHeight(double pt) {
        return pt / Layout.PT_PER_MM * 1.3;
    }

    private double height(List<Cell> row) {
        int col = 0;
        double h = lineHeight();
        for (Cell c : row) {
            Set set = set(c.text(), span(col, c.span()));
            h = Math.max(h, set.lines().size() * lineHeight(set.size()));
            col += c.span();
        }
        return Math.max(minRow, h + 2 * PAD_Y);
    }

    /** A cell's text set in lines: smaller type when a Latin word is wider than the cell, so no word is split. */
    private record Set(double size, List<String> lines) {
    }

    private Set set(String text, double cellWidth) {
        if (text == null || text.isEmpty()) {
            return new Set(size, List.of());
        }
        double avail = cellWidth - 2 * PAD_X;
        double pt = size;
        while (pt > 6.5 && longestWord(text, pt) > avail) {
            pt -= 0.5;
        }
        return new Set(pt, type.wrap(text, avail, pt, false));
    }

    private double longestWord(String text, double pt) {
        double max = 0;
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty() && word.codePoints().allMatch(cp -> cp < 0x2E80)) {
                max = Math.max(max, type.width(word, pt));
            }
        }
        return max;
    }

    private double span(int col, int n) {
        double w = 0;
        for (int i = col; i < col + n && i < widths.length; i++) {
            w += widths[i];
        }
        return w;
    }

    private double width() {
        return span(0, widths.length);
    }

    /** Draws the table at the flow's cursor, breaking between rows onto new pages. */
    void draw(PageFlow flow) {
        flow.ensure(startHeight());
        boolean first = true;
        if (heading != null) {
            drawRow(flow, heading, true);
        }
        for (List<Cell> r : rows) {
            double h = height(r);
            if (!flow.fits(h) && !flow.atTop()) {
                close(flow);
                flow.newPage();
                if (heading != null) {
                    drawRow(flow, heading, true);
                } else {
                    first = true;
                }
            }
            drawRow(flow, r, heading == null && first);
            first = false;
        }
        close(flow);
    }

    private void close(PageFlow flow) {
        flow.page().line(x, flow.y(), x + width(), flow.y(), FRAME);
    }

    private void drawRow(PageFlow flow, List<Cell> row, boolean topFrame) {
        Layout.Page p = flow.page();
        double y = flow.y();
        double h = height(row);
        double w = width();
        p.line(x, y, x + w, y, topFrame ? FRAME : RULE);
        p.line(x, y, x, y + h, FRAME);
        p.line(x + w, y, x + w, y + h, FRAME);
        int col = 0;
        double cx = x;
        for (Cell c : row) {
            double cw = span(col, c.span());
            if (col > 0) {
                p.line(cx, y, cx, y + h, RULE);
            }
            Set set = set(c.text(), cw);
            double lh = lineHeight(set.size());
            double baseline = y + (h - lh * set.lines().size()) / 2 + lh * 0.78;
            for (String line : set.lines()) {
                if (c.center()) {
                    type.centered(p, cx + cw / 2, baseline, set.size(), line);
                } else {
                    p.text(cx + PAD_X, baseline, set.size(), line);
                }
                baseline += lh;
            }
            cx += cw;
            col += c.span();
        }
        p.line(x, y + h, x + w, y + h, RULE);
        flow.advance(h);
    }
}
