package cn.huyang.common.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Where a window may go: the visual bounds (without the task bar) of the screen its owner is on, in
 * the logical pixels JavaFX lays out in (a 1920×1080 screen at 150 % is 1280×720 here). Every
 * dialog sizes itself through {@link #fit} so that none is larger than the screen.
 */
public final class Screens {
    /** A smaller screen the screen tests emulate (Monocle's headless screen cannot scale); null for the real one. */
    private static volatile Rectangle2D emulated;

    private Screens() {
    }

    /**
     * Makes every window believe the screen is {@code bounds} (at the top left of the real one);
     * null ends it. For the screen tests: a 1024×768 screen at 150 % is 683×512.
     */
    public static void emulate(Rectangle2D bounds) {
        emulated = bounds;
    }

    /** The visual bounds of the screen the window (or the primary screen, for null) is on. */
    public static Rectangle2D bounds(Window window) {
        Rectangle2D real = Screen.getPrimary().getVisualBounds();
        if (window != null && window.getWidth() > 0) {
            var on = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(), window.getHeight());
            if (!on.isEmpty()) {
                real = on.get(0).getVisualBounds();
            }
        }
        Rectangle2D e = emulated;
        return e == null ? real : e;
    }

    /** The primary screen's visual bounds (or the emulated one). */
    public static Rectangle2D primary() {
        return bounds(null);
    }

    /**
     * Sizes a window to the wanted size or the screen's, whichever is smaller, leaving a margin,
     * and keeps it on the screen of its owner.
     */
    public static void fit(Stage stage, Window owner, double width, double height) {
        Rectangle2D b = bounds(owner);
        double w = Math.min(width, b.getWidth() - 16);
        double h = Math.min(height, b.getHeight() - 16);
        stage.setWidth(w);
        stage.setHeight(h);
        keepOn(stage, owner);
    }

    /**
     * Once shown, a window larger than the screen is made to fit it and a window partly off the
     * screen is moved onto it (a dialog grows with its refusals; the owner may sit near an edge).
     */
    public static void keepOn(Stage stage, Window owner) {
        Runnable clamp = () -> {
            Rectangle2D b = bounds(owner);
            if (stage.getWidth() > b.getWidth()) {
                stage.setWidth(b.getWidth());
            }
            if (stage.getHeight() > b.getHeight()) {
                stage.setHeight(b.getHeight());
            }
            if (Double.isNaN(stage.getX()) || Double.isNaN(stage.getY())) {
                return; // not placed yet: it is centred on its owner when shown
            }
            stage.setX(Math.max(b.getMinX(), Math.min(stage.getX(), b.getMaxX() - stage.getWidth())));
            stage.setY(Math.max(b.getMinY(), Math.min(stage.getY(), b.getMaxY() - stage.getHeight())));
        };
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> clamp.run());
        stage.heightProperty().addListener((o, a, h) -> {
            if (stage.isShowing()) {
                clamp.run();
            }
        });
        stage.widthProperty().addListener((o, a, w) -> {
            if (stage.isShowing()) {
                clamp.run();
            }
        });
    }
}
