package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A remembered window place is used only when it would show on a screen there is now. */
class WindowPlacementTest {
    private static final List<Rectangle2D> ONE_SCREEN = List.of(new Rectangle2D(0, 0, 1366, 728));

    @Test
    void aPlaceOnTheScreenIsUsed() {
        assertThat(new WindowPlacement(100, 50, 1200, 700, false).fitsOn(ONE_SCREEN)).isTrue();
    }

    @Test
    void aPlaceOnAMonitorThatIsGoneIsIgnored() {
        // Saved on a second monitor to the right, which is unplugged now.
        assertThat(new WindowPlacement(1920, 100, 1200, 700, false).fitsOn(ONE_SCREEN)).isFalse();
        // Title bar above the top edge: the window could not be dragged back.
        assertThat(new WindowPlacement(100, -400, 1200, 700, false).fitsOn(ONE_SCREEN)).isFalse();
        // Only a sliver would show.
        assertThat(new WindowPlacement(1330, 100, 1200, 700, false).fitsOn(ONE_SCREEN)).isFalse();
    }

    @Test
    void anAbsurdSizeIsIgnored() {
        assertThat(new WindowPlacement(0, 0, 50, 20, false).fitsOn(ONE_SCREEN)).isFalse();
    }

    @Test
    void itSurvivesTheSettingsFile(@TempDir Path dir) {
        Settings s = Settings.load(dir.resolve("settings.properties"));
        new WindowPlacement(10, 20, 1000, 600, true).store(s);
        s.save();
        var back = WindowPlacement.from(Settings.load(dir.resolve("settings.properties")));
        assertThat(back).contains(new WindowPlacement(10, 20, 1000, 600, true));
    }

    @Test
    void aDamagedSettingsFileGivesNoPlace(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("settings.properties"), "window.x=abc\nwindow.y=1\n");
        assertThat(WindowPlacement.from(Settings.load(dir.resolve("settings.properties")))).isEmpty();
    }

    @Test
    void aPlaceRememberedOnALargerScreenIsShrunkIntoTheSmallerOne() {
        // Worked at 1366×768, restarted at 1024×768: the window fills the small screen, nothing off it.
        Rectangle2D small = new Rectangle2D(0, 0, 1024, 728);
        WindowPlacement p = WindowPlacement.on(new WindowPlacement(100, 20, 1280, 700, false), List.of(small), small,
                1280, 760);
        assertThat(p.maximized()).isTrue();
        assertThat(p.x()).isGreaterThanOrEqualTo(0);
        assertThat(p.x() + p.width()).isLessThanOrEqualTo(1024);
        assertThat(p.y() + p.height()).isLessThanOrEqualTo(728);
    }

    @Test
    void aPlaceThatFitsIsMovedOntoTheScreenOnly() {
        // At 150 % a 1920×1080 screen is 1280×720 logical: a 1200×700 window at (300, 200) moves up and left.
        Rectangle2D scaled = new Rectangle2D(0, 0, 1280, 720);
        WindowPlacement p = WindowPlacement.on(new WindowPlacement(300, 200, 1200, 700, false), List.of(scaled),
                scaled, 1280, 760);
        assertThat(p).isEqualTo(new WindowPlacement(80, 20, 1200, 700, false));
    }

    @Test
    void aNewWindowIsCentredOnALargeScreenAndMaximisedOnASmallOne() {
        Rectangle2D large = new Rectangle2D(0, 0, 1920, 1040);
        assertThat(WindowPlacement.on(null, List.of(large), large, 1280, 760))
                .isEqualTo(new WindowPlacement(320, 140, 1280, 760, false));
        Rectangle2D small = new Rectangle2D(0, 0, 1366, 728);
        assertThat(WindowPlacement.on(null, List.of(small), small, 1280, 760))
                .isEqualTo(new WindowPlacement(0, 0, 1366, 728, true));
        // A place on a monitor that is gone counts as none.
        assertThat(WindowPlacement.on(new WindowPlacement(2000, 100, 1000, 600, false), List.of(large), large,
                1280, 760)).isEqualTo(new WindowPlacement(320, 140, 1280, 760, false));
    }
}
