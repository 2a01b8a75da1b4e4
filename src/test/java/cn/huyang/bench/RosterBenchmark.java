package cn.huyang.bench;

import cn.huyang.shell.FxDialogService;
import cn.huyang.app.AppContext;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.roster.RosterView;
import cn.huyang.roster.RosterViewModel;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.FxHeartbeat;
import cn.huyang.common.ui.Styles;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The roster at the region's scale: generates N counselors (default 10,000) and prints generation
 * time, roster load time, time per filter keystroke, check time, the longest JavaFX-thread stall,
 * peak heap, and the start-up of a bare JavaFX window against the application's main window.
 * Run with {@code ./mvnw -Pbenchmark verify} (headless with Monocle unless a DISPLAY is set).
 */
public final class RosterBenchmark {
    private static final String[] KEYSTROKES = {"张", "张伟", "张", "", "6529", "652901", "6529011", "", "139", "1391",
            "", "古丽", "古", "", "李", "李娜", ""};
    private static final int WARM_UPS = 5;
    private static final int RUNS = 9;

    private RosterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getProperty("benchmark.counselors", "10000"));
        // The data folder is the default one under a temporary XDG_DATA_HOME, so the timed start-up
        // below is the everyday start: no arguments at all.
        Path home = Files.createTempDirectory("huyang-bench");
        Path dir = home.resolve("huyang");
        Messages m = Messages.forLanguage("zh");
        System.out.printf("Huyang roster benchmark: %,d counselors, data folder %s%n", n, dir);

        long t0 = System.nanoTime();
        try (H2Store db = H2Store.open(new DataFolder(dir))) {
            AppContext ctx = new AppContext(db, m, Clock.systemDefaultZone());
            ctx.demo().generate(new DemoDataGenerator.Request(n, 5, 20261128), false, Progress.NONE);
            System.out.printf("generation:            %,8d ms%n", ms(t0));

            int year = ctx.roster().today().getYear();
            ctx.findings().findings(year).stream().map(cn.huyang.findings.TrackedFinding::finding).toList(); // warm-up
            long c0 = System.nanoTime();
            int findings = ctx.findings().findings(year).stream().map(cn.huyang.findings.TrackedFinding::finding).toList().size();
            System.out.printf("check:                 %,8d ms (%,d findings)%n", ms(c0), findings);

            measureUi(ctx, m, dir);
        }
        System.out.printf("peak heap used:        %,8d MB%n", peakHeapMb());

        if (!Boolean.getBoolean("benchmark.skipStartup")) {
            startup(home);
        }
    }

    private static void measureUi(AppContext ctx, Messages m, Path dir) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxBackgroundRunner runner = new FxBackgroundRunner();

        RosterViewModel[] vm = new RosterViewModel[1];
        onFx(() -> {
            vm[0] = new RosterViewModel(ctx.roster(), runner, m);
            RosterView view = new RosterView(vm[0], () -> null, new FxDialogService(m, dir), () -> null, () -> { });
            Stage stage = new Stage();
            Scene scene = new Scene((javafx.scene.Parent) view.node(), 1280, 760);
            scene.getStylesheets().add(Styles.stylesheet());
            stage.setScene(scene);
            stage.show();
        });
        Thread.sleep(500);
        // the first load in this JVM (the tab opened for the first time: every row and cell made, the code
        // cold), then the everyday one once the JIT has settled, as in OverviewBenchmark
        FxHeartbeat firstWait = FxHeartbeat.start();
        long first = load(vm[0]);
        firstWait.stop();
        for (int i = 0; i < WARM_UPS; i++) {
            load(vm[0]);
        }
        FxHeartbeat heartbeat = FxHeartbeat.start();
        List<Long> loads = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            loads.add(load(vm[0]));
        }
        System.out.printf("roster load (first):   %,8d ms; the JavaFX thread's longest wait %,d ms%n", first,
                firstWait.longestMs());
        System.out.printf("roster load (warm):    %,8d ms (median of %d after %d warm-ups; target ≤ 100 ms)%n",
                median(loads), RUNS, WARM_UPS);

        List<Double> keys = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String text : KEYSTROKES) {
                double[] took = new double[1];
                onFx(() -> {
                    long k = System.nanoTime();
                    vm[0].searchProperty().set(text);
                    took[0] = (System.nanoTime() - k) / 1e6;
                });
                if (round > 0) {
                    keys.add(took[0]);
                }
            }
        }
        double avg = keys.stream().mapToDouble(d -> d).average().orElse(0);
        double max = keys.stream().mapToDouble(d -> d).max().orElse(0);
        System.out.printf("filter keystroke:      %8.2f ms average, %.2f ms max (%d keystrokes)%n", avg, max, keys.size());
        heartbeat.stop();
        System.out.printf("JavaFX thread stall:   %,8d ms longest, during the warm loads and keystrokes (target ≤ 100 ms)%n",
                heartbeat.longestMs());
        runner.close();
        Platform.exit();
    }

    private static Path XDG_DATA_HOME;

    private static void startup(Path xdgDataHome) throws Exception {
        XDG_DATA_HOME = xdgDataHome;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<String> platform = new ArrayList<>();
        if (System.getenv("DISPLAY") == null) {
            platform.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        // the demo folder becomes an encrypted one with an administrator, who the probe logs in as (HUYANG_USER)
        run(java, cp, platform, List.of(), "cn.huyang.Launcher", "init", "--admin", "admin");
        List<Long> bare = new ArrayList<>();
        List<Long> shown = new ArrayList<>();
        List<Long> loaded = new ArrayList<>();
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bare.add(value(run(java, cp, platform, List.of(), "cn.huyang.bench.BareWindowMain"), "window-shown-ms"));
            String app = run(java, cp, platform, List.of("-Dhuyang.startupProbe=true"), "cn.huyang.Launcher");
            shown.add(value(app, "window-shown-ms"));
            loaded.add(value(app, "roster-loaded-ms"));
            waits.add(value(app, "fx-longest-stall-ms"));
        }
        long b = median(bare);
        long s = median(shown);
        System.out.printf("start-up, bare window: %,8d ms JVM uptime (median of 3)%n", b);
        System.out.printf("start-up, main window: %,8d ms JVM uptime (%.2f × bare; target ≤ 1.3 ×)%n", s, (double) s / b);
        System.out.printf("start-up, first tab:   %,8d ms JVM uptime (概览's figures counted behind the window)%n",
                median(loaded));
        System.out.printf("start-up, FX thread:   %,8d ms longest wait until then (target ≤ 100 ms)%n", median(waits));
    }

    private static String run(String java, String cp, List<String> platform, List<String> props, String main,
                              String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", cp));
        cmd.addAll(platform);
        cmd.addAll(props);
        cmd.add(main);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("XDG_DATA_HOME", XDG_DATA_HOME.toString());
        pb.environment().put("HUYANG_USER", "admin");
        pb.environment().put("HUYANG_PASSWORD", "Bench-2026-pw");
        Process p = pb.start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            r.lines().forEach(l -> out.append(l).append('\n'));
        }
        p.waitFor(120, TimeUnit.SECONDS);
        return out.toString();
    }

    private static long value(String output, String key) {
        for (String token : output.split("\\s+")) {
            if (token.startsWith(key + "=")) {
                return Long.parseLong(token.substring(key.length() + 1));
            }
        }
        throw new IllegalStateException(key + " not printed; output was:\n" + output);
    }

    /** One load of the roster, from the call to the loaded rows drawn; then the staffing table's load settles. */
    private static long load(RosterViewModel vm) throws InterruptedException {
        CountDownLatch loaded = new CountDownLatch(1);
        long start = System.nanoTime();
        onFx(() -> {
            vm.loadedProperty().set(false);
            vm.loadedProperty().addListener((o, a, b) -> {
                if (b) {
                    loaded.countDown();
                }
            });
            vm.load();
        });
        loaded.await(60, TimeUnit.SECONDS);
        onFx(() -> { }); // the table has drawn the loaded rows
        long took = ms(start);
        Thread.sleep(300);
        return took;
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await(60, TimeUnit.SECONDS);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
