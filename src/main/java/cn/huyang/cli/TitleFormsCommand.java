package cn.huyang.cli;

import cn.huyang.print.RecommendationSheet;
import cn.huyang.title.TitleForms;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code title-forms --year Y --out DIR [--single-file] [--list]}: the title review's sheets (and list) as PDF. */
@Command(name = "title-forms", description = "Write the title review recommendation sheets (职称评审推荐表) of a year "
        + "as PDF: one per applicant, or one file; with --list also the year's list of applicants and results.")
public class TitleFormsCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y", description = "Year (default: this year).")
    Integer year;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the PDF files into.")
    Path out;

    @Option(names = "--single-file", description = "All sheets in one PDF file.")
    boolean singleFile;

    @Option(names = "--list", description = "Also write the year's list (评审名单).")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BatchContext.run(top, err, ctx -> {
            int y = year != null ? year : Year.now(ctx.clock()).getValue();
            TitleForms forms = new TitleForms(ctx.titles(), ctx.assessment()::confirmedGrades);
            List<RecommendationSheet> sheets = forms.sheets(y);
            if (sheets.isEmpty()) {
                err.println(ctx.messages().get("titleForm.none.year", y));
                return 1;
            }
            try {
                List<Path> files = forms.writeSheets(sheets, out, singleFile, (d, t) -> { }, () -> false);
                stdout.println(ctx.messages().get("titleForm.done", sheets.size(), files.size(), out.toAbsolutePath()));
                if (list) {
                    Path file = forms.writeList(forms.list(y), out);
                    stdout.println(ctx.messages().get("titleForm.done.list", file.toAbsolutePath()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stdout.flush();
            return 0;
        });
    }
}
