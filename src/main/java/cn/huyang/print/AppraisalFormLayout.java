package cn.huyang.print;

import cn.huyang.common.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one counselor's appraisal form on A4 portrait pages (margins 20 mm at the sides, 18 mm
 * top and bottom): page 1 like the national 事业单位工作人员年度考核登记表, then as many continuation
 * pages as a long 个人总结 needs (text flows on, never cut), then the 考核评分汇总表.
 */
public final class AppraisalFormLayout implements FormLayout<AppraisalForm> {
    static final double LEFT = 20;
    static final double RIGHT = 190;
    static final double WIDTH = RIGHT - LEFT;
    static final double BOTTOM = 279;
    static final double LABEL_W = 23;
    static final double BODY = 10.5;
    static final double SMALL = 9;
    static final double PITCH = 6.6;
    static final double FRAME = 0.5;
    static final double RULE = 0.25;

    private final Messages m;
    private final FormFont font;
    private final Typesetter type;

    public AppraisalFormLayout(Messages messages) {
        this(messages, FormFont.get());
    }

    AppraisalFormLayout(Messages messages, FormFont font) {
        this.m = messages;
        this.font = font;
        this.type = new Typesetter(font);
    }

    @Override
    public String fileName(AppraisalForm f) {
        return f.year() + "-" + f.department() + "-" + f.name();
    }

    @Override
    public String documentTitle(List<AppraisalForm> forms) {
        if (forms.size() == 1) {
            return m.get("form.pdf.title", forms.get(0).name(), forms.get(0).year());
        }
        return m.get("form.pdf.titleAll", forms.isEmpty() ? 0 : forms.get(0).year());
    }

    @Override
    public List<Layout.Page> layout(AppraisalForm f) {
        List<Layout.Page> pages = new ArrayList<>();
        Layout.Page first = new Layout.Page();
        pages.add(first);
        List<String> rest = firstPage(first, f);
        while (!rest.isEmpty()) {
            Layout.Page cont = new Layout.Page();
            pages.add(cont);
            rest = continuation(cont, f, rest);
        }
        Layout.Page summary = new Layout.Page();
        pages.add(summary);
        scoreSheet(summary, f);
        for (int i = 0; i < pages.size(); i++) {
            centered(pages.get(i), 105, 290, 8, m.get("form.footer", f.name(), f.year(), i + 1, pages.size()));
        }
        return pages;
    }

    // ---- page 1: 事业单位工作人员年度考核登记表 -----------------------------------------------------

    private List<String> firstPage(Layout.Page p, AppraisalForm f) {
        centered(p, 105, 30, 18, m.get("form.title"));
        centered(p, 105, 39, 12, m.get("form.yearLine", f.year()));
        p.text(LEFT, 47, BODY, m.get("form.unitLine", f.unit()));
        right(p, RIGHT, 47, BODY, m.get("form.dateLine"));

        double[] x = {LEFT, LEFT + LABEL_W, 75, 95, 127, 152, RIGHT};
        double y = 50;
        double h = 10;
        p.line(LEFT, y, RIGHT, y, FRAME);
        cellRow(p, x, y, h, m.get("form.name"), f.name(), m.get("form.gender"), f.gender(), m.get("form.birth"),
                f.birth());
        y += h;
        cellRow(p, x, y, h, m.get("form.ethnicity"), f.ethnicity(), m.get("form.political"), f.politicalStatus(),
                m.get("form.education"), f.education());
        y += h;
        label(p, x[0], x[1], y, h, m.get("form.deptPosition"));
        value(p, x[1], x[4], y, h, f.departmentAndPosition());
        label(p, x[4], x[5], y, h, m.get("form.positionSince"));
        value(p, x[5], x[6], y, h, f.positionSince());
        vlines(p, y, h, x[1], x[4], x[5]);
        p.line(LEFT, y + h, RIGHT, y + h, RULE);
        y += h;
        double workH = 14;
        label(p, x[0], x[1], y, workH, m.get("form.work.label"));
        paragraph(p, x[1] + 2, x[6] - 2, y, workH, SMALL, f.work());
        vlines(p, y, workH, x[1]);
        p.line(LEFT, y + workH, RIGHT, y + workH, RULE);
        y += workH;

        // 个人总结: the typed summary, or ruled lines for handwriting
        double boxTop = y;
        double boxH = 96;
        verticalLabel(p, LEFT, LEFT + LABEL_W, boxTop, boxH, m.get("form.summary"));
        vlines(p, boxTop, boxH, LEFT + LABEL_W);
        List<String> rest = List.of();
        double tx = LEFT + LABEL_W + 3;
        double tw = RIGHT - 3 - tx;
        if (f.summary() == null || f.summary().isBlank()) {
            for (double ly = boxTop + 9; ly < boxTop + boxH - 2; ly += 8) {
                p.line(tx, ly, RIGHT - 3, ly, 0.15);
            }
        } else {
            List<String> lines = wrap(f.summary(), tw, BODY, true);
            int fit = (int) ((boxH - 6) / PITCH);
            if (lines.size() > fit) {
                rest = lines.subList(fit - 1, lines.size());
                lines = new ArrayList<>(lines.subList(0, fit - 1));
                lines.add(m.get("form.summary.continued"));
            }
            double ly = boxTop + 6.5;
            for (String line : lines) {
                p.text(tx, ly, BODY, line);
                ly += PITCH;
            }
        }
        p.line(LEFT, boxTop + boxH, RIGHT, boxTop + boxH, RULE);
        y = boxTop + boxH;

        y = opinionBox(p, y, 25, m.get("form.leader"), m.get("form.leader.grade", f.proposedGrade()),
                m.get("form.signDate"));
        y = opinionBox(p, y, 25, m.get("form.unitOpinion"), m.get("form.unitOpinion.grade", f.grade()),
                m.get("form.sealDate"));
        y = opinionBox(p, y, 20, m.get("form.self"), null, m.get("form.signDate"));
        double remarksH = BOTTOM - y;
        label(p, LEFT, LEFT + LABEL_W, y, remarksH, m.get("form.remarks"));
        paragraph(p, LEFT + LABEL_W + 3, RIGHT - 3, y, remarksH, SMALL, f.remarks());
        vlines(p, y, remarksH, LEFT + LABEL_W);
        p.rect(LEFT, 50, WIDTH, BOTTOM - 50, FRAME);
        return rest;
    }

    private double opinionBox(Layout.Page p, double y, double h, String title, String grade, String signature) {
        label(p, LEFT, LEFT + LABEL_W, y, h, title);
        vlines(p, y, h, LEFT + LABEL_W);
        if (grade != null) {
            p.text(LEFT + LABEL_W + 3, y + 6.5, BODY, grade);
        }
        right(p, RIGHT - 4, y + h - 3.5, BODY, signature);
        p.line(LEFT, y + h, RIGHT, y + h, RULE);
        return y + h;
    }

    private List<String> continuation(Layout.Page p, AppraisalForm f, List<String> lines) {
        centered(p, 105, 30, 16, m.get("form.summary.continuation"));
        p.text(LEFT, 42, BODY, m.get("form.continuation.who", f.name(), f.year()));
        double top = 46;
        int fit = (int) ((BOTTOM - top - 6) / PITCH);
        List<String> here = lines.size() > fit ? lines.subList(0, fit) : lines;
        double ly = top + 7;
        for (String line : here) {
            p.text(LEFT + 4, ly, BODY, line);
            ly += PITCH;
        }
        p.rect(LEFT, top, WIDTH, BOTTOM - top, FRAME);
        return lines.size() > fit ? lines.subList(fit, lines.size()) : List.of();
    }

    // ---- the last page: 考核评分汇总表 ------------------------------------------------------------

    private void scoreSheet(Layout.Page p, AppraisalForm f) {
        centered(p, 105, 30, 16, m.get("form.sheet.title"));
        centered(p, 105, 39, 12, m.get("form.yearLine", f.year()));
        p.text(LEFT, 47, BODY, m.get("form.unitLine", f.unit()));
        double[] x = {LEFT, 58, 105, 148, RIGHT};
        double y = 50;
        double h = 10;
        p.line(LEFT, y, RIGHT, y, FRAME);
        y = row4(p, x, y, h, m.get("form.name"), f.name(), m.get("form.department"), f.department());
        y = row2(p, x, y, 12, m.get("form.classes"), f.classes());
        y = row4(p, x, y, h, m.get("form.students"), f.students(), m.get("form.yearsAsCounselor"),
                f.yearsAsCounselor());
        y = row2(p, x, y, h, m.get("form.titleRank"), f.titleAndRank());
        y = row4(p, x, y, h, m.get("form.party"), null, null, null, true,
                m.get("form.weight"), m.get("form.score"), m.get("form.weighted"));
        for (AppraisalForm.ScoreLine s : f.scores()) {
            y = row4(p, x, y, h, s.party(), null, null, null, false, s.weight(), s.score(), s.weighted());
        }
        y = row2(p, x, y, h, m.get("form.bonus"), f.bonus());
        y = row2(p, x, y, h, m.get("form.veto"), f.veto());
        y = row4(p, x, y, h, m.get("form.total"), f.total(), m.get("form.rank.label"), f.rank());
        y = row2(p, x, y, h, m.get("form.grade"), f.grade());
        // the notes box grows with its text (an override's reason, a review) down to the seal line
        double available = BOTTOM - 22 - y;
        double size = SMALL;
        double needed = notesHeight(f.note(), RIGHT - 3 - (x[1] + 3), size);
        if (needed > available) {
            size = 7.5;
            needed = notesHeight(f.note(), RIGHT - 3 - (x[1] + 3), size);
        }
        double noteH = Math.min(available, Math.max(30, needed));
        label(p, x[0], x[1], y, noteH, m.get("form.note"));
        paragraph(p, x[1] + 3, RIGHT - 3, y, noteH, size, f.note());
        vlines(p, y, noteH, x[1]);
        y += noteH;
        p.rect(LEFT, 50, WIDTH, y - 50, FRAME);
        right(p, RIGHT - 4, y + 14, BODY, m.get("form.sheet.seal"));
    }

    private double row2(Layout.Page p, double[] x, double y, double h, String l, String v) {
        label(p, x[0], x[1], y, h, l);
        value(p, x[1], x[4], y, h, v);
        vlines(p, y, h, x[1]);
        p.line(LEFT, y + h, RIGHT, y + h, RULE);
        return y + h;
    }

    private double row4(Layout.Page p, double[] x, double y, double h, String l1, String v1, String l2, String v2) {
        label(p, x[0], x[1], y, h, l1);
        value(p, x[1], x[2], y, h, v1);
        label(p, x[2], x[3], y, h, l2);
        value(p, x[3], x[4], y, h, v2);
        vlines(p, y, h, x[1], x[2], x[3]);
        p.line(LEFT, y + h, RIGHT, y + h, RULE);
        return y + h;
    }

    /** A scores row: the party as a label, then three values (or, for the heading, three labels). */
    private double row4(Layout.Page p, double[] x, double y, double h, String l1, String u1, String u2, String u3,
                        boolean heading, String a, String b, String c) {
        label(p, x[0], x[1], y, h, l1);
        if (heading) {
            label(p, x[1], x[2], y, h, a);
            label(p, x[2], x[3], y, h, b);
            label(p, x[3], x[4], y, h, c);
        } else {
            value(p, x[1], x[2], y, h, a);
            value(p, x[2], x[3], y, h, b);
            value(p, x[3], x[4], y, h, c);
        }
        vlines(p, y, h, x[1], x[2], x[3]);
        p.line(LEFT, y + h, RIGHT, y + h, RULE);
        return y + h;
    }

    // ---- cells ----------------------------------------------------------------------------------

    private void cellRow(Layout.Page p, double[] x, double y, double h, String l1, String v1, String l2, String v2,
                         String l3, String v3) {
        label(p, x[0], x[1], y, h, l1);
        value(p, x[1], x[2], y, h, v1);
        label(p, x[2], x[3], y, h, l2);
        value(p, x[3], x[4], y, h, v2);
        label(p, x[4], x[5], y, h, l3);
        value(p, x[5], x[6], y, h, v3);
        vlines(p, y, h, x[1], x[2], x[3], x[4], x[5]);
        p.line(LEFT, y + h, RIGHT, y + h, RULE);
    }

    private static void vlines(Layout.Page p, double y, double h, double... xs) {
        for (double x : xs) {
            p.line(x, y, x, y + h, RULE);
        }
    }

    /** A label centred in its cell, wrapped onto lines when it is longer than the cell. */
    private void label(Layout.Page p, double x1, double x2, double y, double h, String text) {
        if (text == null) {
            return;
        }
        double size = BODY;
        List<String> lines = wrap(text, x2 - x1 - 2, size, false);
        if (lines.size() > 1) {
            size = SMALL;
            lines = wrap(text, x2 - x1 - 2, size, false);
        }
        block(p, (x1 + x2) / 2, y, h, size, lines);
    }

    /** A value centred in its cell, smaller when it does not fit, wrapped as a last resort. */
    private void value(Layout.Page p, double x1, double x2, double y, double h, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        double avail = x2 - x1 - 3;
        double size = BODY;
        while (size > 7.5 && font.widthMm(text, size) > avail) {
            size -= 0.5;
        }
        block(p, (x1 + x2) / 2, y, h, size, wrap(text, avail, size, false));
    }

    private void block(Layout.Page p, double cx, double y, double h, double size, List<String> lines) {
        double lineH = size / Layout.PT_PER_MM * 1.25;
        double first = y + (h - lineH * lines.size()) / 2 + lineH * 0.8;
        for (int i = 0; i < lines.size(); i++) {
            centered(p, cx, first + i * lineH, size, lines.get(i));
        }
    }

    /** A CJK label set vertically, one character under the other, as the paper form has it; other text as a label. */
    private void verticalLabel(Layout.Page p, double x1, double x2, double y, double h, String text) {
        if (text.chars().anyMatch(c -> c < 0x2E80 && Character.isLetter(c))) {
            label(p, x1, x2, y, h, text);
            return;
        }
        double step = 9;
        int n = text.codePointCount(0, text.length());
        double start = y + (h - step * n) / 2 + step * 0.7;
        int i = 0;
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            centered(p, (x1 + x2) / 2, start + step * i++, BODY + 1, new String(Character.toChars(cp)));
            k += Character.charCount(cp);
        }
    }

    private double notesHeight(String text, double width, double size) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return wrap(text, width, size, false).size() * size / Layout.PT_PER_MM * 1.35 + 3;
    }

    private void paragraph(Layout.Page p, double x1, double x2, double y, double h, double size, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        double lineH = size / Layout.PT_PER_MM * 1.35;
        double ly = y + lineH + 1;
        for (String line : wrap(text, x2 - x1, size, false)) {
            if (ly > y + h - 1) {
                break;
            }
            p.text(x1, ly, size, line);
            ly += lineH;
        }
    }

    private void centered(Layout.Page p, double cx, double baseline, double size, String text) {
        type.centered(p, cx, baseline, size, text);
    }

    private void right(Layout.Page p, double rx, double baseline, double size, String text) {
        type.right(p, rx, baseline, size, text);
    }

    List<String> wrap(String text, double width, double size, boolean indent) {
        return type.wrap(text, width, size, indent);
    }
}
