package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.cli.LauncherTest.Result;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and {@code import} on the command line, and the round trip through an empty data folder. */
class SpreadsheetCommandsTest {
    @TempDir
    Path dir;

    private String a() {
        return dir.resolve("a").toString();
    }

    private String b() {
        return dir.resolve("b").toString();
    }

    /** The sheet's rows as shown, without the 状态 column (the status follows the roster history). */
    private static List<String> rows(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            int status = -1;
            for (Row row : s) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    String v = row.getCell(i) == null ? "" : f.formatCellValue(row.getCell(i));
                    if (row.getRowNum() == 0 && v.equals("状态")) {
                        status = i;
                    }
                    if (i != status) {
                        b.append(v).append('|');
                    }
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    @Test
    void roundTripExportImportIntoAnEmptyFolderExportGivesTheSameRows() throws Exception {
        assertThat(LauncherTest.run("--data-dir", a(), "demo", "--counselors", "40").exitCode()).isZero();
        Path first = dir.resolve("first.xlsx");
        Result export = LauncherTest.run("--data-dir", a(), "export", "roster", first.toString(), "--full-id");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("已导出 40 行");

        Result dry = LauncherTest.run("--data-dir", b(), "import", "roster", first.toString(), "--dry-run",
                "--create-departments");
        assertThat(dry.exitCode()).as(dry.out() + dry.err()).isZero();
        assertThat(dry.out()).contains("新增 40 人").contains("试运行");
        Result imported = LauncherTest.run("--data-dir", b(), "import", "roster", first.toString(),
                "--create-departments");
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.out()).contains("已导入").contains("导入前的备份");

        Path second = dir.resolve("second.xlsx");
        assertThat(LauncherTest.run("--data-dir", b(), "export", "roster", second.toString(), "--full-id")
                .exitCode()).isZero();
        assertThat(rows(second)).containsExactlyInAnyOrderElementsOf(rows(first));

        Result again = LauncherTest.run("--data-dir", b(), "import", "roster", first.toString(), "--update");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("新增 0 人，更新 0 人，无变化 40 人");
    }

    @Test
    void aMaskedExportIsRefusedOnImportAndNothingIsWritten() throws Exception {
        assertThat(LauncherTest.run("--data-dir", a(), "demo", "--counselors", "5").exitCode()).isZero();
        Path masked = dir.resolve("masked.xlsx");
        assertThat(LauncherTest.run("--data-dir", a(), "export", "roster", masked.toString()).exitCode()).isZero();
        Result r = LauncherTest.run("--data-dir", b(), "import", "roster", masked.toString(), "--create-departments");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("第 2 行\t身份证号\t").contains("身份证号已打码")
                .contains("拒绝 5 行").contains("未写入任何数据");
        Path after = dir.resolve("after.xlsx");
        assertThat(LauncherTest.run("--data-dir", b(), "export", "roster", after.toString()).out())
                .contains("已导出 0 行");
    }

    @Test
    void everyTableExports() {
        assertThat(LauncherTest.run("--data-dir", a(), "demo", "--counselors", "10").exitCode()).isZero();
        for (String table : List.of("training", "compliance", "ratio", "scores")) {
            Path file = dir.resolve(table + ".xlsx");
            Result r = LauncherTest.run("--data-dir", a(), "export", table, file.toString(), "--year", "2025");
            assertThat(r.exitCode()).as(table + r.err()).isZero();
            assertThat(file).exists();
        }
    }

    @Test
    void anUnreadableFileExitsWithAPlainMessage() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.xlsx"), "not a spreadsheet");
        Result r = LauncherTest.run("--data-dir", a(), "import", "roster", junk.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("junk.xlsx 不是电子表格文件");
    }

    @Test
    void scoresAndTrainingImportFromTheirTemplates() {
        assertThat(LauncherTest.run("--data-dir", a(), "demo", "--counselors", "10").exitCode()).isZero();
        int thisYear = java.time.Year.now().getValue();
        Path scores = dir.resolve("scores.xlsx");
        Result template = LauncherTest.run("--data-dir", a(), "export", "template", scores.toString(), "--for",
                "scores", "--year", String.valueOf(thisYear));
        assertThat(template.exitCode()).as(template.err()).isZero();
        Result dry = LauncherTest.run("--data-dir", a(), "import", "scores", scores.toString(), "--year",
                String.valueOf(thisYear), "--dry-run");
        assertThat(dry.exitCode()).as(dry.out() + dry.err()).isZero();
        assertThat(dry.out()).contains(thisYear + " 年考核成绩，共 ").contains("拒绝 0 行").contains("试运行");

        Result locked = LauncherTest.run("--data-dir", a(), "import", "scores", scores.toString(), "--year",
                String.valueOf(thisYear - 1));
        assertThat(locked.exitCode()).isEqualTo(1);
        assertThat(locked.err()).contains("已确认并锁定").contains("未写入任何数据");

        Result noYear = LauncherTest.run("--data-dir", a(), "import", "scores", scores.toString());
        assertThat(noYear.exitCode()).isEqualTo(2);
        assertThat(noYear.err()).contains("--year");

        Path training = dir.resolve("training.xlsx");
        assertThat(LauncherTest.run("--data-dir", a(), "export", "template", training.toString(), "--for",
                "training").exitCode()).isZero();
        Result t = LauncherTest.run("--data-dir", a(), "import", "training", training.toString());
        assertThat(t.exitCode()).as(t.out() + t.err()).isZero();
        assertThat(t.out()).contains("新增培训记录 0 条");
    }
}
