package cn.huyang.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23: the rows of roster-traps.xlsx as a web page saved as ".xls" (UTF-8 and GBK), Excel 2003
 * XML and .ods — each, whatever its name, gives the xlsx's preview row for row: the header found
 * under the merged title, the same plans, the same refusals with the same row numbers.
 */
class FormatImportTest {
    static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;

    @BeforeEach
    void open() {
        db = TestStores.open(dir.resolve("data"));
        ctx = new AppContext(db, Messages.forLanguage("zh"), FixtureImportTest.CLOCK);
        ctx.roster().saveDepartment(new cn.huyang.roster.Department(null, "JSJ", "计算机系", 1, true));
        ctx.roster().saveDepartment(new cn.huyang.roster.Department(null, "JD", "机电系", 2, true));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private RosterImportPreview preview(Path file) {
        return ctx.rosterImport().preview(file, ImportOptions.defaults(), () -> false);
    }

    private void assertSamePreview(Path file) throws Exception {
        RosterImportPreview xlsx = preview(FixtureImportTest.fixture("roster-traps.xlsx"));
        RosterImportPreview other = preview(file);
        assertThat(other.headerRow()).isEqualTo(xlsx.headerRow()).isEqualTo(3);
        assertThat(other.columns()).isEqualTo(xlsx.columns());
        assertThat(other.rows()).hasSize(5).isEqualTo(xlsx.rows());
        assertThat(other.refused()).hasSize(2).isEqualTo(xlsx.refused());
        assertThat(other.newDepartments()).isEqualTo(xlsx.newDepartments());
    }

    private static List<List<Object>> rows() {
        return FixtureFiles.trapRows();
    }

    @Test
    void aWebPageInUtf8SavedAsXlsGivesTheXlsxPreview() throws Exception {
        Path file = FormatFixtures.html(dir.resolve("花名册导出.xls"), rows(), FixtureFiles.TITLE_LAST_COLUMN,
                StandardCharsets.UTF_8, "<meta charset=\"utf-8\">");
        assertSamePreview(file);
        assertThat(preview(file).sheet()).isEqualTo("花名册导出");
    }

    @Test
    void aWebPageInGbkWithAnHttpEquivCharsetGivesTheXlsxPreview() throws Exception {
        assertSamePreview(FormatFixtures.html(dir.resolve("export.xls"), rows(), FixtureFiles.TITLE_LAST_COLUMN, GBK,
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"));
    }

    @Test
    void aWebPageInGbkWithoutACharsetIsReadAsGbkAndAUtf8OneWithoutAsUtf8() throws Exception {
        assertSamePreview(FormatFixtures.html(dir.resolve("gbk.xls"), rows(), FixtureFiles.TITLE_LAST_COLUMN, GBK, ""));
        assertSamePreview(FormatFixtures.html(dir.resolve("utf8.htm"), rows(), FixtureFiles.TITLE_LAST_COLUMN,
                StandardCharsets.UTF_8, ""));
    }

    @Test
    void spreadsheetMlNamedXlsOrXmlGivesTheXlsxPreviewAndSkipsItsHiddenSheet() throws Exception {
        Path xls = FormatFixtures.spreadsheetMl(dir.resolve("2003.xls"), rows(), FixtureFiles.TITLE_LAST_COLUMN);
        assertSamePreview(xls);
        assertThat(preview(xls).sheet()).isEqualTo("花名册");
        assertThat(SpreadsheetReader.sheets(xls)).containsExactly("花名册");
        assertSamePreview(Files.copy(xls, dir.resolve("2003.xml")));
    }

    @Test
    void anOdsGivesTheXlsxPreviewAndSkipsItsHiddenSheet() throws Exception {
        Path ods = FormatFixtures.ods(dir.resolve("花名册.ods"), rows(), FixtureFiles.TITLE_LAST_COLUMN);
        assertSamePreview(ods);
        assertThat(SpreadsheetReader.sheets(ods)).containsExactly("花名册");
        assertSamePreview(Files.copy(ods, dir.resolve("wps.xls")));
    }

    @Test
    void anOdsImportsAllOrNothingAfterTheBackup() throws Exception {
        Path ods = FormatFixtures.ods(dir.resolve("花名册.ods"), rows(), FixtureFiles.TITLE_LAST_COLUMN);
        RosterImportPreview p = preview(ods);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ctx.rosterImport().apply(p, false))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ctx.roster().counselors()).isEmpty();
        ImportOutcome o = ctx.rosterImport().apply(p, true);
        assertThat(o.created()).isEqualTo(5);
        assertThat(o.refusedRows()).isEqualTo(2);
        if (TestStores.postgres()) {
            assertThat(o.backup()).as("no copy of the server left on this PC").isNull();
        } else {
            assertThat(Files.exists(db.backups().folder().resolve(o.backup()))).isTrue();
        }
        assertThat(ctx.roster().counselors()).extracting(cn.huyang.roster.Counselor::idNumber)
                .contains(FixtureFiles.ID_A, FixtureFiles.ID_B, FixtureFiles.ID_C);
    }

    @Test
    void aWpsEtThatIsABiffWorkbookReadsLikeXls() throws Exception {
        Path et = dir.resolve("名单.et");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             java.io.OutputStream out = Files.newOutputStream(et)) {
            var s = wb.createSheet("WPS表格");
            String[] header = {"姓名", "身份证号", "系部", "岗位类型"};
            String[] values = {"张伟", FixtureFiles.ID_A, "计算机系", "专职"};
            var h = s.createRow(0);
            var v = s.createRow(1);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
                v.createCell(i).setCellValue(values[i]);
            }
            wb.write(out);
        }
        RosterImportPreview p = preview(et);
        assertThat(p.sheet()).isEqualTo("WPS表格");
        assertThat(p.refused()).isEmpty();
        assertThat(p.rows()).singleElement().satisfies(r -> assertThat(r.counselor().idNumber()).isEqualTo(FixtureFiles.ID_A));
    }
}
