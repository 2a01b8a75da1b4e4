package cn.huyang.io;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the committed fixtures of src/test/resources/io (run once by hand; the files are kept so a
 * change of this class shows in review): a roster as an office keeps it, with the traps of issue 6.
 */
public final class FixtureFiles {
    static final String ID_A = "652901199005170033";
    static final String ID_B = "652901199203080047";
    static final String ID_C = "65290119881130007X";
    static final String ID_D = "652901199501020085";
    static final String ID_E = "652901199107090114";

    private FixtureFiles() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/io");
        Files.createDirectories(dir);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet notes = wb.createSheet("填表说明");
            TestSheets.fill(wb, notes, List.of(r("本表由各系部填写，身份证号请设为文本格式")));
            XSSFSheet s = wb.createSheet("花名册");
            TestSheets.fill(wb, s, trapRows());
            TestSheets.mergeTitle(s, TITLE_LAST_COLUMN);
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
            try (OutputStream out = Files.newOutputStream(dir.resolve("roster-traps.xlsx"))) {
                wb.write(out);
            }
        }
        String csv = "姓名,性别,身份证号,系部,岗位类型,入职日期,联系电话\r\n"
                + "张伟,男," + ID_A + ",计算机系,专职,2015年9月1日,13912345678\r\n"
                + "\u3000李娜 ,女,\"" + fullWidth(ID_B) + "\",机电系,兼职,2018.09,\r\n"
                + ",,,,,,\r\n";
        Files.write(dir.resolve("roster-gbk.csv"), csv.getBytes(Charset.forName("GBK")));
    }

    /**
     * The rows of roster-traps.xlsx's sheet 花名册 (its title merged over A1:J1): the same rows are
     * written as a web page, SpreadsheetML and .ods by {@link FormatFixtures}.
     */
    static List<List<Object>> trapRows() {
        return List.of(
                r("某某职业技术学院辅导员花名册（2025年）"),
                r(),
                r("序号", "姓名", "性别", "公民身份号码", "所在单位", "专职/兼职", "手机", "参加工作时间", "出生年月", "备注"),
                r(1, "张伟", "男", ID_A, "计算机系", "专职", 13912345678L, LocalDate.of(2015, 9, 1), "1990.05", null),
                r(2, " 李娜 ", "女", fullWidth(ID_B), "机电系", "兼职", "１３９ １２３４ ５６７９", "2018/9/1", "199203",
                        "全角数字"),
                r(3, "王强", "男", ID_C, "计算机系", "专职", null, "2016.09.01", null, null),
                r(4, "赵敏", "女", ID_D, "计算机系", "专职", null, "2019年9月1日", null, null),
                r(5, "孙磊", "1", ID_E, "机电系", "专职", null, "2020-09-01", null, null),
                r(6, "钱多", "男", 6.10104199003071E17, "计算机系", "专职", null, "2015-09-01", null,
                        "身份证号被存成数字"),
                r(7, "周全", "男", "6.10104199003071E+17", "计算机系", "专职", null, "2015-09-01", null, null),
                r(), r());
    }

    /** The last column of the merged title of {@link #trapRows()}. */
    static final int TITLE_LAST_COLUMN = 9;

    static List<Object> r(Object... cells) {
        return Arrays.asList(cells);
    }

    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }
}
