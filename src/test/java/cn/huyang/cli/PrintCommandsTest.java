package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.print.Jobs;
import cn.huyang.print.PrintStack;
import cn.huyang.print.PrintedPages;
import cn.huyang.title.TitleFormsFixture;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code forms --print} and {@code title-forms --print} on the real print stack (CUPS, cups-pdf): the
 * printed pages are the PDF pages, and a printer that cannot print — paused, refusing jobs, absent, or
 * a computer without lpr — ends with one plain sentence and exit code 7, nothing in the queue.
 */
@PrintStack.Needed
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class PrintCommandsTest {
    private static final Pattern JOB = Pattern.compile("打印队列中的任务：" + PrintStack.PRINTER + "-(\\d+)");
    @TempDir
    static Path dir;
    static Path data;

    @BeforeAll
    static void data() {
        data = dir.resolve("data");
        try (TitleFormsFixture f = new TitleFormsFixture(data)) {
            f.populate();
        }
    }

    private static String[] forms(String... more) {
        List<String> args = new ArrayList<>(List.of("--data-dir", data.toString(), "forms", "--year", "2024",
                "--department", "JSJ"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static int job(String out) {
        Matcher m = JOB.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theFormsPrintAsTheirPdfPages() throws Exception {
        Path out = dir.resolve("forms");
        CliRunner.Result r = CliRunner.run(forms("--out", out.toString(), "--single-file", "--print", "--printer",
                PrintStack.PRINTER));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("已发送 3 份，共 6 页，到打印机 " + PrintStack.PRINTER);
        PrintedPages.assertAgree(PrintStack.printed(job(r.out())), out.resolve("2024年度考核登记表-JSJ.pdf"), 6,
                "cli-appraisal-forms");
    }

    @Test
    void theSheetsAndTheLandscapeListPrintAsTheirPdfPages() throws Exception {
        Path out = dir.resolve("sheets");
        CliRunner.Result r = CliRunner.run("--data-dir", data.toString(), "title-forms", "--year", "2025", "--out",
                out.toString(), "--single-file", "--list", "--print");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Matcher jobs = JOB.matcher(r.out());
        assertThat(jobs.find()).as(r.out()).isTrue();
        int sheets = Integer.parseInt(jobs.group(1));
        assertThat(jobs.find()).as(r.out()).isTrue();
        int list = Integer.parseInt(jobs.group(1));
        assertThat(r.out()).contains("已发送 5 份").contains("已发送 1 份");
        Path sheetsPdf = out.resolve("2025年度职称评审推荐表.pdf");
        PrintedPages.assertAgree(PrintStack.printed(sheets), sheetsPdf,
                cn.huyang.print.PageCompare.sizes(sheetsPdf).size(), "cli-recommendation-sheets");
        Path listPdf = out.resolve("2025年度职称评审名单.pdf");
        PrintedPages.assertAgree(PrintStack.printed(list), listPdf, cn.huyang.print.PageCompare.sizes(listPdf).size(),
                "cli-review-list");
    }

    @Test
    void aPausedPrinterPrintsNothingAndSaysSo() {
        Jobs jobs = Jobs.now();
        PrintStack.pause();
        CliRunner.Result r;
        try {
            r = CliRunner.run(forms("--print", "--printer", PrintStack.PRINTER));
        } finally {
            PrintStack.resume();
        }
        assertThat(r.exitCode()).isEqualTo(7);
        assertThat(r.err()).contains("打印机“" + PrintStack.PRINTER + "”已暂停，没有打印。");
        assertThat(r.out()).doesNotContain("已发送");
        assertThat(jobs.added()).isEmpty();
    }

    @Test
    void aPrinterRefusingJobsPrintsNothingAndSaysSo() {
        Jobs jobs = Jobs.now();
        PrintStack.reject();
        CliRunner.Result r;
        try {
            r = CliRunner.run(forms("--print"));
        } finally {
            PrintStack.accept();
        }
        assertThat(r.exitCode()).isEqualTo(7);
        assertThat(r.err()).contains("不接受新的打印任务，没有打印");
        assertThat(jobs.added()).isEmpty();
    }

    @Test
    void anAbsentPrinterIsNamedWithThePrintersThereAre() {
        CliRunner.Result r = CliRunner.run(forms("--print", "--printer", "办公室打印机"));
        assertThat(r.exitCode()).isEqualTo(7);
        assertThat(r.err()).contains("没有名为“办公室打印机”的打印机，没有打印。").contains(PrintStack.PRINTER);
        r = CliRunner.run("--lang", "en", "--data-dir", data.toString(), "forms", "--year", "2024", "--print",
                "--printer", "Office");
        assertThat(r.err()).contains("There is no printer named \"Office\"; nothing was printed.");
    }

    /** Without cups-bsd the Java runtime reports a job printed that never reached CUPS: here it is refused first. */
    @Test
    void withoutLprNothingIsClaimed() throws Exception {
        Path real = Files.createTempDirectory("realbin");
        Path script = dir.resolve("without-lpr.sh");
        try (var in = PrintCommandsTest.class.getResourceAsStream("/print/without-lpr.sh")) {
            Files.copy(in, script);
        }
        Assumptions.assumeTrue(run(List.of("unshare", "-m", "--propagation", "private", "bash", script.toString(),
                real.toString(), "true")).exitCode() == 0, "no private mount namespace here (unshare -m needs root)");
        Jobs jobs = Jobs.now();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        CliRunner.Result r = run(List.of("unshare", "-m", "--propagation", "private", "bash", script.toString(),
                real.toString(), java, "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "cn.huyang.Launcher", "--data-dir", data.toString(),
                "--user", TestFolders.USER, "forms", "--year", "2024", "--department", "JSJ", "--print"));
        Files.deleteIfExists(real);
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(7);
        assertThat(r.err()).contains("缺少打印命令 /usr/bin/lpr").contains("cups-bsd").contains("没有打印");
        assertThat(jobs.added()).isEmpty();
    }

    private static CliRunner.Result run(List<String> command) throws Exception {
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile());
        pb.environment().put("HUYANG_PASSWORD", TestFolders.PASSWORD);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new CliRunner.Result(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
    }
}
