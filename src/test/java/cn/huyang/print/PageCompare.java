package cn.huyang.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Two renderings of the same page compared as images: both PDFs are rendered by PDFBox at 200 dpi in
 * grey, and every dark pixel (ink) of each must have at least faint ink within one pixel (0.13 mm) on
 * the other — the pixel difference left once anti-aliasing and sub-pixel placement are allowed for.
 * Counted per 10 mm square: a digit, a glyph, a word or a line that one page has and the other
 * lacks, or anything moved by a quarter of a millimetre, puts a dozen pixels or more into one square;
 * the renderers' own noise one or two. (200 dpi, not less: PDFBox fills thin rectangles without anti-aliasing, so a
 * 0.15 mm rule can fall between the pixel rows at 150 dpi and vanish.)
 */
public final class PageCompare {
    public static final float DPI = 200;
    /** Ink: darker than mid-grey. */
    private static final int INK = 128;
    /** Faint ink: anything clearly not white, what a line drawn a fraction of a pixel aside leaves. */
    private static final int FAINT = 224;
    /** The square the differing pixels are counted in: 10 mm at 200 dpi. */
    private static final int SQUARE = 79;
    /**
     * At most this many differing pixels in any square. Measured: the same page printed through JavaFX
     * and cups-pdf against its PDF, at most 1; one digit changed (5 → 6), 14; one CJK character, 75.
     */
    public static final int MAX_PER_SQUARE = 8;

    /** One page's comparison: the most differing pixels found in one 10 mm square, and where. */
    public record Result(int page, int worst, int worstX, int worstY, long differing, long ink, BufferedImage diff) {
        public boolean agrees() {
            return worst <= MAX_PER_SQUARE;
        }

        public String describe() {
            return String.format("page %d: %d differing pixels of %d ink, at most %d in one 10 mm square (at %.0f, %.0f mm)",
                    page + 1, differing, ink, worst, worstX * 25.4 / DPI, worstY * 25.4 / DPI);
        }
    }

    private PageCompare() {
    }

    /** The pages of a PDF as grey images at 200 dpi. */
    public static List<BufferedImage> render(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer r = new PDFRenderer(doc);
            List<BufferedImage> out = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                out.add(r.renderImageWithDPI(i, DPI, ImageType.GRAY));
            }
            return out;
        }
    }

    /** The page sizes in points (width, height), to check A4. */
    public static List<PDRectangle> sizes(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDRectangle> out = new ArrayList<>();
            doc.getPages().forEach(p -> out.add(p.getMediaBox()));
            return out;
        }
    }

    /** Compares page {@code page} as printed with the same page as written. */
    public static Result compare(int page, BufferedImage printed, BufferedImage written) {
        int w = Math.min(printed.getWidth(), written.getWidth());
        int h = Math.min(printed.getHeight(), written.getHeight());
        boolean[] a = ink(printed, w, h, INK);
        boolean[] b = ink(written, w, h, INK);
        boolean[] fa = ink(printed, w, h, FAINT);
        boolean[] fb = ink(written, w, h, FAINT);
        int[][] squares = new int[h / SQUARE + 1][w / SQUARE + 1];
        BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        long inkCount = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                boolean onlyA = a[i] && !near(fb, w, h, x, y);
                boolean onlyB = b[i] && !near(fa, w, h, x, y);
                if (a[i] || b[i]) {
                    inkCount++;
                }
                if (onlyA || onlyB) {
                    differing++;
                    squares[y / SQUARE][x / SQUARE]++;
                }
                diff.setRGB(x, y, onlyA ? 0xE00000 : onlyB ? 0x0040E0 : a[i] || b[i] ? 0xB0B0B0 : 0xFFFFFF);
            }
        }
        int worst = 0;
        int wx = 0;
        int wy = 0;
        for (int sy = 0; sy < squares.length; sy++) {
            for (int sx = 0; sx < squares[sy].length; sx++) {
                if (squares[sy][sx] > worst) {
                    worst = squares[sy][sx];
                    wx = sx * SQUARE;
                    wy = sy * SQUARE;
                }
            }
        }
        return new Result(page, worst, wx, wy, differing, inkCount, diff);
    }

    /** Writes the diff image (red: only printed, blue: only in the PDF, grey: both) and both pages under {@code folder}. */
    public static Path keep(Result r, BufferedImage printed, BufferedImage written, Path folder, String name)
            throws IOException {
        Files.createDirectories(folder);
        Path diff = folder.resolve(name + "-page" + (r.page() + 1) + "-diff.png");
        ImageIO.write(r.diff(), "png", diff.toFile());
        ImageIO.write(printed, "png", folder.resolve(name + "-page" + (r.page() + 1) + "-printed.png").toFile());
        ImageIO.write(written, "png", folder.resolve(name + "-page" + (r.page() + 1) + "-pdf.png").toFile());
        return diff;
    }

    /** The image turned a quarter, clockwise or not. */
    static BufferedImage turn(BufferedImage img, boolean clockwise) {
        int w = img.getWidth();
        int h = img.getHeight();
        BufferedImage out = new BufferedImage(h, w, BufferedImage.TYPE_BYTE_GRAY);
        var src = img.getRaster();
        var dst = out.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = src.getSample(x, y, 0);
                if (clockwise) {
                    dst.setSample(h - 1 - y, x, 0, v);
                } else {
                    dst.setSample(y, w - 1 - x, 0, v);
                }
            }
        }
        return out;
    }

    private static boolean[] ink(BufferedImage img, int w, int h, int below) {
        boolean[] out = new boolean[w * h];
        var raster = img.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = raster.getSample(x, y, 0) < below;
            }
        }
        return out;
    }

    private static boolean near(boolean[] ink, int w, int h, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            int yy = y + dy;
            if (yy < 0 || yy >= h) {
                continue;
            }
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx;
                if (xx >= 0 && xx < w && ink[yy * w + xx]) {
                    return true;
                }
            }
        }
        return false;
    }
}
