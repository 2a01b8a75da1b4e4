package cn.huyang.cli;

import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.print.FormLayout;
import cn.huyang.print.PdfPrinter;
import cn.huyang.print.PrintReceipt;
import cn.huyang.print.PrintRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --print [--printer NAME] [--copies N]} of the form commands: the forms go to a printer (the
 * system's default unless named), A4, as the PDF pages {@code --out} writes. The printer is checked
 * first; a printer that is absent, paused, off line or refusing, or a job its queue never received,
 * ends the command with one plain sentence and exit code 7 — never "sent" when nothing was.
 */
public class PrintOptions {
    @Option(names = "--print", descriptionKey = "cli.help.print.print")
    boolean print;

    @Option(names = "--printer", paramLabel = "NAME", descriptionKey = "cli.help.print.printer")
    String printer;

    @Option(names = "--copies", paramLabel = "N", descriptionKey = "cli.help.print.copies")
    Integer copies;

    boolean print() {
        return print;
    }

    /** Why these options cannot be used with {@code out} (a sentence), or null. */
    String problem(Path out, Messages m) {
        if (out == null && !print) {
            return m.get("cli.error.outOrPrint");
        }
        if (!print && (printer != null || copies != null)) {
            return m.get("cli.error.printWithout");
        }
        if (copies != null && (copies < 1 || copies > 99)) {
            return m.get("cli.error.copies", copies);
        }
        return null;
    }

    /**
     * Prints the forms as one job and says what was sent.
     *
     * @throws cn.huyang.print.PrintProblem when nothing was printed (told by {@link Failures}, exit code 7)
     */
    <T> void send(Messages m, FormLayout<T> kind, List<T> forms, PrintWriter out) throws IOException {
        PrintRun run = PrintRun.system();
        String name = run.check().resolve(printer);
        PrintReceipt r = PdfPrinter.print(run, m, kind, forms, name, copies == null ? 1 : copies, Progress.NONE,
                () -> false);
        String how = m.get("print.took", r.millis());
        if (!r.jobs().isEmpty()) {
            how = m.get("print.jobs", r.jobNames()) + (m.isChinese() ? "，" : ", ") + how;
        }
        out.println(r.summary(m) + (m.isChinese() ? "（" + how + "）" : " (" + how + ")"));
        out.flush();
    }
}
