package cn.huyang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.io.CellValue;
import cn.huyang.io.ImportOptions;
import cn.huyang.io.ImportOutcome;
import cn.huyang.io.RosterImportPreview;
import cn.huyang.io.SpreadsheetReader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23: a web system's "export to Excel" of N counselors (default 10,000) — a GBK web page named
 * .xls, as Excel writes one (mso- styles, a class and x:str on every cell) — imported into an empty
 * data folder, next to the same rows as .xlsx. Tagged {@code benchmark}: not part of verify (the pom
 * excludes the tag); run {@link #main} on the test class path.
 */
@Tag("benchmark")
public class HtmlSheetBenchmark {
    @TempDir
    Path home;

    public static void main(String[] args) throws Exception {
        HtmlSheetBenchmark b = new HtmlSheetBenchmark();
        b.home = Files.createTempDirectory("huyang-html-bench");
        b.tenThousandRowsAsAWebPage();
    }

    @Test
    void tenThousandRowsAsAWebPage() throws Exception {
        int n = Integer.parseInt(System.getProperty("benchmark.counselors", "10000"));
        Messages m = Messages.forLanguage("zh");
        Path xlsx = home.resolve("roster.xlsx");
        try (H2Store db = H2Store.open(new DataFolder(home.resolve("a")))) {
            AppContext ctx = new AppContext(db, m, Clock.systemDefaultZone());
            ctx.demo().generate(new DemoDataGenerator.Request(n, 5, 20261128), false, Progress.NONE);
            ctx.export().roster(xlsx, ctx.export().rosterAsShown(), true);
        }
        Path html = home.resolve("roster.xls");
        try (Writer w = Files.newBufferedWriter(html, Charset.forName("GBK"))) {
            w.write("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head><meta http-equiv=\"Content-Type\""
                    + " content=\"text/html; charset=gb2312\"><style>td {mso-number-format:\"\\@\";}</style></head><body>"
                    + "<table border=1>\n");
            SpreadsheetReader.read(xlsx, null, (row, cells) -> {
                try {
                    w.write("<tr height=19>");
                    for (CellValue c : cells) {
                        w.write("<td class=xl65 x:str>" + c.shown().replace("&", "&amp;").replace("<", "&lt;") + "</td>");
                    }
                    w.write("</tr>\n");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, null);
            w.write("</table></body></html>\n");
        }
        System.out.printf("HTML .xls benchmark: %,d counselors, page %,d bytes, xlsx %,d bytes%n", n, Files.size(html),
                Files.size(xlsx));
        long[] xlsxMs = time(xlsx, home.resolve("b"), m, n);
        long[] htmlMs = time(html, home.resolve("c"), m, n);
        System.out.printf("xlsx  import preview %,6d ms, preview+write %,6d ms%n", xlsxMs[0], xlsxMs[1]);
        System.out.printf("HTML  import preview %,6d ms, preview+write %,6d ms (the xlsx above is the yardstick)%n", htmlMs[0],
                htmlMs[1]);
    }

    private static long[] time(Path file, Path folder, Messages m, int n) {
        try (H2Store db = H2Store.open(new DataFolder(folder))) {
            AppContext ctx = new AppContext(db, m, Clock.systemDefaultZone());
            ImportOptions options = new ImportOptions(null, false, true, null);
            ctx.rosterImport().preview(file, options, () -> false); // warm-up: class loading, JIT
            long t0 = System.nanoTime();
            RosterImportPreview p = ctx.rosterImport().preview(file, options, () -> false);
            long preview = (System.nanoTime() - t0) / 1_000_000;
            ImportOutcome o = ctx.rosterImport().apply(p, true);
            long all = (System.nanoTime() - t0) / 1_000_000;
            assertThat(o.created()).isEqualTo(n);
            return new long[]{preview, all};
        }
    }
}
