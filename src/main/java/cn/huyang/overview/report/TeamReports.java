package cn.huyang.overview.report;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.ValidationException;
import cn.huyang.overview.Period;
import cn.huyang.overview.TeamFigures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * 队伍建设情况汇报: built from the team's figures, written as .docx or PDF (by the file's ending), and
 * rendered page by page for the preview. Writing a file is an export: the user needs the right, and it
 * leaves an audit row.
 */
public final class TeamReports {
    private final TeamFigures figures;
    private final Access access;

    public TeamReports(TeamFigures figures, Access access) {
        this.figures = figures;
        this.access = access;
    }

    public TeamFigures figures() {
        return figures;
    }

    public TeamReport build(Period period, Long departmentId) {
        return new ReportBuilder(figures).build(period, departmentId);
    }

    /** The period's label as the cover writes it. */
    public String label(Period period) {
        return new ReportBuilder(figures).label(period);
    }

    /** The period's short label (2026 年下半年). */
    public String shortLabel(Period period) {
        return new ReportBuilder(figures).shortLabel(period);
    }

    /** The kinds of file a report is written as. */
    public enum Format {
        DOCX, PDF;

        /** By the file's ending (.docx or .pdf); anything else is refused naming the field. */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".docx")) {
                return DOCX;
            }
            if (name.endsWith(".pdf")) {
                return PDF;
            }
            throw new ValidationException(FieldError.of("report.field.out", "report.validation.format"));
        }
    }

    /** Writes the report to a file (through a temporary file beside it: a failure leaves no half file). */
    public Path write(TeamReport report, Path file, String periodCode, Long departmentId) throws IOException {
        Format format = Format.of(file);
        access.guard().requireSome(Operation.EXPORT);
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, ".huyang-report", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(report, format, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", "teamReport");
        details.put("period", periodCode);
        details.put("department", departmentId == null ? "" : departmentId.toString());
        details.put("file", file.getFileName() == null ? "" : file.getFileName().toString());
        access.audit().record(AuditAction.EXPORT, "teamReport", null, details);
        return file;
    }

    public void write(TeamReport report, Format format, OutputStream out) throws IOException {
        if (format == Format.DOCX) {
            new DocxWriter().write(report, out);
        } else {
            new PdfReportWriter().write(report, out);
        }
    }

    /** The report as a PDF in memory (what the preview shows). */
    public byte[] pdf(TeamReport report) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        new PdfReportWriter().write(report, bytes);
        return bytes.toByteArray();
    }

    /** The pages of a PDF as pictures at {@code dpi} (the preview). */
    public static List<BufferedImage> pages(byte[] pdf, float dpi) throws IOException {
        List<BufferedImage> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                out.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
        }
        return out;
    }
}
