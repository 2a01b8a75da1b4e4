package cn.huyang.cli;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.print.AppraisalForm;
import cn.huyang.print.AppraisalFormLayout;
import cn.huyang.print.PdfFormWriter;
import cn.huyang.roster.Department;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code forms --year Y [--department CODE] [--out DIR [--single-file]] [--print [--printer NAME] [--copies N]]}:
 * the appraisal forms as PDF, on a printer, or both.
 */
@Command(name = "forms")
public class FormsCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "cli.help.forms.year")
    Integer year;

    @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.help.forms.department")
    String department;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "cli.help.forms.out")
    Path out;

    @Option(names = "--single-file", descriptionKey = "cli.help.forms.single-file")
    boolean singleFile;

    @Mixin
    PrintOptions printing = new PrintOptions();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String usage = printing.problem(out, Messages.forLanguage(Arguments.knownLanguage(top.lang())));
        if (usage != null) {
            err.println(usage);
            err.flush();
            return Failures.USAGE;
        }
        return BatchContext.run(top, err, ctx -> {
            int y = year != null ? year : Year.now(ctx.clock()).getValue();
            Long deptId = departmentId(ctx, department, err);
            if (department != null && deptId == null) {
                return 2;
            }
            long start = System.nanoTime();
            List<AppraisalForm> forms = ctx.assessment().forms(y, deptId, null);
            if (forms.isEmpty()) {
                err.println(ctx.messages().get("forms.none", y));
                return 1;
            }
            String name = ctx.messages().get("forms.fileName", y, department == null ? "" : "-" + department);
            try {
                if (out != null) {
                    DiskSpace.require(out, 64L * 1024 * forms.size());
                    List<Path> files = new PdfFormWriter(ctx.messages()).writeFiles(forms, out, singleFile, name,
                            (d, t) -> { }, () -> false);
                    stdout.println(ctx.messages().get("forms.done", forms.size(), files.size(), out.toAbsolutePath(),
                            (System.nanoTime() - start) / 1_000_000));
                }
                if (printing.print()) {
                    printing.send(ctx.messages(), new AppraisalFormLayout(ctx.messages()), forms, stdout);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stdout.flush();
            return 0;
        });
    }

    /** The id of the department with a short code, or null (with a message) when there is none. */
    static Long departmentId(AppContext ctx, String code, PrintWriter err) {
        if (code == null) {
            return null;
        }
        for (Department d : ctx.roster().departments()) {
            if (d.code().equalsIgnoreCase(code.strip())) {
                return d.id();
            }
        }
        err.println(ctx.messages().get("forms.noDepartment", code));
        return null;
    }
}
