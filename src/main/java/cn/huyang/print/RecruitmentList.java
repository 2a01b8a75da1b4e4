package cn.huyang.print;

import java.util.List;

/**
 * A selection round's list as text ready to print on A4 portrait — the 公示名单 or the 拟聘用人员名单:
 * its heading, the unit, a line saying the round and dates, a table (column headings, widths in mm
 * adding up to at most 180, rows), paragraphs after the table (how to raise an objection, …) and the
 * issuing office with its date at the end.
 */
public record RecruitmentList(String heading, String unit, String subtitle, List<String> columns, double[] widths,
                              List<List<String>> rows, List<String> closing, String issuer, String fileName) {
    public RecruitmentList {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        closing = List.copyOf(closing);
        widths = widths.clone();
    }
}
