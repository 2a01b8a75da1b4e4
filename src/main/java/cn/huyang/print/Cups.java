package cn.huyang.print;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What CUPS, the print service of Linux and macOS, says about a printer and its queue, asked through
 * its own commands ({@code lpstat}, {@code lpoptions}) in the C locale, so that the answers read the
 * same on every system. Where there is no CUPS (Windows) it knows nothing and says so.
 */
class Cups {
    private static final Logger LOG = LoggerFactory.getLogger(Cups.class);
    private static final long TIMEOUT_SECONDS = 15;
    private static final Pattern JOB = Pattern.compile("^(\\S+)-(\\d+)\\s");

    /** A printer as CUPS sees it: IPP printer-state (3 idle, 4 printing, 5 stopped), accepting jobs, the reasons. */
    record State(int state, boolean accepting, List<String> reasons) {
        static final int STOPPED = 5;
    }

    /** The answer of a command: its exit code and what it wrote. */
    record Answer(int exitCode, String out) {
    }

    private final boolean available;

    Cups(boolean available) {
        this.available = available;
    }

    /** CUPS where the system has its commands; none on Windows. */
    static Cups system() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        if (windows) {
            return new Cups(false);
        }
        Cups probe = new Cups(true);
        return probe.run("lpstat", "-r") == null ? new Cups(false) : probe;
    }

    /** True when the system has CUPS's commands. */
    boolean available() {
        return available;
    }

    /** True when the CUPS scheduler answers. */
    boolean schedulerRunning() {
        Answer a = run("lpstat", "-r");
        return a != null && a.out().contains("scheduler is running");
    }

    /** The printer as CUPS reports it now, or empty when CUPS does not know a printer of that name. */
    Optional<State> printer(String name) {
        Answer a = run("lpoptions", "-p", name);
        if (a == null || a.exitCode() != 0) {
            return Optional.empty();
        }
        Map<String, String> values = options(a.out());
        String state = values.get("printer-state");
        if (state == null || !state.matches("\\d+")) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        for (String r : values.getOrDefault("printer-state-reasons", "none").split(",")) {
            if (!r.isBlank() && !r.strip().equals("none")) {
                reasons.add(r.strip());
            }
        }
        return Optional.of(new State(Integer.parseInt(state),
                !"false".equals(values.getOrDefault("printer-is-accepting-jobs", "true")), List.copyOf(reasons)));
    }

    /**
     * The ids of the jobs CUPS keeps for the printer (waiting, printing and finished), or null when
     * CUPS cannot be asked.
     */
    Set<Integer> jobs(String name) {
        Answer a = run("lpstat", "-W", "all", "-o", name);
        if (a == null || a.exitCode() != 0) {
            return null;
        }
        Set<Integer> ids = new TreeSet<>();
        for (String line : a.out().split("\n")) {
            Matcher mt = JOB.matcher(line);
            if (mt.find() && mt.group(1).equalsIgnoreCase(name)) {
                ids.add(Integer.parseInt(mt.group(2)));
            }
        }
        return ids;
    }

    /** {@code lpoptions}' one line of {@code key=value} words, values quoted with ' or " where they hold spaces. */
    static Map<String, String> options(String line) {
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (Character.isWhitespace(c)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        for (String w : words) {
            int eq = w.indexOf('=');
            out.put(eq < 0 ? w : w.substring(0, eq), eq < 0 ? "" : w.substring(eq + 1));
        }
        return out;
    }

    /** Runs a CUPS command in the C locale; null when it cannot be run or does not answer in time. */
    Answer run(String... command) {
        if (!available) {
            return null;
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                LOG.warn("{} did not answer in {} s", String.join(" ", command), TIMEOUT_SECONDS);
                return null;
            }
            return new Answer(p.exitValue(), out.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (IOException e) {
            LOG.debug("Cannot run {}", command[0], e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            LOG.warn("{} failed", String.join(" ", command), e);
            return null;
        }
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
