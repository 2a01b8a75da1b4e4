package cn.huyang.shell;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * A window position and size: remembered at close, and used again at the next start only as far
 * as it fits the screen there is now. A place remembered on a larger screen (or at a smaller
 * scaling) is moved and shrunk into the screen's visual bounds; a new window is centred, and
 * maximised on a small screen.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    static final double MIN_VISIBLE = 80;

    public static Optional<WindowPlacement> from(Settings settings) {
        var x = settings.getDouble("window.x");
        var y = settings.getDouble("window.y");
        var w = settings.getDouble("window.width");
        var h = settings.getDouble("window.height");
        if (x.isEmpty() || y.isEmpty() || w.isEmpty() || h.isEmpty()) {
            return Optional.empty();
        }
        boolean max = settings.get("window.maximized").map(Boolean::parseBoolean).orElse(false);
        return Optional.of(new WindowPlacement(x.get(), y.get(), w.get(), h.get(), max));
    }

    public void store(Settings settings) {
        settings.put("window.x", String.valueOf(x));
        settings.put("window.y", String.valueOf(y));
        settings.put("window.width", String.valueOf(width));
        settings.put("window.height", String.valueOf(height));
        settings.put("window.maximized", String.valueOf(maximized));
    }

    /**
     * Where the window goes now: the remembered place (may be null) clamped into the visual bounds
     * of the screen it was on (the primary screen when it is gone); a new window centred at the
     * default size, or maximised when the screen is smaller than that.
     */
    public static WindowPlacement on(WindowPlacement remembered, List<Rectangle2D> screens, Rectangle2D primary,
                                     double defaultWidth, double defaultHeight) {
        if (remembered == null || !remembered.fitsOn(screens)) {
            return centred(primary, defaultWidth, defaultHeight);
        }
        Rectangle2D screen = remembered.screenAmong(screens, primary);
        if (remembered.width > screen.getWidth() || remembered.height > screen.getHeight()) {
            // Remembered on a larger screen: maximised where the screen is small, else centred in it.
            return small(screen, defaultWidth, defaultHeight) ? maximisedOn(screen)
                    : centred(screen, Math.min(remembered.width, screen.getWidth()),
                    Math.min(remembered.height, screen.getHeight()));
        }
        double nx = Math.max(screen.getMinX(), Math.min(remembered.x, screen.getMaxX() - remembered.width));
        double ny = Math.max(screen.getMinY(), Math.min(remembered.y, screen.getMaxY() - remembered.height));
        return new WindowPlacement(nx, ny, remembered.width, remembered.height, remembered.maximized);
    }

    /** A screen on which the default size does not fit with a margin: the window is maximised there. */
    static boolean small(Rectangle2D screen, double defaultWidth, double defaultHeight) {
        return screen.getWidth() < defaultWidth + 40 || screen.getHeight() < defaultHeight + 40;
    }

    private static WindowPlacement centred(Rectangle2D screen, double w, double h) {
        if (small(screen, w, h)) {
            return maximisedOn(screen);
        }
        return new WindowPlacement(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h, false);
    }

    private static WindowPlacement maximisedOn(Rectangle2D screen) {
        return new WindowPlacement(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight(), true);
    }

    /** The screen holding most of the window. */
    private Rectangle2D screenAmong(List<Rectangle2D> screens, Rectangle2D fallback) {
        Rectangle2D best = fallback;
        double most = 0;
        for (Rectangle2D s : screens) {
            double w = Math.min(x + width, s.getMaxX()) - Math.max(x, s.getMinX());
            double h = Math.min(y + height, s.getMaxY()) - Math.max(y, s.getMinY());
            if (w > 0 && h > 0 && w * h > most) {
                most = w * h;
                best = s;
            }
        }
        return best;
    }

    /** True when the title bar's strip would show on some screen, and the size is sane. */
    public boolean fitsOn(List<Rectangle2D> screens) {
        if (width < 200 || height < 150) {
            return false;
        }
        Rectangle2D titleBar = new Rectangle2D(x, y, width, 30);
        for (Rectangle2D screen : screens) {
            if (screen.intersects(titleBar)) {
                double visibleWidth = Math.min(x + width, screen.getMaxX()) - Math.max(x, screen.getMinX());
                double top = Math.max(y, screen.getMinY());
                if (visibleWidth >= MIN_VISIBLE && top < screen.getMaxY() - 30 && y >= screen.getMinY() - 10) {
                    return true;
                }
            }
        }
        return false;
    }
}
