package cn.huyang.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** A printed job (the PDF cups-pdf wrote) against the PDF the program writes: same pages, A4, same look. */
public final class PrintedPages {
    /** Where the pages are kept to look at, and the diff images when they do not agree. */
    static final Path KEEP = Path.of("target", "printed");

    private PrintedPages() {
    }

    /**
     * The printed page as the PDF page stands: a landscape page comes out of a printer on portrait
     * paper, turned a quarter; it is turned back the way that matches best.
     */
    static BufferedImage upright(BufferedImage printed, BufferedImage written) {
        boolean turned = (printed.getWidth() > printed.getHeight()) != (written.getWidth() > written.getHeight());
        if (!turned) {
            return printed;
        }
        BufferedImage left = PageCompare.turn(printed, false);
        BufferedImage right = PageCompare.turn(printed, true);
        return PageCompare.compare(0, left, written).differing() <= PageCompare.compare(0, right, written).differing()
                ? left : right;
    }

    public static void assertAgree(Path printed, Path written, int pages, String name) throws Exception {
        List<PDRectangle> sizes = PageCompare.sizes(printed);
        assertThat(sizes).as("pages printed").hasSize(pages);
        assertThat(PageCompare.sizes(written)).as("pages of the PDF").hasSize(pages);
        for (PDRectangle s : sizes) {
            double w = Math.min(s.getWidth(), s.getHeight());
            double h = Math.max(s.getWidth(), s.getHeight());
            assertThat(w).as("A4 width in points").isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1.0));
            assertThat(h).as("A4 height in points").isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1.0));
        }
        List<BufferedImage> a = PageCompare.render(printed);
        List<BufferedImage> b = PageCompare.render(written);
        List<String> disagree = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            BufferedImage printedPage = upright(a.get(i), b.get(i));
            a.set(i, printedPage);
            PageCompare.Result r = PageCompare.compare(i, printedPage, b.get(i));
            System.out.println(name + " " + r.describe());
            if (!r.agrees()) {
                Path diff = PageCompare.keep(r, a.get(i), b.get(i), KEEP, name);
                disagree.add(r.describe() + " — see " + diff.toAbsolutePath());
            }
        }
        java.nio.file.Files.createDirectories(KEEP);
        ImageIO.write(a.get(0), "png", KEEP.resolve(name + "-printed-page1.png").toFile());
        if (!disagree.isEmpty()) {
            fail("The printed pages of " + printed + " do not match " + written + ":\n" + String.join("\n", disagree));
        }
    }
}
