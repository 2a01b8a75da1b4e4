package cn.huyang.print;

import java.io.InputStream;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws layout pages as JavaFX nodes in points (1/72 inch), the unit JavaFX printing uses: an
 * A4 sheet is 595 × 842. The same nodes, scaled, are the on-screen preview. Text uses the shipped
 * font, so the paper matches the PDF. A landscape page is 842 × 595.
 */
public final class FxPageRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(FxPageRenderer.class);
    public static final double WIDTH_PT = Layout.A4_WIDTH_MM * Layout.PT_PER_MM;
    public static final double HEIGHT_PT = Layout.A4_HEIGHT_MM * Layout.PT_PER_MM;
    private static volatile String family;

    private FxPageRenderer() {
    }

    /** The shipped font's family, loaded into JavaFX once; the system's default if it cannot be loaded. */
    static String family() {
        String f = family;
        if (f == null) {
            synchronized (FxPageRenderer.class) {
                f = family;
                if (f == null) {
                    try (InputStream in = FormFont.open()) {
                        Font[] fonts = Font.loadFonts(in, 10);
                        f = fonts != null && fonts.length > 0 ? fonts[0].getFamily() : Font.getDefault().getFamily();
                    } catch (Exception e) {
                        LOG.warn("Could not load the form font into JavaFX", e);
                        f = Font.getDefault().getFamily();
                    }
                    family = f;
                }
            }
        }
        return f;
    }

    /** One page as a white A4 sheet of nodes, portrait or landscape as the page is. */
    public static Pane render(Layout.Page page) {
        Pane sheet = new Pane();
        double w = page.width() * Layout.PT_PER_MM;
        double h = page.height() * Layout.PT_PER_MM;
        sheet.setPrefSize(w, h);
        sheet.setMinSize(w, h);
        sheet.setMaxSize(w, h);
        sheet.setStyle("-fx-background-color: white;");
        String fam = family();
        double pt = Layout.PT_PER_MM;
        for (Layout.Item item : page.items()) {
            if (item instanceof Layout.Line l) {
                Line line = new Line(l.x1() * pt, l.y1() * pt, l.x2() * pt, l.y2() * pt);
                line.setStrokeWidth(l.width() * pt);
                line.setStroke(Color.BLACK);
                sheet.getChildren().add(line);
            } else if (item instanceof Layout.Text t) {
                Text text = new Text(t.x() * pt, t.baseline() * pt, t.text());
                text.setFont(Font.font(fam, t.size()));
                text.setTextOrigin(VPos.BASELINE);
                sheet.getChildren().add(text);
            }
        }
        return sheet;
    }

    public static List<Pane> render(List<Layout.Page> pages) {
        return pages.stream().map(FxPageRenderer::render).toList();
    }
}
