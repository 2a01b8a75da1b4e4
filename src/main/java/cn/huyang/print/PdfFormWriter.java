package cn.huyang.print;

import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Forms to PDF with PDFBox: A4 (portrait, or landscape where a layout's page is), the shipped CJK
 * font embedded as a subset (the text stays selectable and searchable), one file per form or one
 * combined file. Any {@link FormLayout} is written the same way; the appraisal form is the default.
 * The font is parsed once per program and shared by every document.
 */
public final class PdfFormWriter {
    private static final float PT = (float) Layout.PT_PER_MM;

    private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final Messages messages;
    private final AppraisalFormLayout layout;
    private final FormFont font;

    public PdfFormWriter(Messages messages) {
        this.messages = messages;
        this.font = FormFont.get();
        this.layout = new AppraisalFormLayout(messages, font);
    }

    /** Appraisal forms in one document; see {@link #write(FormLayout, List, OutputStream, Progress, BooleanSupplier)}. */
    public void write(List<AppraisalForm> forms, OutputStream out, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        write(layout, forms, out, progress, cancelled);
    }

    /**
     * One document holding the given forms of any kind, one after another. The pages are laid out
     * first; the font is then cut down to the characters they use (a TrueType subset with its own
     * cmap, a few dozen KB) and that subset is embedded whole. PDFBox's own subsetting would first
     * describe all 29,000 glyphs of the CJK font in every document, which costs some 60 ms a document.
     */
    public <T> void write(FormLayout<T> kind, List<T> forms, OutputStream out, Progress progress,
                          BooleanSupplier cancelled) throws IOException {
        List<List<Layout.Page>> laidOut = new ArrayList<>(forms.size());
        Set<Integer> used = new TreeSet<>();
        int done = 0;
        for (T f : forms) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            List<Layout.Page> pages = kind.layout(f);
            for (Layout.Page page : pages) {
                for (Layout.Item item : page.items()) {
                    if (item instanceof Layout.Text t) {
                        t.text().codePoints().forEach(used::add);
                    }
                }
            }
            laidOut.add(pages);
            progress.update(++done / 2, forms.size());
        }
        byte[] subset = subset(used);
        try (PDDocument doc = new PDDocument()) {
            PDType0Font pdf = PDType0Font.load(doc, new ByteArrayInputStream(subset), false);
            for (int i = 0; i < laidOut.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                draw(doc, pdf, laidOut.get(i));
                progress.update((forms.size() + i + 1) / 2, forms.size());
            }
            describe(doc, kind.documentTitle(forms));
            doc.save(out);
        }
    }

    /** The shipped font cut down to the given characters ({@link FontSubset}). */
    private byte[] subset(Set<Integer> codePoints) throws IOException {
        return FontSubset.of(font, codePoints);
    }

    public void write(AppraisalForm form, OutputStream out) throws IOException {
        write(List.of(form), out, Progress.NONE, () -> false);
    }

    /** Appraisal forms into a folder; see {@link #writeFiles(FormLayout, List, Path, boolean, String, Progress, BooleanSupplier)}. */
    public List<Path> writeFiles(List<AppraisalForm> forms, Path folder, boolean single, String singleName,
                                 Progress progress, BooleanSupplier cancelled) throws IOException {
        return writeFiles(layout, forms, folder, single, singleName, progress, cancelled);
    }

    /**
     * Writes the forms into a folder: one PDF per form, named by its layout
     * ({@code 2025-计算机系-张伟.pdf}, a second of the same name {@code …-2.pdf}), or all in one file
     * named {@code singleName} when {@code single}. Returns the files written. Stops between forms
     * when cancelled.
     */
    public <T> List<Path> writeFiles(FormLayout<T> kind, List<T> forms, Path folder, boolean single,
                                     String singleName, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        if (single) {
            Path file = folder.resolve(safe(singleName) + ".pdf");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                write(kind, forms, out, progress, cancelled);
            }
            written.add(file);
            return written;
        }
        Set<String> names = new HashSet<>();
        int done = 0;
        for (T f : forms) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            String base = safe(kind.fileName(f));
            String name = base;
            for (int i = 2; !names.add(name); i++) {
                name = base + "-" + i;
            }
            Path file = folder.resolve(name + ".pdf");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                write(kind, List.of(f), out, Progress.NONE, () -> false);
            }
            written.add(file);
            progress.update(++done, forms.size());
        }
        return written;
    }

    /** A file name without the characters Windows refuses. */
    static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }

    private void describe(PDDocument doc, String title) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Huyang");
        info.setProducer("Huyang / Apache PDFBox");
        info.setCreationDate(Calendar.getInstance());
        doc.getDocumentCatalog().setLanguage(messages.isChinese() ? "zh-CN" : "en");
    }

    private void draw(PDDocument doc, PDType0Font pdf, List<Layout.Page> pages) throws IOException {
        for (Layout.Page page : pages) {
            PDPage p = new PDPage(page.isLandscape() ? LANDSCAPE : PDRectangle.A4);
            doc.addPage(p);
            float height = p.getMediaBox().getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                double width = -1;
                for (Layout.Item item : page.items()) {
                    if (item instanceof Layout.Line l) {
                        if (l.width() != width) {
                            cs.setLineWidth((float) (l.width() * PT));
                            width = l.width();
                        }
                        cs.moveTo((float) (l.x1() * PT), height - (float) (l.y1() * PT));
                        cs.lineTo((float) (l.x2() * PT), height - (float) (l.y2() * PT));
                        cs.stroke();
                    }
                }
                cs.beginText();
                double size = -1;
                for (Layout.Item item : page.items()) {
                    if (item instanceof Layout.Text t) {
                        if (t.size() != size) {
                            cs.setFont(pdf, (float) t.size());
                            size = t.size();
                        }
                        cs.setTextMatrix(org.apache.pdfbox.util.Matrix.getTranslateInstance((float) (t.x() * PT),
                                height - (float) (t.baseline() * PT)));
                        cs.showText(printable(t.text()));
                    }
                }
                cs.endText();
            }
        }
    }

    /** The text with any character the font lacks shown as a white square, never a failure. */
    private String printable(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (!font.covers(cp)) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                out.append('\u25A1');
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += len;
        }
        return out == null ? s : out.toString();
    }
}
