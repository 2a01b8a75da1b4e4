package cn.huyang.cli;

import cn.huyang.common.Messages;
import cn.huyang.print.RecommendationSheet;
import cn.huyang.print.RecommendationSheetLayout;
import cn.huyang.print.ReviewListLayout;
import cn.huyang.title.TitleForms;
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
 * {@code title-forms --year Y [--out DIR [--single-file]] [--list] [--print [--printer NAME] [--copies N]]}: the
 * title review's sheets (and list) as PDF, on a printer, or both.
 */
@Command(name = "title-forms")
public class TitleFormsCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "cli.help.title-forms.year")
    Integer year;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "cli.help.title-forms.out")
    Path out;

    @Option(names = "--single-file", descriptionKey = "cli.help.title-forms.single-file")
    boolean singleFile;

    @Option(names = "--list", descriptionKey = "cli.help.title-forms.list")
    boolean list;

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
            TitleForms forms = new TitleForms(ctx.titles(), ctx.assessment()::confirmedGrades);
            List<RecommendationSheet> sheets = forms.sheets(y);
            if (sheets.isEmpty()) {
                err.println(ctx.messages().get("titleForm.none.year", y));
                return 1;
            }
            try {
                if (out != null) {
                    List<Path> files = forms.writeSheets(sheets, out, singleFile, (d, t) -> { }, () -> false);
                    stdout.println(ctx.messages().get("titleForm.done", sheets.size(), files.size(),
                            out.toAbsolutePath()));
                    if (list) {
                        Path file = forms.writeList(forms.list(y), out);
                        stdout.println(ctx.messages().get("titleForm.done.list", file.toAbsolutePath()));
                    }
                }
                if (printing.print()) {
                    printing.send(ctx.messages(), new RecommendationSheetLayout(ctx.messages()), sheets, stdout);
                    if (list) {
                        printing.send(ctx.messages(), new ReviewListLayout(ctx.messages()), List.of(forms.list(y)),
                                stdout);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stdout.flush();
            return 0;
        });
    }
}
