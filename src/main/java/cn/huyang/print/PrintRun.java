package cn.huyang.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One print job sent honestly, whichever renderer draws its pages: the printer is checked before
 * anything is sent ({@link PrinterCheck}); the pages are handed to the system; then, where the
 * platform keeps a queue it can be asked about (CUPS), the job must have arrived in the printer's
 * queue — the Java runtime's word that it printed is not enough (without lpr it says so and nothing
 * is printed). Where the platform tells nothing more, the system's own answer is the result.
 */
public final class PrintRun {
    private static final Logger LOG = LoggerFactory.getLogger(PrintRun.class);
    private static final long POLL_MILLIS = 100;
    /** How long the queue may take to show a job after the system has finished handing it over. */
    private static final long SETTLE_MILLIS = 3_000;
    /** How long to wait at most for the job while the system is still handing it over. */
    private static final long HANDOVER_MILLIS = 600_000;

    /** Hands the pages to the system; may run for a while; says when the system has finished with them. */
    public interface Handover {
        /**
         * Sends the job; throws when the system refused it, {@link CancellationException} when the
         * user stopped it.
         */
        void send() throws Exception;

        /** True once the system has finished handing the job to the printer's queue (or failed to). */
        default boolean finished() {
            return true;
        }
    }

    private final PrinterCheck check;

    public PrintRun(PrinterCheck check) {
        this.check = check;
    }

    public static PrintRun system() {
        return new PrintRun(PrinterCheck.system());
    }

    public PrinterCheck check() {
        return check;
    }

    /**
     * Checks the printer, sends the job, and confirms the queue received it.
     *
     * @throws PrintProblem when the printer cannot take the job, the system refused it, or it never arrived
     * @throws CancellationException when the user stopped it before the job was handed over
     */
    public PrintReceipt send(String printer, int forms, int pages, int copies, Handover handover) {
        long start = System.nanoTime();
        check.ready(printer);
        Cups cups = check.cups();
        Set<Integer> before = cups.available() ? cups.jobs(printer) : null;
        try {
            handover.send();
        } catch (PrintProblem | CancellationException e) {
            throw e;
        } catch (Exception e) {
            throw new PrintProblem(PrintProblem.Kind.REFUSED, printer, String.valueOf(e.getMessage()), e);
        }
        handedOver(handover);
        List<Integer> jobs = before == null ? List.of() : arrived(printer, before);
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info("Printed {} forms, {} pages x {} on {} (jobs {}) in {} ms", forms, pages, copies, printer, jobs, millis);
        return new PrintReceipt(printer, forms, pages, copies, jobs, millis);
    }

    /** Waits until the system has finished handing the job over (JavaFX prints on a thread of its own). */
    private static void handedOver(Handover handover) {
        long deadline = System.nanoTime() + HANDOVER_MILLIS * 1_000_000;
        while (!handover.finished() && System.nanoTime() < deadline) {
            pause(POLL_MILLIS / 2);
        }
    }

    /**
     * The jobs that appeared in the queue since {@code before}, the job handed over (its spool command
     * has ended, so the queue holds the last page).
     */
    private List<Integer> arrived(String printer, Set<Integer> before) {
        Cups cups = check.cups();
        long settled = System.nanoTime() + SETTLE_MILLIS * 1_000_000;
        do {
            Set<Integer> now = cups.jobs(printer);
            if (now != null) {
                List<Integer> added = new ArrayList<>(now);
                added.removeAll(before);
                if (!added.isEmpty()) {
                    return added;
                }
            }
            pause(POLL_MILLIS);
        } while (System.nanoTime() < settled);
        throw new PrintProblem(PrintProblem.Kind.NOT_RECEIVED, printer, "");
    }

    /** Waits a little; a thread interrupted (the program closing) stops waiting for the queue. */
    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }
}
