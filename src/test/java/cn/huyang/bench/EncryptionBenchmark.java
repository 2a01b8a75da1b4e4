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
 */
public final class EncryptionBenchmark {
    private static final int RUNS = 5;

    private EncryptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getProperty("benchmark.counselors", "10000"));
        int years = Integer.parseInt(System.getProperty("benchmark.trainingYears", "10"));
        Path root = Files.createTempDirectory("huyang-crypto-bench");
        DataFolder plain = new DataFolder(root.resolve("plain"));
        DataFolder encrypted = new DataFolder(root.resolve("encrypted"));
        Messages m = Messages.forLanguage("zh");
        Clock clock = Clock.systemDefaultZone();
        long t0 = System.nanoTime();
        try (H2Store db = H2Store.open(plain, clock)) {
            new AppContext(db, m, clock).demo().generate(new DemoDataGenerator.Request(n, years, 20261128), false,
                    Progress.NONE);
        }
        System.out.printf("generation: %,d ms%n", ms(t0));
        Files.createDirectories(encrypted.path());
        Files.copy(plain.databaseFile(), encrypted.databaseFile());
        char[] pw = "bench".toCharArray();
        FileKey key = KeyRing.create(encrypted.path(), "admin", pw, clock).key();
        long e0 = System.nanoTime();
        FolderEncryption.encrypt(encrypted, key);
        System.out.printf("encrypting the database (%,d MB): %,d ms%n", Files.size(plain.databaseFile()) >> 20, ms(e0));
        long u0 = System.nanoTime();
        KeyRing.load(encrypted.path(), clock).unlock("admin", pw);
        System.out.printf("unlock (Argon2id): %,d ms%n", ms(u0));
        for (int round = 0; round < 2; round++) {
            measure("plain", plain, null, m, clock);
            measure("encrypted", encrypted, key, m, clock);
        }
        try (Stream<Path> s = Files.list(root)) {
            System.out.println("data left in " + root + " (" + s.count() + " folders)");
        }
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
