package cn.huyang.bench;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.DataFolder;
import cn.huyang.db.FolderEncryption;
import cn.huyang.db.H2Store;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.security.FileKey;
import cn.huyang.security.KeyRing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The cost of encryption at rest: the same demo data (N counselors, default 10,000, with ten years of
 * training records, about a million) in an unencrypted folder and in an encrypted copy; prints for
 * both the open, the roster load, a year's training compliance and the backup every import makes first.
 * {@code -Dbenchmark.data=DIR} keeps the data in DIR and reuses it on the next run (generating takes
 * minutes); {@code -Dbenchmark.only=plain|encrypted} measures one folder only, so that each JVM's first
 * roster load is really its first; {@code -Dbenchmark.rounds=N} (default 2).
 */
public final class EncryptionBenchmark {
    private static final int RUNS = 5;

    private EncryptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getProperty("benchmark.counselors", "10000"));
        int years = Integer.parseInt(System.getProperty("benchmark.trainingYears", "10"));
        String reuse = System.getProperty("benchmark.data");
        Path root = reuse == null ? Files.createTempDirectory("huyang-crypto-bench") : Path.of(reuse);
        DataFolder plain = new DataFolder(root.resolve("plain"));
        DataFolder encrypted = new DataFolder(root.resolve("encrypted"));
        Messages m = Messages.forLanguage("zh");
        Clock clock = Clock.systemDefaultZone();
        char[] pw = "bench".toCharArray();
        FileKey key;
        if (reuse != null && KeyRing.exists(encrypted.path())) {
            key = KeyRing.load(encrypted.path(), clock).unlock("admin", pw);
            System.out.println("reusing the data in " + root);
        } else {
            key = generate(plain, encrypted, n, years, m, clock, pw);
        }
        String only = System.getProperty("benchmark.only", "");
        int rounds = Integer.parseInt(System.getProperty("benchmark.rounds", "2"));
        for (int round = 0; round < rounds; round++) {
            if (!only.equals("encrypted")) {
                measure("plain", plain, null, m, clock);
            }
            if (!only.equals("plain")) {
                measure("encrypted", encrypted, key, m, clock);
            }
        }
        try (Stream<Path> s = Files.list(root)) {
            System.out.println("data left in " + root + " (" + s.count() + " folders)");
        }
    }

    private static FileKey generate(DataFolder plain, DataFolder encrypted, int n, int years, Messages m, Clock clock,
            char[] pw) throws Exception {
        long t0 = System.nanoTime();
        try (H2Store db = H2Store.open(plain, clock)) {
            new AppContext(db, m, clock).demo().generate(new DemoDataGenerator.Request(n, years, 20261128), false,
                    Progress.NONE);
        }
        System.out.printf("generation: %,d ms%n", ms(t0));
        Files.createDirectories(encrypted.path());
        Files.copy(plain.databaseFile(), encrypted.databaseFile());
        FileKey key = KeyRing.create(encrypted.path(), "admin", pw, clock).key();
        long e0 = System.nanoTime();
        FolderEncryption.encrypt(encrypted, key);
        System.out.printf("encrypting the database (%,d MB): %,d ms%n", Files.size(plain.databaseFile()) >> 20, ms(e0));
        long u0 = System.nanoTime();
        KeyRing.load(encrypted.path(), clock).unlock("admin", pw);
        System.out.printf("unlock (Argon2id): %,d ms%n", ms(u0));
        return key;
    }

    private static void measure(String label, DataFolder folder, FileKey key, Messages m, Clock clock) {
        long o0 = System.nanoTime();
        try (H2Store db = H2Store.open(folder, clock, key)) {
            long open = ms(o0);
            AppContext ctx = new AppContext(db, m, clock);
            long first = System.nanoTime();
            int counselors = ctx.roster().counselors().size();
            long firstLoad = ms(first);
            int year = ctx.training().today().getYear() - 1;
            System.out.printf("%-10s open %,6d ms | first roster load %,6d ms (%,d) | roster load %,8.1f ms | "
                            + "compliance %,8.1f ms | backup before import %,8.1f ms%n", label, open, firstLoad,
                    counselors, median(() -> ctx.roster().counselors().size()),
                    median(() -> ctx.training().compliance(year).size()),
                    median(() -> db.backups().beforeBulkImport().orElseThrow().size()));
        }
    }

    private static double median(Supplier<?> work) {
        work.get();
        long[] t = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            work.get();
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        return t[RUNS / 2] / 1e6;
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
