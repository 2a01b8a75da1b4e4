package cn.huyang.cli;

import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.BackupException;
import cn.huyang.io.ImportOptions;
import cn.huyang.io.ImportOutcome;
import cn.huyang.io.PlannedRow;
import cn.huyang.io.Refusal;
import cn.huyang.io.RosterImportPreview;
import cn.huyang.io.SpreadsheetException;
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
 * {@code import roster FILE [--sheet NAME] [--dry-run] [--update|--skip] [--skip-invalid]
 * [--create-departments]}: prints each refused row (row, column, value, reason) and a summary.
 * Writes nothing and exits 1 when a row is refused, unless {@code --skip-invalid}.
 */
@Command(name = "import", description = "Import a spreadsheet (.xlsx, .xls, .csv). roster: the counselor roster. "
        + "Refused rows are printed (row, column, value, reason); when any row is refused nothing is written "
        + "and the exit code is 1, unless --skip-invalid.")
public class ImportCommand implements Callable<Integer> {
    static final int REFUSED = 1;
    static final int UNREADABLE = 2;

    /** What imports (training records and scores are still to come). */
    public enum Kind { roster }

    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "roster.")
    Kind kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The .xlsx, .xls or .csv file.")
    Path file;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet (default: the first visible one).")
    String sheet;

    @Option(names = "--dry-run", description = "Check and show what would be written; write nothing.")
    boolean dryRun;

    @ArgGroup(exclusive = true)
    Existing existing = new Existing();

    static class Existing {
        @Option(names = "--update", description = "Update counselors already on the roster (same ID number).")
        boolean update;

        @Option(names = "--skip", description = "Skip counselors already on the roster (the default).")
        boolean skip;
    }

    @Option(names = "--skip-invalid", description = "Import the valid rows and report the refused ones.")
    boolean skipInvalid;

    @Option(names = "--create-departments", description = "Create the departments the file names and the roster lacks.")
    boolean createDepartments;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BatchContext.run(top, err, ctx -> {
            Messages m = ctx.messages();
            try {
                RosterImportPreview p = ctx.rosterImport().preview(file,
                        new ImportOptions(sheet, existing.update, createDepartments, null), () -> false);
                if (p.hasRefusals()) {
                    out.println(m.get("io.import.refusalHeader"));
                    for (Refusal r : p.refused()) {
                        out.println(m.get("io.import.refusal", r.row(), r.column(), r.value(), r.reason()));
                    }
                }
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
                if (dryRun) {
                    out.println(m.get("io.import.dryRun"));
                    out.flush();
                    return p.hasRefusals() ? REFUSED : 0;
                }
                if (p.hasRefusals() && !skipInvalid) {
                    out.println(m.get("io.import.nothingWritten"));
                    out.flush();
                    return REFUSED;
                }
                ImportOutcome o = ctx.rosterImport().apply(p, skipInvalid);
                if (o.backup() != null) {
                    out.println(m.get("io.import.done", o.backup()));
                }
                out.flush();
                return 0;
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
}
