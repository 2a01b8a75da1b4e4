package cn.huyang.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterState;
import javax.print.attribute.standard.PrinterStateReason;
import javax.print.attribute.standard.PrinterStateReasons;
import javax.print.attribute.standard.Severity;

/**
 * Whether a printer can take a job now, asked before anything is sent: it exists, its queue accepts
 * jobs, it is not paused, off line or in a fault, and (on Linux) the command the Java runtime spools
 * every job through, {@code /usr/bin/lpr} from cups-bsd, is there — without it the runtime reports
 * success and nothing reaches the printer. Asks the Java print service's attributes where the
 * platform gives them (Windows) and CUPS where there is CUPS (Linux, macOS).
 */
public final class PrinterCheck {
    /** The command the JDK's print jobs spool through on Linux (sun.print.PSPrinterJob). */
    static final Path LINUX_SPOOL_COMMAND = Path.of("/usr/bin/lpr");

    private final Cups cups;
    private final Path spoolCommand;

    PrinterCheck(Cups cups, Path spoolCommand) {
        this.cups = cups;
        this.spoolCommand = spoolCommand;
    }

    /** The check of this computer: CUPS where there is CUPS, lpr on Linux. */
    public static PrinterCheck system() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        return new PrinterCheck(Cups.system(), linux ? LINUX_SPOOL_COMMAND : null);
    }

    Cups cups() {
        return cups;
    }

    /** The names of the installed printers, as the system lists them. */
    public static List<String> printers() {
        List<String> names = new ArrayList<>();
        for (PrintService s : PrintServiceLookup.lookupPrintServices(null, null)) {
            names.add(s.getName());
        }
        return names;
    }

    /** The system's default printer, if it has one. */
    public static Optional<String> defaultPrinter() {
        PrintService s = PrintServiceLookup.lookupDefaultPrintService();
        return Optional.ofNullable(s).map(PrintService::getName);
    }

    /** The printer of that name (case as the system spells it), or null. */
    static PrintService service(String name) {
        for (PrintService s : PrintServiceLookup.lookupPrintServices(null, null)) {
            if (s.getName().equals(name)) {
                return s;
            }
        }
        for (PrintService s : PrintServiceLookup.lookupPrintServices(null, null)) {
            if (s.getName().equalsIgnoreCase(name)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The printer to print on: the one asked for, or the system's default when none is asked.
     *
     * @throws PrintProblem NO_PRINTER when there is none at all, ABSENT when there is none of that name
     */
    public String resolve(String asked) {
        List<String> all = printers();
        if (asked == null || asked.isBlank()) {
            if (all.isEmpty()) {
                throw new PrintProblem(PrintProblem.Kind.NO_PRINTER, "", "");
            }
            return defaultPrinter().orElse(all.get(0));
        }
        PrintService s = service(asked.strip());
        if (s == null) {
            if (all.isEmpty()) {
                throw new PrintProblem(PrintProblem.Kind.NO_PRINTER, asked, "");
            }
            throw new PrintProblem(PrintProblem.Kind.ABSENT, asked, String.join("、", all));
        }
        return s.getName();
    }

    /**
     * Throws the reason the printer cannot take a job now; returns when it can, as far as the
     * platform tells.
     *
     * @throws PrintProblem ABSENT, NO_SPOOL_COMMAND, NO_SERVICE, NOT_ACCEPTING, PAUSED, OFFLINE or FAULT
     */
    public void ready(String name) {
        PrintService s = service(name);
        if (s == null) {
            throw new PrintProblem(PrintProblem.Kind.ABSENT, name, String.join("、", printers()));
        }
        if (spoolCommand != null && !Files.isExecutable(spoolCommand)) {
            throw new PrintProblem(PrintProblem.Kind.NO_SPOOL_COMMAND, name, spoolCommand.toString());
        }
        fromService(s);
        if (cups.available()) {
            if (!cups.schedulerRunning()) {
                throw new PrintProblem(PrintProblem.Kind.NO_SERVICE, name, "");
            }
            cups.printer(s.getName()).ifPresent(state -> judge(name, state.state() == Cups.State.STOPPED,
                    state.accepting(), state.reasons()));
        }
    }

    /** What the Java print service reports, where the platform fills it in (Windows does; CUPS gives only accepting). */
    private static void fromService(PrintService s) {
        PrinterIsAcceptingJobs accepting = s.getAttribute(PrinterIsAcceptingJobs.class);
        PrinterState state = s.getAttribute(PrinterState.class);
        PrinterStateReasons reasons = s.getAttribute(PrinterStateReasons.class);
        List<String> words = new ArrayList<>();
        if (reasons != null) {
            reasons.forEach((reason, severity) -> {
                if (reason == PrinterStateReason.PAUSED || reason == PrinterStateReason.SHUTDOWN) {
                    words.add(reason.toString());
                } else if (severity == Severity.ERROR) {
                    words.add(reason + "-error");
                }
            });
        }
        judge(s.getName(), state == PrinterState.STOPPED, accepting != PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS, words);
    }

    /**
     * The verdict on a printer's state: not accepting, then off line, then paused, then a fault;
     * reasons other than errors (reports, warnings) are no reason not to print.
     */
    static void judge(String name, boolean stopped, boolean accepting, List<String> reasons) {
        if (!accepting) {
            throw new PrintProblem(PrintProblem.Kind.NOT_ACCEPTING, name, "");
        }
        List<String> faults = new ArrayList<>();
        for (String r : reasons) {
            String k = r.toLowerCase(Locale.ROOT);
            if (k.startsWith("offline") || k.startsWith("shutdown") || k.equals("timed-out")) {
                throw new PrintProblem(PrintProblem.Kind.OFFLINE, name, r);
            }
            if (k.endsWith("-error")) {
                faults.add(r);
            }
        }
        if (stopped && faults.isEmpty() || reasons.stream().anyMatch(r -> r.equalsIgnoreCase("paused"))) {
            throw new PrintProblem(PrintProblem.Kind.PAUSED, name, "");
        }
        if (!faults.isEmpty()) {
            throw new PrintProblem(PrintProblem.Kind.FAULT, name, String.join(", ", faults));
        }
    }
}
