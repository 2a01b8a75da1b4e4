package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} through the launcher: a half-year's report as .docx and PDF; a bad period or file refused. */
class ReportCommandTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    @AfterEach
    void clock() {
        BatchContext.useClock(null);
    }

    @Test
    void writesTheHalfYearsReportAsDocxAndPdf() throws Exception {
        BatchContext.useClock(Clock.fixed(LocalDate.of(2026, 12, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
        String data = dir.resolve("data").toString();
        assertThat(LauncherTest.run("--data-dir", data, "demo", "--counselors", "60").exitCode()).isZero();

        Path docx = dir.resolve("汇报.docx");
        LauncherTest.Result r = LauncherTest.run("--data-dir", data, "report", "--period", "2026H2", "--out",
                docx.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2026 年下半年").contains("汇报.docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().equals("五、存在问题"));
        }

        Path pdf = dir.resolve("汇报.pdf");
        r = LauncherTest.run("--data-dir", data, "report", "--period", "2026H1", "--out", pdf.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("一、基本情况").contains("2026 年上半年");
        }
    }

    @Test
    void aBadPeriodOrFileIsRefusedInWords() {
        String data = dir.resolve("data").toString();
        LauncherTest.Result r = LauncherTest.run("--data-dir", data, "report", "--period", "2026H3", "--out",
                dir.resolve("a.docx").toString());
        assertThat(r.exitCode()).isEqualTo(Failures.USAGE);
        assertThat(r.err()).contains("汇报期间").contains("2026H1");
        r = LauncherTest.run("--data-dir", data, "report", "--period", "2026H2", "--out", dir.resolve("a.txt").toString());
        assertThat(r.exitCode()).isEqualTo(Failures.USAGE);
        assertThat(r.err()).contains(".docx").contains(".pdf");
        r = LauncherTest.run("--data-dir", data, "report", "--help");
        // the help from the bundle (in the system's language)
        assertThat(r.out()).contains("--period").contains("--out").contains("2026H1").contains(".docx");
    }
}
