package cn.huyang.cli;

import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.overview.Period;
import cn.huyang.overview.report.TeamReport;
import cn.huyang.overview.report.TeamReports;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code report --period 2026H2 --out FILE.docx|FILE.pdf [--department CODE]} (or {@code --from D --to D}):
 * 队伍建设情况汇报 for the half-year, the college or one department. The help and the errors come from the
 * message bundle.
 */
@Command(name = "report")
public class ReportCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", paramLabel = "2026H2", descriptionKey = "cli.help.report.period")
    String period;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.help.report.from")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.help.report.to")
    LocalDate to;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.help.report.out")
    Path out;

    @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.help.report.department")
    String department;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = Messages.forLanguage(Arguments.knownLanguage(top.lang()));
        Period p;
        try {
            if (out == null) {
                err.println(m.get("report.cli.needOut"));
                err.flush();
                return Failures.USAGE;
            }
            TeamReports.Format.of(out);
            p = period();
        } catch (ValidationException e) {
            err.println(e.render(m));
            err.flush();
            return Failures.USAGE;
        }
        if (p == null) {
            err.println(m.get("report.cli.needPeriod"));
            err.flush();
            return Failures.USAGE;
        }
        return BatchContext.run(top, err, ctx -> {
            Long deptId = FormsCommand.departmentId(ctx, department, err);
            if (department != null && deptId == null) {
                return Failures.USAGE;
            }
            long start = System.nanoTime();
            try {
                DiskSpace.require(out.toAbsolutePath().getParent() == null ? Path.of(".")
                        : out.toAbsolutePath().getParent(), 4L * 1024 * 1024);
                TeamReport report = ctx.reports().build(p, deptId);
                ctx.reports().write(report, out, p.code(), deptId);
                stdout.println(ctx.messages().get("report.cli.done", ctx.reports().label(p), out.toAbsolutePath(),
                        (System.nanoTime() - start) / 1_000_000));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stdout.flush();
            return 0;
        });
    }

    /** The half-year named, or the range given, or null when neither (or both) were given. */
    private Period period() {
        if (period != null && from == null && to == null) {
            return Period.parse(period);
        }
        if (period == null && from != null && to != null) {
            return Period.custom(from, to);
        }
        return null;
    }
}
