package cn.huyang.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Small import files for tests outside this package (the rights matrix): one row each, as an office types it. */
public final class ImportFiles {
    private ImportFiles() {
    }

    private static List<Object> r(Object... cells) {
        return Arrays.asList(cells);
    }

    /** A roster file with one new counselor. */
    public static Path roster(Path file, String name, String idNumber, String department) throws IOException {
        return TestSheets.xlsx(file, "花名册", List.of(
                r("姓名", "性别", "身份证号码", "院系", "专兼职", "政治面貌", "学历", "入职时间"),
                r(name, "男", idNumber, department, "专职", "中共党员", "硕士研究生", LocalDate.of(2021, 9, 1))));
    }

    /** A training file with one record of a counselor (found by ID number). */
    public static Path training(Path file, String department, String name, String idNumber) throws IOException {
        return TestSheets.xlsx(file, "台账", List.of(
                r("所在系部", "姓名", "身份证号码", "培训名称", "主办单位", "培训级别", "培训类别", "开始日期", "结束日期", "学时",
                        "证书编号", "人均经费", "备注"),
                r(department, name, idNumber, "导入的培训", "学工部", "校级", "日常培训", LocalDate.of(2025, 4, 1),
                        LocalDate.of(2025, 4, 2), 8, null, null, null)));
    }

    /** A year's scores file with one counselor's four scores. */
    public static Path scores(Path file, String department, String name, String idNumber, BigDecimal score)
            throws IOException {
        return TestSheets.xlsx(file, "成绩", List.of(
                r("所在系部", "姓名", "身份证号", "学工部", "系部党总支", "学生测评", "组织人事部", "附加分", "一票否决"),
                r(department, name, idNumber, score, score, score, score, null, null)));
    }
}
