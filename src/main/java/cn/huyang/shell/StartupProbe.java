package cn.huyang.shell;

import cn.huyang.common.ui.FxHeartbeat;
import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The start-up measurement ({@code -Dhuyang.startupProbe=true}: the benchmarks' and {@code bench/cold.sh}'s).
 * From the window shown until the first tab has loaded it notes the longest wait of a task posted to the
 * JavaFX thread every 10 ms (the thread busy) and the longest time between two frames (the window not
 * drawn anew: also the renderer's work). Then it prints when the window showed and when the first tab had
 * loaded (JVM uptime) and those two waits, and quits.
 */
final class StartupProbe {
    static final String PROPERTY = "huyang.startupProbe";

    private final long shownAt = uptime();
    private final FxHeartbeat heartbeat = FxHeartbeat.start();
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastFrame != 0) {
                longestGap = Math.max(longestGap, now - lastFrame);
            }
            lastFrame = now;
        }
    };
    private long lastFrame;
    private long longestGap;

    private StartupProbe() {
    }

    /** The probe, if asked for, started now that the window shows; else null. */
    static StartupProbe ifAsked() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return null;
        }
        StartupProbe probe = new StartupProbe();
        probe.frames.start();
        return probe;
    }

    /** The first tab has loaded: the figures printed, and the program quits. */
    void loaded() {
        heartbeat.stop();
        frames.stop();
        System.out.println("window-shown-ms=" + shownAt + " roster-loaded-ms=" + uptime()
                + " fx-longest-stall-ms=" + heartbeat.longestMs() + " longest-frame-gap-ms=" + longestGap / 1_000_000);
        Platform.exit();
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
