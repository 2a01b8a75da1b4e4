package cn.huyang.overview.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.jfree.chart.JFreeChart;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The team report as a Word document (.docx) the office edits in WPS or Word: real heading styles
 * (标题 1/2, so the outline and a table of contents work), tables as tables, charts as pictures, text in
 * 宋体 and headings in 黑体 (Times New Roman for Latin text), A4 pages.
 */
public final class DocxWriter {
    /** A chart's size on the page, in points (16 cm wide). */
    static final double CHART_WIDTH_PT = 453;
    static final double CHART_HEIGHT_PT = 255;
    /** Pixels per point of a chart's picture (a sharp print at 200 dpi). */
    static final double PIXELS_PER_PT = 2.8;

    public void write(TeamReport report, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc);
            page(doc);
            doc.getProperties().getCoreProperties().setTitle(report.fileTitle());
            cover(doc, report);
            int figure = 0;
            for (TeamReport.Section s : report.sections()) {
                paragraph(doc, "Heading1", s.heading());
                for (Block b : s.blocks()) {
                    if (b instanceof Block.Paragraph p) {
                        body(doc, p.text());
                    } else if (b instanceof Block.SubHeading h) {
                        paragraph(doc, "Heading2", h.text());
                    } else if (b instanceof Block.Table t) {
                        table(doc, t);
                    } else if (b instanceof Block.Chart c) {
                        chart(doc, c, ++figure);
                    } else if (b instanceof Block.WritingSpace w) {
                        for (int i = 0; i < w.lines(); i++) {
                            doc.createParagraph();
                        }
                    }
                }
            }
            doc.write(out);
        }
    }

    private static void styles(XWPFDocument doc) throws IOException {
        try (var in = DocxWriter.class.getResourceAsStream("report-styles.xml")) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(in).getStyles());
        } catch (XmlException e) {
            throw new IOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1440));
        mar.setBottom(BigInteger.valueOf(1440));
        mar.setLeft(BigInteger.valueOf(1588));
        mar.setRight(BigInteger.valueOf(1474));
    }

    private static void cover(XWPFDocument doc, TeamReport report) {
        for (int i = 0; i < 6; i++) {
            doc.createParagraph();
        }
        paragraph(doc, "Title", report.title());
        doc.createParagraph();
        for (String line : report.coverLines()) {
            XWPFParagraph p = paragraph(doc, "Subtitle", line);
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        XWPFParagraph breakAfter = doc.createParagraph();
        breakAfter.createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = paragraph(doc, "BodyText", text);
        p.setFirstLineIndent(480); // two characters of 12 pt
    }

    private static void table(XWPFDocument doc, Block.Table t) {
        XWPFParagraph caption = paragraph(doc, "Caption", t.caption());
        caption.setAlignment(ParagraphAlignment.CENTER);
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
        table.setStyleID("ReportTable");
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.PCT);
        width.setW(BigInteger.valueOf(5000));
        fill(table.getRow(0), t.headers(), true);
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < t.rows().size(); i++) {
            fill(table.getRow(i + 1), t.rows().get(i), false);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle("TableText");
            XWPFRun r = p.createRun();
            r.setBold(header);
            r.setText(cells.get(i));
            if (header) {
                cell.setColor("E8EEF6");
                p.setAlignment(ParagraphAlignment.CENTER);
            }
        }
    }

    private static void chart(XWPFDocument doc, Block.Chart c, int figure) throws IOException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        byte[] png = png(ReportCharts.chart(c));
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "chart" + figure + ".png",
                    Units.toEMU(CHART_WIDTH_PT), Units.toEMU(CHART_HEIGHT_PT));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** A chart drawn at the size it takes on the page, sharp enough to print. */
    static byte[] png(JFreeChart chart) throws IOException {
        int w = (int) Math.round(CHART_WIDTH_PT * PIXELS_PER_PT);
        int h = (int) Math.round(CHART_HEIGHT_PT * PIXELS_PER_PT);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(PIXELS_PER_PT, PIXELS_PER_PT);
        chart.draw(g, new Rectangle2D.Double(0, 0, CHART_WIDTH_PT, CHART_HEIGHT_PT));
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
