package cn.huyang.print;

import cn.huyang.common.Messages;

/**
 * Why nothing was printed, or why a job the system took did not reach the printer's queue: told to
 * the user in one plain sentence, never as "printed". Raised before anything is sent when the printer
 * cannot take the job, and after sending when the spooler never received it.
 */
public final class PrintProblem extends RuntimeException {

    /** What went wrong; each has its sentence ({@code print.problem.<KIND>}) in the bundles. */
    public enum Kind {
        /** No printer is installed at all. */
        NO_PRINTER,
        /** No printer of the name asked for ({@code detail}: the printers there are). */
        ABSENT,
        /** The printer is paused (stopped by someone): jobs would only wait in its queue. */
        PAUSED,
        /** The printer reports itself off line or shut down. */
        OFFLINE,
        /** The printer's queue refuses new jobs. */
        NOT_ACCEPTING,
        /** The printer reports a fault ({@code detail}: which, e.g. out of paper). */
        FAULT,
        /** The print service of the computer (CUPS) does not answer. */
        NO_SERVICE,
        /** The command the Java runtime spools through ({@code /usr/bin/lpr}) is missing. */
        NO_SPOOL_COMMAND,
        /** The system refused the job while it was sent ({@code detail}: its words). */
        REFUSED,
        /** The system said the job went out, but the printer's queue never received it. */
        NOT_RECEIVED
    }

    private final Kind kind;
    private final String printer;
    private final String detail;

    public PrintProblem(Kind kind, String printer, String detail) {
        this(kind, printer, detail, null);
    }

    public PrintProblem(Kind kind, String printer, String detail, Throwable cause) {
        super(kind + " " + printer + (detail == null || detail.isEmpty() ? "" : ": " + detail), cause);
        this.kind = kind;
        this.printer = printer == null ? "" : printer;
        this.detail = detail == null ? "" : detail;
    }

    public Kind kind() {
        return kind;
    }

    public String printer() {
        return printer;
    }

    public String detail() {
        return detail;
    }

    /** The sentence for the user; a printer's reasons (media-empty-error) in words where the bundle has them. */
    public String render(Messages m) {
        String d = detail;
        if (kind == Kind.FAULT || kind == Kind.OFFLINE) {
            StringBuilder words = new StringBuilder();
            for (String reason : detail.split(",\\s*")) {
                String base = reason.replaceAll("-(error|warning|report)$", "");
                if (words.length() > 0) {
                    words.append(m.isChinese() ? "、" : ", ");
                }
                words.append(m.has("print.reason." + base) ? m.get("print.reason." + base) : reason);
            }
            d = words.toString();
        }
        return m.get("print.problem." + kind.name(), printer, d);
    }
}
