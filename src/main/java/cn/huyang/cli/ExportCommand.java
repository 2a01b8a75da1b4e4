package cn.huyang.cli;

import cn.huyang.common.Messages;
import cn.huyang.io.ExportService;
import cn.huyang.training.LedgerFilter;
import cn.huyang.training.LedgerSort;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Year;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export roster|training|compliance|ratio|scores FILE [--year Y] [--full-id]}: a table to .xlsx. */
@Command(name = "export")
public class ExportCommand implements Callable<Integer> {
    /** The tables that export. */
    public enum Table { roster, training, compliance, ratio, scores, template, worklogs }

    /** Free space an export needs at least: a sheet of every counselor's row and years of training. */
    static final long ROOM = 4L * 1024 * 1024;

    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TABLE", descriptionKey = "cli.help.export.param.table")
    Table table;

    @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "cli.help.export.param.file")
    Path file;

    @Option(names = "--year", paramLabel = "Y",
            descriptionKey = "cli.help.export.year")
    Integer year;

    @Option(names = "--for", paramLabel = "KIND", defaultValue = "roster",
            descriptionKey = "cli.help.export.for")
    ImportCommand.Kind templateFor;

    @Option(names = "--full-id", descriptionKey = "cli.help.export.full-id")
    boolean fullId;

    @Option(names = "--month", paramLabel = "YYYY-MM", descriptionKey = "cli.help.export.month")
    String month;

    @Option(names = "--with-texts", descriptionKey = "cli.help.export.with-texts")
    boolean withTexts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BatchContext.run(top, err, ctx -> {
            int y = year != null ? year : Year.now(ctx.clock()).getValue();
            ExportService export = ctx.export();
            Messages m = ctx.messages();
            if (table == Table.worklogs && monthOf(month) == null) {
                err.println(m.get("worklog.cli.month", month == null ? "" : month));
                err.flush();
                return 2;
            }
            DiskSpace.require(file, ROOM);
            try {
                int rows = switch (table) {
                    case roster -> export.roster(file, export.rosterAsShown(), fullId);
                    case training -> export.ledger(file,
                            new LedgerFilter(year, null, null, null, null, null), LedgerSort.NEWEST_FIRST);
                    case compliance -> export.compliance(file, y);
                    case ratio -> export.ratio(file, y);
                    case scores -> export.scores(file, y, fullId);
                    case worklogs -> worklogs(ctx);
                    case template -> switch (templateFor) {
                        case roster -> {
                            export.rosterTemplate(file);
                            yield 1;
                        }
                        case training -> {
                            export.trainingTemplate(file);
                            yield 1;
                        }
                        case scores -> export.scoresTemplate(file, y, fullId);
                        case allowance -> {
                            new cn.huyang.io.AllowanceTemplate(ctx.roster(), m).write(file);
                            yield 1;
                        }
                        case students -> {
                            new cn.huyang.io.StudentTemplate(ctx.roster(), m).write(file);
                            yield 1;
                        }
                    };
                };
                out.println(m.get("io.export.done", rows, file.toAbsolutePath().toString()));
                out.flush();
                return 0;
            } catch (IOException | UncheckedIOException e) {
                org.slf4j.LoggerFactory.getLogger(ExportCommand.class).error("Export failed", e);
                Failures.Told told = Failures.describe(e, file, m);
                err.println(m.get("io.export.failed", file.toString(), told.sentence()));
                err.flush();
                return told.exitCode();
            }
        });
    }

    private static java.time.YearMonth monthOf(String text) {
        try {
            return text == null ? null : java.time.YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** {@code export worklogs FILE --month YYYY-MM [--with-texts]}: the month's counts, or every record's texts. */
    private int worklogs(cn.huyang.app.AppContext ctx) throws IOException {
        java.time.YearMonth ym = monthOf(month);
        cn.huyang.app.WorklogModule w = cn.huyang.app.WorklogModule.of(ctx);
        cn.huyang.io.WorklogExport export = new cn.huyang.io.WorklogExport(w.summaries(), w.records(),
                ctx.messages(), ctx.access());
        return withTexts ? export.withTexts(file, ym) : export.summary(file, ym, null);
    }
}
