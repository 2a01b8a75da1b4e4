package cn.huyang.shell;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * A remembered window position and size, used again only when enough of the window (its title
 * bar, at least) would lie on one of the screens there are now.
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
