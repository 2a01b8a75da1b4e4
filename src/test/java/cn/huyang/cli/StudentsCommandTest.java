package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.cli.LauncherTest.Result;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export template --for students} and {@code import students FILE}: whole or nothing. */
class StudentsCommandTest {
    @TempDir
    Path dir;

    private String data() {
        return dir.resolve("data").toString();
    }

    /** The template with its example row replaced by these rows (学号, 姓名, 联系电话). */
    private Path filled(Path template, String name, String[][] rows) throws Exception {
        Path out = dir.resolve(name);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            Row example = s.getRow(1);
            String dept = new DataFormatter().formatCellValue(example.getCell(5));
            s.removeRow(example);
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(1 + i);
                String[] v = {rows[i][0], rows[i][1], "女", "汉族", "计算机2401班", dept, "", rows[i][2], "", ""};
                for (int c = 0; c < v.length; c++) {
                    r.createCell(c).setCellValue(v[c]);
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    @Test
    void aStudentListGoesInWholeOrNotAtAll() throws Exception {
        assertThat(LauncherTest.run("--data-dir", data(), "demo", "--counselors", "5").exitCode()).isZero();
        Path template = dir.resolve("template.xlsx");
        Result t = LauncherTest.run("--data-dir", data(), "export", "template", template.toString(), "--for",
                "students");
        assertThat(t.exitCode()).as(t.err()).isZero();
        Path bad = filled(template, "bad.xlsx", new String[][] {
            {"2030990001", "王芳", "13912345678"}, {"2030990002", "李娜", "12345"}});
        Result refused = LauncherTest.run("--data-dir", data(), "import", "students", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("联系电话").contains("未写入任何数据");
        Path good = filled(template, "good.xlsx", new String[][] {
            {"2030990001", "王芳", "13912345678"}, {"2030990002", "李娜", "13912345679"}});
        Result ok = LauncherTest.run("--data-dir", data(), "import", "students", good.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("新增 2 名");
        Result again = LauncherTest.run("--data-dir", data(), "import", "students", good.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("新增 0 名，更新 2 名");
    }
}
