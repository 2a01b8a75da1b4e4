package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Committed data survives a killed process: a child JVM writes through the real services and reports
 * each committed id; it is killed ({@code destroyForcibly}, SIGKILL) at a random moment — during
 * start-up and migration too — many times. After each kill the database must open, read back
 * completely, keep its references whole, and hold every reported id.
 */
class KillTest {
    /** Rounds wanted; fewer (but at least {@link #MIN_ROUNDS}) when the machine is slow. */
    private static final int ROUNDS = 15;
    private static final int MIN_ROUNDS = 10;
    private static final long BUDGET_MS = 40_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 100, unit = TimeUnit.SECONDS)
    void everyReportedCommitSurvivesAKill() throws Exception {
        rounds(false, ROUNDS, MIN_ROUNDS, BUDGET_MS);
    }

    /** The same while a bulk fill on another thread has H2 write in the background (the demo data). */
    @Test
    @Timeout(value = 80, unit = TimeUnit.SECONDS)
    void everyReportedCommitSurvivesAKillDuringABulkFill() throws Exception {
        rounds(true, 8, 5, 25_000);
    }

    private void rounds(boolean bulk, int wanted, int minRounds, long budgetMs) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Set<Long> departments = new HashSet<>();
        Set<Long> counselors = new HashSet<>();
        long start = System.currentTimeMillis();
        int rounds = 0;
        List<String> log = new ArrayList<>();
        int[] bulkStatements = new int[1];
        while (rounds < wanted && (rounds < minRounds || System.currentTimeMillis() - start < budgetMs)) {
            rounds++;
            Process child = new ProcessBuilder(java(), "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx256m",
                    "-Dhuyang.logdir=" + dir.resolve("logs"), "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                    "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                    dir.resolve("data").toString(), String.valueOf(rounds), bulk ? "bulk" : "plain")
                    .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child-stderr.txt").toFile()))
                    .start();
            CountDownLatch writing = new CountDownLatch(1);
            int[] reported = new int[1];
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.startsWith("D ")) {
                            departments.add(Long.parseLong(line.substring(2)));
                            reported[0]++;
                            writing.countDown();
                        } else if (line.startsWith("C ")) {
                            counselors.add(Long.parseLong(line.substring(2)));
                            reported[0]++;
                        } else if (line.startsWith("B ")) {
                            bulkStatements[0]++;
                        }
                    }
                } catch (IOException e) {
                    // the pipe breaks with the kill
                }
            });
            synchronized (this) {
                reader.start();
            }
            boolean duringStartUp = random.nextInt(5) == 0;
            if (duringStartUp) {
                Thread.sleep(200 + random.nextInt(1200)); // while opening, migrating, or at the first writes
            } else {
                assertThat(writing.await(30, TimeUnit.SECONDS)).as("child writing").isTrue();
                Thread.sleep(random.nextInt(800)); // some hundred commits in
            }
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            synchronized (this) {
                log.add("round " + rounds + (duringStartUp ? " (start-up)" : "") + ": " + reported[0] + " commits");
                try {
                    verify(departments, counselors);
                } catch (AssertionError e) {
                    // What the rounds did before the loss, for whoever looks into it (seed: to replay the timings).
                    System.out.printf("KillTest lost commits in round %d (seed %d)%n", rounds, seed);
                    log.forEach(l -> System.out.println("  " + l));
                    throw e;
                }
            }
        }
        long took = System.currentTimeMillis() - start;
        System.out.printf("KillTest%s: %d rounds, %d departments and %d counselors committed, %d ms (seed %d)%n",
                bulk ? " (bulk fill beside)" : "", rounds, departments.size(), counselors.size(), took, seed);
        log.forEach(l -> System.out.println("  " + l));
        assertThat(rounds).isGreaterThanOrEqualTo(minRounds);
        assertThat(counselors).as("the child got to write").isNotEmpty();
        if (bulk) {
            assertThat(bulkStatements[0]).as("the bulk fill wrote beside the commits").isPositive();
        }
    }

    private void verify(Set<Long> departments, Set<Long> counselors) throws Exception {
        if (!Files.exists(dir.resolve("data").resolve("huyang.mv.db"))) {
            return; // killed before H2 created the file
        }
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("data")));
             Connection c = db.connection(); Statement st = c.createStatement()) {
            // Read every page: the whole database as a script, into nothing.
            try (ResultSet rs = st.executeQuery("SCRIPT")) {
                PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
                while (rs.next()) {
                    sink.print(rs.getString(1));
                }
            }
            assertThat(ids(st, "select id from department")).containsAll(departments);
            assertThat(ids(st, "select id from counselor")).containsAll(counselors);
            assertThat(count(st, "select count(*) from counselor c left join department d on d.id = c.department_id"
                    + " where d.id is null")).isZero();
            // every counselor was registered in the same transaction as its REGISTER event
            assertThat(count(st, "select count(*) from counselor c where not exists"
                    + " (select 1 from roster_event e where e.counselor_id = c.id and e.kind = 'REGISTER')")).isZero();
            assertThat(count(st, "select count(*) from roster_event e left join counselor c on c.id = e.counselor_id"
                    + " where c.id is null")).isZero();
        }
    }

    private static Set<Long> ids(Statement st, String sql) throws Exception {
        Set<Long> ids = new HashSet<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
