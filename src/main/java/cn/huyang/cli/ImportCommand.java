package cn.huyang.cli;

import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.BackupException;
import cn.huyang.io.AllowanceImportPreview;
import cn.huyang.io.ImportOptions;
import cn.huyang.io.ImportOutcome;
import cn.huyang.io.PlannedRow;
import cn.huyang.io.Refusal;
import cn.huyang.io.RosterImportPreview;
import cn.huyang.io.ScoresImportPreview;
import cn.huyang.io.SpreadsheetException;
import cn.huyang.io.TrainingImportPreview;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import roster|training|scores|allowance|students FILE [--year Y] [--sheet NAME] [--dry-run] [--update|--skip]
 * [--skip-invalid] [--create-departments]}: prints each refused row (row, column, value, reason) and
 * a summary. Writes nothing and exits 1 when a row is refused, unless {@code --skip-invalid}.
 */
@Command(name = "import")
public class ImportCommand implements Callable<Integer> {
    static final int REFUSED = 1;
    static final int UNREADABLE = 2;

    /** What imports. */
    public enum Kind { roster, training, scores, allowance, students }

    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "cli.help.import.param.kind")
    Kind kind;

    @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "cli.help.import.param.file")
    Path file;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "cli.help.import.year")
    Integer year;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "cli.help.import.sheet")
    String sheet;

    @Option(names = "--dry-run", descriptionKey = "cli.help.import.dry-run")
    boolean dryRun;

    @ArgGroup(exclusive = true)
    Existing existing = new Existing();

    static class Existing {
        @Option(names = "--update", descriptionKey = "cli.help.import.update")
        boolean update;

        @Option(names = "--skip", descriptionKey = "cli.help.import.skip")
        boolean skip;
    }

    @Option(names = "--skip-invalid", descriptionKey = "cli.help.import.skip-invalid")
    boolean skipInvalid;

    @Option(names = "--create-departments", descriptionKey = "cli.help.import.create-departments")
    boolean createDepartments;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BatchContext.run(top, err, ctx -> {
            Messages m = ctx.messages();
            try {
                if (kind == Kind.training) {
                    return training(ctx, out, m);
                }
                if (kind == Kind.allowance) {
                    return allowance(ctx, out, err, m);
                }
                if (kind == Kind.students) {
                    return students(ctx, out, err, m);
                }
                if (kind == Kind.scores) {
                    return scores(ctx, out, err, m);
                }
                RosterImportPreview p = ctx.rosterImport().preview(file,
                        new ImportOptions(sheet, existing.update, createDepartments, null), () -> false);
                printRefusals(out, m, p.refused());
                for (PlannedRow r : p.rows()) {
                    for (PlannedRow.Change c : r.changes()) {
                        out.println(m.get("io.import.change", r.row(), r.counselor().name(), c.field(), c.before(),
                                c.after()));
                    }
                }
                if (!p.newDepartments().isEmpty()) {
                    out.println(m.get("io.import.newDepartments", String.join("、", p.newDepartments())));
                }
                out.println(m.get("io.import.summary", p.rows().size() + p.refusedRows(),
                        p.count(PlannedRow.Action.NEW), p.count(PlannedRow.Action.UPDATE),
                        p.count(PlannedRow.Action.UNCHANGED), p.count(PlannedRow.Action.SKIP), p.refusedRows(),
                        p.newDepartments().size()));
                Integer stop = stopBeforeWriting(out, m, p.hasRefusals());
                return stop != null ? stop : done(out, m, room(ctx, p.rows().size())
                        .rosterImport().apply(p, skipInvalid));
            } catch (SpreadsheetException e) {
                err.println(e.render(m));
                err.flush();
                return UNREADABLE;
            } catch (ValidationException e) {
                err.println(m.get("io.import.failed", e.render(m)));
                err.flush();
                return REFUSED;
            } catch (BackupException e) {
                err.println(m.get("io.import.failed", cn.huyang.db.BackupTexts.problem(e, m)));
                err.flush();
                return UNREADABLE;
            }
        });
    }

    private int training(cn.huyang.app.AppContext ctx, PrintWriter out, Messages m) {
        TrainingImportPreview p = ctx.trainingImport().preview(file, sheet, () -> false);
        printRefusals(out, m, p.refused());
        out.println(m.get("io.import.trainingSummary", p.rows().size() + p.refusedRows(), p.toWrite(),
                p.inLedger(), p.refusedRows()));
        Integer stop = stopBeforeWriting(out, m, p.hasRefusals());
        return stop != null ? stop : done(out, m, room(ctx, p.rows().size()).trainingImport().apply(p, skipInvalid));
    }

    /** The allowance sheet: checked whole, previewed; any refused row and nothing is written (no --skip-invalid). */
    private int allowance(cn.huyang.app.AppContext ctx, PrintWriter out, PrintWriter err, Messages m) {
        if (skipInvalid) {
            err.println(m.get("guarantee.import.wholeOnly"));
            err.flush();
            return UNREADABLE;
        }
        cn.huyang.app.GuaranteeModule g = cn.huyang.app.GuaranteeModule.of(ctx);
        AllowanceImportPreview p = g.allowanceImport().preview(file, sheet, () -> false);
        printRefusals(out, m, p.refused());
        for (AllowanceImportPreview.Row r : p.rows()) {
            out.println(m.get("guarantee.import.row", r.row(), r.counselor().name(), r.payment().year(),
                    r.payment().month(), cn.huyang.guarantee.Fen.format(r.payment().amountFen()),
                    r.payment().paidOn().toString(), m.get(r.recorded() ? "guarantee.import.recorded"
                            : "guarantee.import.new")));
        }
        out.println(m.get("guarantee.import.summary", p.rows().size() + p.refusedRows(), p.toWrite(), p.recorded(),
                p.refusedRows()));
        if (dryRun) {
            out.println(m.get("io.import.dryRun"));
            out.flush();
            return p.hasRefusals() ? REFUSED : 0;
        }
        if (p.hasRefusals()) {
            out.println(m.get("guarantee.import.nothingWritten"));
            out.flush();
            return REFUSED;
        }
        room(ctx, p.rows().size());
        return done(out, m, g.allowanceImport().apply(p));
    }

    /** The student list: checked whole, previewed; any refused row and nothing is written (no --skip-invalid). */
    private int students(cn.huyang.app.AppContext ctx, PrintWriter out, PrintWriter err, Messages m) {
        if (skipInvalid) {
            err.println(m.get("students.import.wholeOnly"));
            err.flush();
            return UNREADABLE;
        }
        cn.huyang.app.StudentsModule s = cn.huyang.app.StudentsModule.of(ctx);
        cn.huyang.io.StudentImportPreview p = s.importer().preview(file, sheet, () -> false);
        printRefusals(out, m, p.refused());
        out.println(m.get("students.import.summary", p.rows().size() + p.refusedRows(), p.created(), p.updated(),
                p.refusedRows()));
        if (dryRun) {
            out.println(m.get("io.import.dryRun"));
            out.flush();
            return p.hasRefusals() ? REFUSED : 0;
        }
        if (p.hasRefusals()) {
            out.println(m.get("students.import.nothingWritten"));
            out.flush();
            return REFUSED;
        }
        room(ctx, p.rows().size());
        return done(out, m, s.importer().apply(p));
    }

    private int scores(cn.huyang.app.AppContext ctx, PrintWriter out, PrintWriter err, Messages m) {
        if (year == null) {
            err.println(m.get("io.import.yearRequired"));
            err.flush();
            return UNREADABLE;
        }
        ScoresImportPreview p = ctx.scoresImport().preview(file, year, sheet, () -> false);
        printRefusals(out, m, p.refused());
        for (ScoresImportPreview.Row r : p.rows()) {
            for (PlannedRow.Change c : r.changes()) {
                out.println(m.get("io.import.change", r.row(), r.counselor().name(), c.field(), c.before(), c.after()));
            }
        }
        out.println(m.get("io.import.scoresSummary", year, p.rows().size() + p.refusedRows(),
                p.count(PlannedRow.Action.NEW), p.count(PlannedRow.Action.UPDATE),
                p.count(PlannedRow.Action.UNCHANGED), p.refusedRows()));
        Integer stop = stopBeforeWriting(out, m, p.hasRefusals());
        return stop != null ? stop : done(out, m, room(ctx, p.rows().size()).scoresImport().apply(p, skipInvalid));
    }

    /**
     * Refuses the write before the backup when the disk cannot hold the before-import backup (at most
     * the database's size) and the rows (a few KB each, with their history).
     */
    private static cn.huyang.app.AppContext room(cn.huyang.app.AppContext ctx, int rows) {
        var folder = ctx.store().folder();
        DiskSpace.require(folder.path(), DiskSpace.size(folder.databaseFile()) + rows * 4096L);
        return ctx;
    }

    private static void printRefusals(PrintWriter out, Messages m, java.util.List<Refusal> refused) {
        if (!refused.isEmpty()) {
            out.println(m.get("io.import.refusalHeader"));
            for (Refusal r : refused) {
                out.println(m.get("io.import.refusal", r.row(), r.column(), r.value(), r.reason()));
            }
        }
    }

    /** The exit code when nothing is to be written (a dry run, or refusals without --skip-invalid); else null. */
    private Integer stopBeforeWriting(PrintWriter out, Messages m, boolean refusals) {
        if (dryRun) {
            out.println(m.get("io.import.dryRun"));
            out.flush();
            return refusals ? REFUSED : 0;
        }
        if (refusals && !skipInvalid) {
            out.println(m.get("io.import.nothingWritten"));
            out.flush();
            return REFUSED;
        }
        return null;
    }

    private static int done(PrintWriter out, Messages m, ImportOutcome o) {
        if (o.backup() != null) {
            out.println(m.get("io.import.done", o.backup()));
        }
        out.flush();
        return 0;
    }
}
