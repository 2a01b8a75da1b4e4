package cn.huyang.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Printed pages independent of where they go: text and lines positioned in millimetres from the
 * top-left corner of an A4 sheet. A PDF renderer and a JavaFX renderer (printer and preview) draw
 * the same pages, so the paper and the PDF match.
 */
public final class Layout {
    public static final double A4_WIDTH_MM = 210;
    public static final double A4_HEIGHT_MM = 297;
    public static final double PT_PER_MM = 72 / 25.4;

    private Layout() {
    }

    /** One piece of a page. */
    public sealed interface Item permits Text, Line {
    }

    /** A line of text: its left edge and baseline in mm, its size in points. Never wrapped by a renderer. */
    public record Text(double x, double baseline, double size, String text) implements Item {
    }

    /** A straight line in mm, its stroke width in mm. */
    public record Line(double x1, double y1, double x2, double y2, double width) implements Item {
    }

    /** One A4 page, portrait unless made {@link #landscape()}; positions are from its top-left corner as read. */
    public static final class Page {
        private final List<Item> items = new ArrayList<>();
        private final boolean landscape;

        /** A portrait page. */
        public Page() {
            this(false);
        }

        private Page(boolean landscape) {
            this.landscape = landscape;
        }

        /** A landscape page: 297 mm wide, 210 mm high. */
        public static Page landscape() {
            return new Page(true);
        }

        public boolean isLandscape() {
            return landscape;
        }

        /** The page's width as read, in mm. */
        public double width() {
            return landscape ? A4_HEIGHT_MM : A4_WIDTH_MM;
        }

        /** The page's height as read, in mm. */
        public double height() {
            return landscape ? A4_WIDTH_MM : A4_HEIGHT_MM;
        }

        public List<Item> items() {
            return items;
        }

        public void text(double x, double baseline, double size, String text) {
            if (text != null && !text.isEmpty()) {
                items.add(new Text(x, baseline, size, text));
            }
        }

        public void line(double x1, double y1, double x2, double y2, double width) {
            items.add(new Line(x1, y1, x2, y2, width));
        }

        public void rect(double x, double y, double w, double h, double width) {
            line(x, y, x + w, y, width);
            line(x + w, y, x + w, y + h, width);
            line(x + w, y + h, x, y + h, width);
            line(x, y + h, x, y, width);
        }
    }
}
