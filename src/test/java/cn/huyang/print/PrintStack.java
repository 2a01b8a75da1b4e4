package cn.huyang.print;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real print stack the printing tests print through: CUPS with the cups-pdf virtual printer
 * (a real print server and a real driver that writes each job it receives to a PDF file) and lpr
 * (cups-bsd), which the Java runtime spools every job through on Linux. {@code .ci/print-stack} sets
 * it up (CI runs it); without it the tests tagged {@code printer} fail and say what to install.
 */
public final class PrintStack {
    /** The cups-pdf printer the tests print on. */
    public static final String PRINTER = System.getProperty("huyang.test.printer", "PDF");
    private static final String REMEDY = "Set it up (as root, Debian/Ubuntu): .ci/print-stack — it installs cups, "
            + "printer-driver-cups-pdf and cups-bsd, starts cupsd and adds the cups-pdf printer \"" + PRINTER + "\". "
            + "Or leave these tests out: ./mvnw verify -Dsurefire.excludedGroups=benchmark,printer";

    private PrintStack() {
    }

    /** Marks a test class that prints on the real print stack; fails it at once, saying why, where the stack is missing. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Tag("printer")
    @ExtendWith(Required.class)
    public @interface Needed {
    }

    /** Fails the class with what is missing and how to set it up. */
    public static final class Required implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            missing().ifPresent(what -> fail("The print tests need the CUPS print stack with the cups-pdf printer \""
                    + PRINTER + "\": " + what + ". " + REMEDY));
        }
    }

    /** What is missing of the stack, if anything. */
    static Optional<String> missing() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.of("they run on Linux only");
        }
        String scheduler = run("lpstat", "-r");
        if (scheduler == null) {
            return Optional.of("lpstat (cups-client) is not installed");
        }
        if (!scheduler.contains("scheduler is running")) {
            return Optional.of("the CUPS scheduler (cupsd) is not running");
        }
        if (!Files.isExecutable(PrinterCheck.LINUX_SPOOL_COMMAND)) {
            return Optional.of("/usr/bin/lpr (cups-bsd) is not installed");
        }
        String device = run("lpstat", "-v", PRINTER);
        if (device == null || !device.contains("cups-pdf:/")) {
            return Optional.of("there is no cups-pdf printer named " + PRINTER + " (printer-driver-cups-pdf)");
        }
        String state = run("lpstat", "-p", PRINTER);
        if (state == null || state.contains("disabled")) {
            return Optional.of("the printer " + PRINTER + " is paused (cupsenable " + PRINTER + ")");
        }
        String accepting = run("lpstat", "-a", PRINTER);
        if (accepting == null || accepting.contains("not accepting")) {
            return Optional.of("the printer " + PRINTER + " refuses jobs (cupsaccept " + PRINTER + ")");
        }
        if (PrinterCheck.service(PRINTER) == null) {
            return Optional.of("the Java runtime does not list the printer " + PRINTER);
        }
        return Optional.empty();
    }

    /** The folder cups-pdf writes the jobs of this user into (its Out setting, ${HOME}/PDF by default). */
    public static Path outFolder() {
        String out = "${HOME}/PDF";
        Path conf = Path.of("/etc/cups/cups-pdf.conf");
        try {
            for (String line : Files.readAllLines(conf, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.startsWith("Out ") || l.startsWith("Out\t")) {
                    out = l.substring(3).strip();
                }
            }
        } catch (IOException e) {
            // the default
        }
        return Path.of(out.replace("${HOME}", System.getProperty("user.home"))
                .replace("${USER}", System.getProperty("user.name")));
    }

    /**
     * The PDF cups-pdf wrote for a job ({@code …-job_12.pdf}), once the job is finished and the file
     * complete; fails after a minute.
     */
    public static Path printed(int job) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String suffix = "-job_" + job + ".pdf";
        while (System.nanoTime() < deadline) {
            String completed = run("lpstat", "-W", "completed", "-o", PRINTER);
            if (completed != null && completed.lines().anyMatch(l -> l.startsWith(PRINTER + "-" + job + " "))) {
                Path folder = outFolder();
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        Optional<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst();
                        if (found.isPresent()) {
                            return found.get();
                        }
                    }
                }
            }
            Thread.sleep(200);
        }
        fail("cups-pdf wrote no file for job " + PRINTER + "-" + job + " in " + outFolder() + " within 90 s; "
                + "see /var/log/cups/error_log and cups-pdf_log");
        return null;
    }

    /** Pauses the printer (cupsdisable): jobs would wait in its queue. */
    public static void pause() {
        require(run("cupsdisable", PRINTER), "cupsdisable " + PRINTER);
    }

    public static void resume() {
        require(run("cupsenable", PRINTER), "cupsenable " + PRINTER);
    }

    /** Makes the printer's queue refuse jobs (cupsreject). */
    public static void reject() {
        require(run("cupsreject", PRINTER), "cupsreject " + PRINTER);
    }

    public static void accept() {
        require(run("cupsaccept", PRINTER), "cupsaccept " + PRINTER);
    }

    private static void require(String out, String command) {
        if (out == null) {
            fail(command + " failed (the tests that pause the printer need root or the lpadmin group)");
        }
    }

    /** A command's output in the C locale, or null when it cannot run or fails. */
    static String run(String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
            pb.environment().put("LC_ALL", "C");
            pb.environment().put("LANG", "C");
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
