package cn.huyang.print;

import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Paper;
import java.awt.print.Printable;
import java.awt.print.PrinterAbortException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javax.print.PrintService;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;

/**
 * Prints forms without JavaFX, as the command line does: the forms are written to a PDF exactly as
 * {@code --out} writes them, and each PDF page is drawn on the printer by PDFBox through the Java
 * print service (Java 2D) at its true size and place on A4 — what the printer gets is the PDF page.
 * Honest about the result through {@link PrintRun}.
 */
public final class PdfPrinter {
    private static final double A4_W = PDRectangle.A4.getWidth();
    private static final double A4_H = PDRectangle.A4.getHeight();

    private PdfPrinter() {
    }

    /**
     * Prints the forms on the printer, {@code copies} times; stops between pages when cancelled.
     *
     * @throws PrintProblem when the printer cannot print, refused the job, or never received it
     */
    public static <T> PrintReceipt print(PrintRun run, Messages m, FormLayout<T> kind, List<T> forms, String printer,
                                         int copies, Progress progress, BooleanSupplier cancelled) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024 * Math.max(1, forms.size()));
        new PdfFormWriter(m).write(kind, forms, pdf, Progress.NONE, cancelled);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            String title = kind.documentTitle(forms);
            return run.send(printer, forms.size(), doc.getNumberOfPages(), copies, () -> {
                PrintService service = PrinterCheck.service(printer);
                if (service == null) {
                    throw new PrintProblem(PrintProblem.Kind.ABSENT, printer, String.join("、", PrinterCheck.printers()));
                }
                PrinterJob job = PrinterJob.getPrinterJob();
                job.setPrintService(service);
                job.setJobName(title);
                job.setPageable(new Pages(doc, job, progress, cancelled));
                PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
                attributes.add(new Copies(copies));
                attributes.add(MediaSizeName.ISO_A4);
                attributes.add(new JobName(title, m.locale()));
                try {
                    job.print(attributes);
                } catch (PrinterAbortException e) {
                    throw new CancellationException();
                }
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
            });
        }
    }

    /** The document's pages on A4, each drawn from the paper's corner, landscape where the page is wider than high. */
    private static final class Pages implements Pageable {
        private final PDDocument doc;
        private final PDFRenderer renderer;
        private final PrinterJob job;
        private final Progress progress;
        private final BooleanSupplier cancelled;

        Pages(PDDocument doc, PrinterJob job, Progress progress, BooleanSupplier cancelled) {
            this.doc = doc;
            this.renderer = new PDFRenderer(doc);
            this.job = job;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        @Override
        public int getNumberOfPages() {
            return doc.getNumberOfPages();
        }

        @Override
        public PageFormat getPageFormat(int i) {
            PDRectangle box = doc.getPage(i).getMediaBox();
            Paper paper = new Paper();
            paper.setSize(A4_W, A4_H);
            paper.setImageableArea(0, 0, A4_W, A4_H);
            PageFormat format = new PageFormat();
            format.setPaper(paper);
            format.setOrientation(box.getWidth() > box.getHeight() ? PageFormat.LANDSCAPE : PageFormat.PORTRAIT);
            return format;
        }

        @Override
        public Printable getPrintable(int i) {
            return (graphics, format, index) -> {
                if (index >= doc.getNumberOfPages()) {
                    return Printable.NO_SUCH_PAGE;
                }
                if (cancelled.getAsBoolean()) {
                    job.cancel();
                    return Printable.NO_SUCH_PAGE;
                }
                Graphics2D g = (Graphics2D) graphics;
                g.setBackground(Color.WHITE); // PDFBox clears the page first; a printer's graphics clear to black
                try {
                    renderer.renderPageToGraphics(index, g, 1f, 1f, RenderDestination.PRINT);
                } catch (IOException e) {
                    throw new PrinterException(e.toString());
                }
                progress.update(index + 1, doc.getNumberOfPages());
                return Printable.PAGE_EXISTS;
            };
        }
    }
}
