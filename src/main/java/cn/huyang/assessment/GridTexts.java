package cn.huyang.assessment;

import cn.huyang.common.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * What the scores grid says in words: the year's summary line, the refused cells, and who has no
 * scores (asked about before the year is confirmed).
 */
final class GridTexts {
    private GridTexts() {
    }

    /** "已评 297 / 449 人，优秀 59 人，名额 59 人（13%）", with the ties and an exceeded quota. */
    static String summary(Results r, int rows, Scheme scheme, Messages m) {
        String text = m.get("assessment.summary", r.assessed(), rows, r.excellent(), r.quota(),
                scheme.quotaPercent().stripTrailingZeros().toPlainString());
        if (r.tiedAtEdge() > 0) {
            text += m.get("assessment.summary.ties", r.tiedAtEdge());
        }
        if (r.quotaExceeded()) {
            text += m.get("assessment.summary.exceeded");
        }
        return text;
    }

    /** Every refused cell, named; the first five and how many more. */
    static String errors(List<GridRow> rows, Messages m) {
        List<String> out = new ArrayList<>();
        for (GridRow g : rows) {
            out.addAll(g.errors().values());
        }
        if (out.isEmpty()) {
            return "";
        }
        out.sort(null);
        String shown = String.join("\n", out.subList(0, Math.min(5, out.size())));
        return out.size() > 5 ? shown + "\n" + m.get("assessment.errors.more", out.size() - 5) : shown;
    }

    /** The rows of a year not fully scored: those with no score at all, and those with some. */
    record Unscored(List<GridRow> none, List<GridRow> partly) {
        boolean isEmpty() {
            return none.isEmpty() && partly.isEmpty();
        }

        List<Long> noneIds() {
            return none.stream().map(GridRow::counselorId).toList();
        }
    }

    static Unscored unscored(List<GridRow> rows, int year) {
        List<GridRow> none = new ArrayList<>();
        List<GridRow> partly = new ArrayList<>();
        for (GridRow g : rows) {
            Entry e = g.toEntry(year);
            if (e.scores().isEmpty()) {
                none.add(g);
            } else if (!e.complete()) {
                partly.add(g);
            }
        }
        return new Unscored(none, partly);
    }

    /** "张三（信息工程系）、李四（机电工程系）……等 90 人": the first {@code max} by name, then the count. */
    static String names(List<GridRow> rows, int max, Messages m) {
        List<String> out = new ArrayList<>();
        for (GridRow g : rows.subList(0, Math.min(max, rows.size()))) {
            out.add(m.get("assessment.confirm.person", g.name(), g.department()));
        }
        String list = String.join(m.get("assessment.confirm.separator"), out);
        return rows.size() > max ? m.get("assessment.confirm.andMore", list, rows.size()) : list;
    }
}
