package cn.huyang.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.roster.Department;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blank roster template: Chinese headers, an example row, drop-down lists; it imports back clean. */
class TemplateTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;

    @BeforeEach
    void open() {
        db = TestStores.open(dir.resolve("data"));
        ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        ctx.roster().saveDepartment(new Department(null, "JD", "机电系", 2, true));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void templateHasHeadersAnExampleAndDropDownsAndTheExampleIsPassedOverOnImport() throws Exception {
        Path file = dir.resolve("模板.xlsx");
        ctx.export().rosterTemplate(file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(s.getRow(0).getCell(4).getStringCellValue()).isEqualTo("身份证号");
            assertThat(s.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("张伟（示例）");
            assertThat(s.getDataValidations()).extracting(DataValidation::getValidationConstraint)
                    .anySatisfy(c -> assertThat(c.getExplicitListValues()).containsExactly("男", "女"))
                    .anySatisfy(c -> assertThat(c.getExplicitListValues()).containsExactly("计算机系", "机电系"));
        }
        RosterImportPreview p = ctx.rosterImport().preview(file, ImportOptions.defaults(), () -> false);
        assertThat(p.refused()).isEmpty();
        assertThat(p.rows()).isEmpty();
        assertThat(p.columns()).allMatch(ImportColumn::mapped);
    }
}
