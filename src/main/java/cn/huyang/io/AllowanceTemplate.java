package cn.huyang.io;

import cn.huyang.common.Messages;
import cn.huyang.roster.Department;
import cn.huyang.roster.RosterService;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The allowance sheet to fill in (the import's columns and one example row, which the import passes over). */
public final class AllowanceTemplate {
    private final RosterService roster;
    private final Messages m;

    public AllowanceTemplate(RosterService roster, Messages m) {
        this.roster = roster;
        this.m = m;
    }

    public void write(Path file) throws IOException {
        List<Department> depts = roster.departments();
        String dept = depts.isEmpty() ? m.get("io.template.exampleDepartment") : depts.get(0).name();
        Object[] example = {dept, m.get("io.template.exampleName"), "652901199005170033", new BigDecimal("2025"),
            new BigDecimal("3"), new BigDecimal("1500.00"), LocalDate.of(2025, 3, 10), m.get("io.template.exampleNote")};
        List<Column<Object[]>> cols = new ArrayList<>();
        AllowanceField[] fields = AllowanceField.values();
        for (int i = 0; i < fields.length; i++) {
            int at = i;
            String header = m.get(fields[i].labelKey());
            cols.add(switch (fields[i]) {
                case PAID_ON -> Column.date(header, r -> r[at]);
                case YEAR, MONTH, AMOUNT -> Column.decimal(header, 12, r -> r[at]);
                case ID_NUMBER -> Column.text(header, 21, r -> r[at]);
                case NOTE -> Column.text(header, 24, r -> r[at]);
                default -> Column.text(header, 12, r -> r[at]);
            });
        }
        XlsxWriter.write(file, m.get("guarantee.sheet.allowance"), cols, List.<Object[]>of(example));
    }
}
