package cn.huyang.overview.report;

import cn.huyang.print.FontSubset;
import cn.huyang.print.FormFont;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The team report as an A4 PDF: the shipped CJK font embedded as a subset (the only font; the text stays
 * selectable and searchable), tables with their header repeated on a new page, charts drawn as vectors
 * (JFreeChart through PDFBox's Graphics2D; their letters as outlines), page numbers in the footer.
 */
public final class PdfReportWriter {
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 72;
    static final float RIGHT = 68;
    static final float TOP = 64;
    static final float BOTTOM = 64;
    static final float TEXT_WIDTH = WIDTH - LEFT - RIGHT;
    static final float BODY = 11.5f;
    static final float LEADING = 1.65f;

    private PDDocument doc;
    private PDType0Font font;
    private PDPageContentStream cs;
    private float y;
    private int pages;

    public void write(TeamReport report, OutputStream out) throws IOException {
        try (PDDocument d = new PDDocument()) {
            doc = d;
            font = PDType0Font.load(doc, new ByteArrayInputStream(FontSubset.of(FormFont.get(), codePoints(report))),
                    false);
            cover(report);
            for (TeamReport.Section s : report.sections()) {
                heading(s.heading(), 16f, 18f);
                for (Block b : s.blocks()) {
                    if (b instanceof Block.Paragraph p) {
                        text(p.text(), BODY, 2 * BODY, 4f);
                    } else if (b instanceof Block.SubHeading h) {
                        heading(h.text(), 13f, 8f);
                    } else if (b instanceof Block.Table t) {
                        new PdfTable(this, t).draw();
                    } else if (b instanceof Block.Chart c) {
                        chart(c);
                    } else if (b instanceof Block.WritingSpace w) {
                        lines(w.lines());
                    }
                }
            }
            close();
            footers();
            doc.getDocumentInformation().setTitle(report.fileTitle());
            doc.getDocumentInformation().setCreator("Huyang");
            doc.save(out);
        } finally {
            doc = null;
            cs = null;
        }
    }

    /** Every character the report's own text uses (the charts' letters are outlines). */
    private static Set<Integer> codePoints(TeamReport r) {
        Set<Integer> used = new TreeSet<>();
        List<String> texts = new ArrayList<>(r.coverLines());
        texts.add(r.title());
        texts.add("0123456789—- /");
        for (TeamReport.Section s : r.sections()) {
            texts.add(s.heading());
            for (Block b : s.blocks()) {
                if (b instanceof Block.Paragraph p) {
                    texts.add(p.text());
                } else if (b instanceof Block.SubHeading h) {
                    texts.add(h.text());
                } else if (b instanceof Block.Table t) {
                    texts.add(t.caption());
                    texts.addAll(t.headers());
                    t.rows().forEach(texts::addAll);
                }
            }
        }
        texts.forEach(t -> t.codePoints().forEach(used::add));
        return used;
    }

    // ---- the page ------------------------------------------------------------------------------

    PDType0Font font() {
        return font;
    }

    PDPageContentStream stream() {
        return cs;
    }

    float y() {
        return y;
    }

    void moveDown(float by) {
        y -= by;
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = HEIGHT - TOP;
        pages++;
    }

    /** A new page unless {@code height} still fits on this one. */
    void ensure(float height) throws IOException {
        if (cs == null || y - height < BOTTOM) {
            newPage();
        }
    }

    private void close() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    void show(String text, float x, float baseline, float size) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }

    /** Breaks a text into lines no wider than {@code width} (CJK text breaks between any two characters). */
    List<String> wrap(String text, float size, float width, float firstIndent) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = firstIndent;
        float room = width;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = width(ch, size);
            if (cp == '\n' || used + w > room && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
                if (cp == '\n') {
                    i += Character.charCount(cp);
                    continue;
                }
            }
            line.append(ch);
            used += w;
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
        return lines;
    }

    // ---- blocks --------------------------------------------------------------------------------

    private void cover(TeamReport r) throws IOException {
        newPage();
        y = HEIGHT * 0.64f;
        float size = 22f;
        for (String line : wrap(r.title(), size, TEXT_WIDTH + 20, 0)) {
            show(line, (WIDTH - width(line, size)) / 2, y, size);
            y -= size * 1.6f;
        }
        y -= 40;
        for (String line : r.coverLines()) {
            show(line, (WIDTH - width(line, 14f)) / 2, y, 14f);
            y -= 14f * 2f;
        }
        cs.close();
        cs = null;
    }

    private void heading(String text, float size, float before) throws IOException {
        ensure(before + size * 4); // a heading is not left alone at a page's foot
        y -= before;
        for (String line : wrap(text, size, TEXT_WIDTH, 0)) {
            y -= size;
            show(line, LEFT, y, size);
            y -= size * 0.6f;
        }
        y -= 2;
    }

    private void text(String text, float size, float indent, float after) throws IOException {
        List<String> lines = wrap(text, size, TEXT_WIDTH, indent);
        for (int i = 0; i < lines.size(); i++) {
            ensure(size * LEADING);
            y -= size * LEADING;
            show(lines.get(i), LEFT + (i == 0 ? indent : 0), y + size * (LEADING - 1) / 2, size);
        }
        y -= after;
    }

    private void lines(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            ensure(BODY * 2.2f);
            y -= BODY * 2.2f;
            cs.setLineWidth(0.4f);
            cs.setStrokingColor(0.6f);
            cs.moveTo(LEFT, y);
            cs.lineTo(WIDTH - RIGHT, y);
            cs.stroke();
            cs.setStrokingColor(0f);
        }
    }

    private void chart(Block.Chart c) throws IOException {
        float w = (float) DocxWriter.CHART_WIDTH_PT;
        float h = (float) DocxWriter.CHART_HEIGHT_PT;
        ensure(h + 12);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
        g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawer()); // no font registered: letters as outlines
        ReportCharts.chart(c).draw(g, new Rectangle2D.Double(0, 0, w, h));
        g.dispose();
        PDFormXObject form = g.getXFormObject();
        y -= h + 6;
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(LEFT + (TEXT_WIDTH - w) / 2, y));
        cs.drawForm(form);
        cs.restoreGraphicsState();
        y -= 6;
    }

    private void footers() throws IOException {
        for (int i = 1; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream f = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                String n = "— " + i + " —";
                f.beginText();
                f.setFont(font, 9f);
                f.newLineAtOffset((WIDTH - width(n, 9f)) / 2, BOTTOM / 2);
                f.showText(n);
                f.endText();
            }
        }
    }

    int pages() {
        return pages;
    }
}
