package cn.huyang.bench;

import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.common.StaleRecordException;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.db.ServerStore;
import cn.huyang.db.Store;
import cn.huyang.db.StoreCopy;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.roster.Counselor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Shared mode at the college's scale: 10,000 counselors (one year of history) made on H2, copied to an
 * embedded PostgreSQL 15 as migrate-to-server copies them, then the roster load and a year's training
 * compliance timed on both stores (median of five after a warm-up), and five clients — five stores of
 * their own, as five PCs — reading counselors and saving phone numbers at once for 20 s: operations per
 * second, refused stale saves and the slowest operation. Run: {@code java -cp … cn.huyang.bench.SharedBenchmark}.
 */
public final class SharedBenchmark {
    private static final int RUNS = 5;
    private static final int CLIENTS = 5;
    private static final long CLIENT_MS = 20_000;

    private SharedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getProperty("benchmark.counselors", "10000"));
        Messages m = Messages.forLanguage("zh");
        Clock clock = Clock.systemDefaultZone();
        Path dir = Files.createTempDirectory("huyang-shared-bench");
        System.out.printf("%nHuyang shared-mode benchmark: %,d counselors, %d clients%n", n, CLIENTS);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("create database huyang");
            }
            String url = pg.getJdbcUrl("postgres", "huyang").replaceFirst("\\?.*$", "");
            try (H2Store h2 = H2Store.open(new DataFolder(dir.resolve("h2")), clock);
                 ServerStore server = ServerStore.open(url, "postgres", "postgres",
                         new DataFolder(dir.resolve("pc0")), clock)) {
                AppContext local = new AppContext(h2, m, clock);
                long t0 = System.nanoTime();
                local.demo().generate(new DemoDataGenerator.Request(n, 1, 20261128), false, Progress.NONE);
                System.out.printf("demo data on H2:             %,9d ms%n", ms(t0));
                t0 = System.nanoTime();
                StoreCopy.Result copy = StoreCopy.copy(h2, server, Progress.NONE, () -> { });
                System.out.printf("copy to PostgreSQL:          %,9d ms (%,d rows, %d tables, checked %s)%n", ms(t0),
                        copy.rows(), copy.tables().size(), copy.same() ? "the same" : "DIFFERENT");
                AppContext shared = new AppContext(server, m, clock);
                int year = local.training().today().getYear();
                compare("roster load (all counselors)", () -> local.roster().counselors().size(),
                        () -> shared.roster().counselors().size());
                compare("training compliance " + year, () -> local.training().compliance(year).size(),
                        () -> shared.training().compliance(year).size());
                compare("staffing ratio " + year, () -> local.roster().staffingRatio(year).departments().size(),
                        () -> shared.roster().staffingRatio(year).departments().size());
                long[] ids = shared.roster().counselors().stream().mapToLong(Counselor::id).toArray();
                clients(url, dir, m, clock, shared, ids);
            }
        }
    }

    private static void clients(String url, Path dir, Messages m, Clock clock, AppContext setup, long[] ids)
            throws InterruptedException {
        List<ServerStore> stores = new ArrayList<>();
        List<AppContext> contexts = new ArrayList<>();
        for (int i = 1; i <= CLIENTS; i++) {
            var account = setup.accounts().create("client" + i, "客户端" + i, Role.OFFICE, null,
                    "Huyang-Bench-2026".toCharArray());
            ServerStore s = ServerStore.open(url, "postgres", "postgres", new DataFolder(dir.resolve("pc" + i)), clock);
            stores.add(s);
            contexts.add(new AppContext(s, m, clock, new Session(account.actor())));
        }
        AtomicLong reads = new AtomicLong();
        AtomicLong writes = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long[] slowest = new long[CLIENTS];
        CountDownLatch done = new CountDownLatch(CLIENTS);
        long until = System.currentTimeMillis() + CLIENT_MS;
        for (int i = 0; i < CLIENTS; i++) {
            int me = i;
            AppContext ctx = contexts.get(i);
            Thread t = new Thread(() -> {
                Random random = new Random(me);
                try {
                    while (System.currentTimeMillis() < until) {
                        long id = ids[random.nextInt(Math.min(ids.length, 200))]; // 200 records: clients meet
                        long start = System.nanoTime();
                        Counselor c = ctx.roster().counselor(id).orElseThrow();
                        reads.incrementAndGet();
                        if (random.nextInt(5) == 0) {
                            try {
                                ctx.roster().update(c.withPhone("139" + String.format("%08d", random.nextInt(100_000_000))));
                                writes.incrementAndGet();
                            } catch (StaleRecordException e) {
                                refused.incrementAndGet();
                            }
                        }
                        slowest[me] = Math.max(slowest[me], (System.nanoTime() - start) / 1_000_000);
                    }
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        stores.forEach(Store::close);
        double seconds = CLIENT_MS / 1000.0;
        System.out.printf("%d clients for %.0f s:           %,9.0f reads/s, %,.0f saves/s, %,d saves refused as "
                        + "changed since read, slowest operation %d ms%n", CLIENTS, seconds, reads.get() / seconds,
                writes.get() / seconds, refused.get(), Arrays.stream(slowest).max().orElse(0));
    }

    private static void compare(String what, Supplier<Object> h2, Supplier<Object> pg) {
        long onH2 = median(h2);
        long onPg = median(pg);
        System.out.printf("%-28s H2 %,6d ms   PostgreSQL %,6d ms   (%s rows)%n", what + ":", onH2, onPg, pg.get());
    }

    private static long median(Supplier<Object> work) {
        work.get();
        long[] t = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            t[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(t);
        return t[RUNS / 2];
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
