package cn.huyang.io;

import cn.huyang.common.Messages;
import cn.huyang.roster.Department;
import cn.huyang.roster.RosterService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The student list to fill in: the import's columns and one example row (a 学号 to replace before importing). */
public final class StudentTemplate {
    private final RosterService roster;
    private final Messages m;

    public StudentTemplate(RosterService roster, Messages m) {
        this.roster = roster;
        this.m = m;
    }

    public void write(Path file) throws IOException {
        List<Department> depts = roster.departments();
        String dept = depts.isEmpty() ? m.get("io.template.exampleDepartment") : depts.get(0).name();
        Object[] example = {"2025010101", m.get("io.template.exampleName"), m.get("gender.MALE"), "汉族",
            "计算机2501班", dept, "1号楼305", "13800000000", "13900000000（父）", ""};
        List<Column<Object[]>> cols = new ArrayList<>();
        StudentField[] fields = StudentField.values();
        for (int i = 0; i < fields.length; i++) {
            int at = i;
            cols.add(Column.text(m.get(fields[i].labelKey()), fields[i] == StudentField.PARENT_CONTACT ? 22 : 14,
                    r -> r[at]));
        }
        XlsxWriter.write(file, m.get("students.sheet"), cols, List.<Object[]>of(example));
    }
}
