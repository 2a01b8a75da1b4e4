package cn.huyang.overview.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A report table on PDF pages: columns sized to their text, cells wrapped, the header repeated on a new page. */
final class PdfTable {
    static final float SIZE = 9.5f;
    static final float PAD = 3.5f;
    static final float LINE = SIZE * 1.35f;

    private final PdfReportWriter w;
    private final Block.Table t;
    private float[] widths;

    PdfTable(PdfReportWriter w, Block.Table t) {
        this.w = w;
        this.t = t;
    }

    void draw() throws IOException {
        widths = widths();
        w.ensure(SIZE * 2 + rowHeight(t.headers()) + (t.rows().isEmpty() ? 0 : rowHeight(t.rows().get(0))) + 8);
        String caption = t.caption();
        w.moveDown(SIZE * 2);
        w.show(caption, (PdfReportWriter.WIDTH - w.width(caption, SIZE + 0.5f)) / 2, w.y() + SIZE * 0.5f,
                SIZE + 0.5f);
        row(t.headers(), true);
        for (List<String> r : t.rows()) {
            if (w.y() - rowHeight(r) < PdfReportWriter.BOTTOM) {
                w.newPage();
                row(t.headers(), true);
            }
            row(r, false);
        }
        w.moveDown(8);
    }

    /** Each column's width: its widest text, the total scaled to the text width. */
    private float[] widths() throws IOException {
        int n = t.headers().size();
        float[] want = new float[n];
        List<List<String>> all = new ArrayList<>(t.rows());
        all.add(t.headers());
        for (List<String> r : all) {
            for (int i = 0; i < n; i++) {
                want[i] = Math.max(want[i], Math.min(w.width(r.get(i), SIZE) + 2 * PAD + 2,
                        PdfReportWriter.TEXT_WIDTH * 0.7f));
            }
        }
        float sum = 0;
        for (float f : want) {
            sum += f;
        }
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = want[i] / sum * PdfReportWriter.TEXT_WIDTH;
        }
        return out;
    }

    private float rowHeight(List<String> cells) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, w.wrap(cells.get(i), SIZE, widths[i] - 2 * PAD, 0).size());
        }
        return lines * LINE + 2 * PAD;
    }

    private void row(List<String> cells, boolean header) throws IOException {
        float h = rowHeight(cells);
        float top = w.y();
        float x = PdfReportWriter.LEFT;
        var cs = w.stream();
        if (header) {
            cs.setNonStrokingColor(0.91f, 0.93f, 0.96f);
            cs.addRect(x, top - h, PdfReportWriter.TEXT_WIDTH, h);
            cs.fill();
            cs.setNonStrokingColor(0f);
        }
        cs.setLineWidth(0.5f);
        for (int i = 0; i < cells.size(); i++) {
            cs.addRect(x, top - h, widths[i], h);
            cs.stroke();
            float baseline = top - PAD - SIZE;
            for (String line : w.wrap(cells.get(i), SIZE, widths[i] - 2 * PAD, 0)) {
                float lx = header ? x + (widths[i] - w.width(line, SIZE)) / 2 : x + PAD;
                w.show(line, lx, baseline, SIZE);
                baseline -= LINE;
            }
            x += widths[i];
        }
        w.moveDown(h);
    }
}
