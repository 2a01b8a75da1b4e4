package cn.huyang.print;

import cn.huyang.common.Messages;
import java.util.List;

/**
 * Lays out any list a screen shows ({@link PrintedList}) on A4 pages: portrait when its columns fit
 * the portrait width, landscape when they do not. The first page carries the title, the filter in
 * words with the print date and the number of rows, and the notes; the table follows, breaking
 * between rows, its heading row repeated on every page; each continuation page names the list, and
 * every page says 第 N 页 共 M 页.
 *
 * <p>The columns are as wide as their texts want (a heading may take two lines; a long text wraps
 * beyond its column's maximum) and are then spread to the page's width; where the page is too narrow
 * even in landscape, the widest columns give way first, down to their longest word.
 */
public final class ListLayout implements FormLayout<PrintedList> {
    static final double BODY = 10.5;
    static final double TABLE = 9;
    static final double ROW = 7;
    /** A cell's padding left and right (Table's), and a little air. */
    static final double PAD = 4;
    static final double MIN_COLUMN = 9;
    /** How much more than the portrait width a list's columns may want and still be printed portrait. */
    static final double SQUEEZE = 1.1;
    /** A heading up to this wide stays on one line; a longer one may take two. */
    static final double ONE_LINE_HEADING = 20;

    private final Messages m;
    private final Typesetter type;

    public ListLayout(Messages messages) {
        this(messages, FormFont.get());
    }

    ListLayout(Messages messages, FormFont font) {
        this.m = messages;
        this.type = new Typesetter(font);
    }

    @Override
    public String fileName(PrintedList list) {
        return list.fileName();
    }

    @Override
    public String documentTitle(List<PrintedList> lists) {
        return lists.isEmpty() ? "" : lists.get(0).title();
    }

    /**
     * True when the list's columns do not fit a portrait page's width: when they want more than a
     * tenth over it (up to a tenth, the widest columns wrap a little instead).
     */
    public boolean wantsLandscape(PrintedList list) {
        return sum(wanted(list)) > new ListFrame(type, false).width() * SQUEEZE;
    }

    @Override
    public List<Layout.Page> layout(PrintedList list) {
        double[] want = wanted(list);
        ListFrame frame = new ListFrame(type, wantsLandscape(list));
        double left = frame.left();
        double right = frame.right();
        PageFlow flow = frame.flow(frame.titleBaseline() + 3, m.get("print.list.continuation", list.title()));
        Layout.Page first = flow.page();
        frame.title(first, list.title());

        String printed = m.get("print.list.printedLine", list.rows().size(), list.printed());
        double printedWidth = type.width(printed, BODY);
        List<String> subtitle = type.wrap(list.subtitle() == null ? "" : list.subtitle(),
                frame.width() - printedWidth - 8, BODY, false);
        double lh = BODY / Layout.PT_PER_MM * 1.35;
        double baseline = flow.y() + lh + 1;
        type.right(first, right, baseline, BODY, printed);
        for (int i = 0; i < subtitle.size(); i++) {
            first.text(left, baseline + i * lh, BODY, subtitle.get(i));
        }
        baseline += Math.max(0, subtitle.size() - 1) * lh;
        double small = TABLE / Layout.PT_PER_MM * 1.35;
        for (String note : list.notes()) {
            for (String line : type.wrap(note, frame.width(), TABLE, false)) {
                baseline += small;
                first.text(left, baseline, TABLE, line);
            }
        }
        flow.advance(baseline + 3 - flow.y());

        Table t = new Table(type, left, fit(want, least(list), frame.width()), TABLE, ROW);
        t.heading(list.columns().stream().map(PrintedList.Column::heading).toArray(String[]::new));
        boolean[] center = new boolean[list.columns().size()];
        for (int i = 0; i < center.length; i++) {
            center[i] = !list.columns().get(i).left();
        }
        for (List<String> row : list.rows()) {
            t.row(center, row.toArray(String[]::new));
        }
        if (t.isEmpty()) {
            t.row(Table.Cell.value(list.empty(), center.length));
        }
        t.draw(flow);

        List<Layout.Page> pages = flow.pages();
        frame.number(pages, (page, count) -> m.get("print.list.footer", page, count));
        return pages;
    }

    /** Each column's width as its texts want it: the widest cell (up to the column's maximum) or heading. */
    double[] wanted(PrintedList list) {
        int n = list.columns().size();
        double[] want = new double[n];
        for (int i = 0; i < n; i++) {
            PrintedList.Column c = list.columns().get(i);
            double head = type.width(c.heading(), TABLE) + PAD;
            double w = head <= ONE_LINE_HEADING ? head : Math.max(ONE_LINE_HEADING, head / 2 + PAD / 2);
            for (List<String> row : list.rows()) {
                w = Math.max(w, widest(row.get(i)));
            }
            want[i] = Math.max(MIN_COLUMN, Math.min(w, Math.max(c.maxMm(), head <= ONE_LINE_HEADING ? head : 0)));
        }
        return want;
    }

    /** The narrowest each column may be: its longest Latin word (never split) or two characters. */
    private double[] least(PrintedList list) {
        int n = list.columns().size();
        double[] least = new double[n];
        double twoChars = type.width("字字", TABLE) + PAD;
        for (int i = 0; i < n; i++) {
            least[i] = Math.max(MIN_COLUMN, twoChars);
            for (List<String> row : list.rows()) {
                String text = row.get(i);
                if (text != null) {
                    for (String word : text.split("[\\s\\p{IsHan}，。、；：（）]+")) {
                        least[i] = Math.max(least[i], Math.min(type.width(word, TABLE) + PAD, 40));
                    }
                }
            }
        }
        return least;
    }

    private double widest(String text) {
        double w = 0;
        if (text != null) {
            for (String line : text.split("\n")) {
                w = Math.max(w, type.width(line, TABLE) + PAD);
            }
        }
        return w;
    }

    /**
     * The widths spread to the page: all grown in proportion when there is room; else the widest
     * cut to a common width (not below their least) so that the table fits, and all scaled down as
     * a last resort.
     */
    static double[] fit(double[] want, double[] least, double width) {
        double[] out = want.clone();
        double total = sum(want);
        if (total <= width) {
            for (int i = 0; i < out.length; i++) {
                out[i] = want[i] * width / total;
            }
            return out;
        }
        double lo = 0;
        double hi = max(want);
        for (int step = 0; step < 60; step++) {
            double cap = (lo + hi) / 2;
            if (capped(want, least, cap) > width) {
                hi = cap;
            } else {
                lo = cap;
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(least[i], Math.min(want[i], lo));
        }
        double now = sum(out);
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i] * width / now;
        }
        return out;
    }

    private static double capped(double[] want, double[] least, double cap) {
        double s = 0;
        for (int i = 0; i < want.length; i++) {
            s += Math.max(least[i], Math.min(want[i], cap));
        }
        return s;
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static double max(double[] v) {
        double s = 0;
        for (double x : v) {
            s = Math.max(s, x);
        }
        return s;
    }
}
