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
}
