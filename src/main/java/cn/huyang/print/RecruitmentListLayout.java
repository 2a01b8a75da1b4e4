package cn.huyang.print;

import cn.huyang.common.Messages;
import java.util.List;

/**
 * Lays out a selection round's list (公示名单, 拟聘用人员名单) on A4 portrait pages (margins 15 mm): the
 * heading, the unit and the round, the table with its heading row repeated on every page it reaches,
 * the paragraphs after it, the issuer and date at the right; every page numbered.
 */
public final class RecruitmentListLayout implements FormLayout<RecruitmentList> {
    static final double LEFT = 15;
    static final double RIGHT = 195;
    static final double BOTTOM = 280;
    static final double BODY = 10.5;
    static final double TABLE = 9.5;

    private final Messages m;
    private final Typesetter type;

    public RecruitmentListLayout(Messages messages) {
        this.m = messages;
        this.type = new Typesetter(FormFont.get());
    }

    @Override
    public String fileName(RecruitmentList list) {
        return list.fileName();
    }

    @Override
    public String documentTitle(List<RecruitmentList> lists) {
        return lists.isEmpty() ? "" : lists.get(0).heading();
    }

    @Override
    public List<Layout.Page> layout(RecruitmentList list) {
        double titleSize = 16;
        while (titleSize > 12 && type.width(list.heading(), titleSize) > RIGHT - LEFT) {
            titleSize -= 0.5;
        }
        PageFlow flow = new PageFlow(false, 40, 24, BOTTOM, p -> {
            p.text(LEFT, 15, TABLE, m.get("titleForm.list.continuation", list.heading()));
            p.line(LEFT, 17.5, RIGHT, 17.5, Table.RULE);
        });
        Layout.Page first = flow.page();
        type.centered(first, (LEFT + RIGHT) / 2, 22, titleSize, list.heading());
        first.text(LEFT, 31, BODY, m.get("form.unitLine", list.unit()));
        List<String> sub = type.wrap(list.subtitle(), RIGHT - LEFT, BODY, false);
        double y = 36.5;
        for (String line : sub) {
            first.text(LEFT, y, BODY, line);
            y += 5.5;
        }
        flow.advance(Math.max(0, y - 36.5));
        boolean[] center = new boolean[list.columns().size()];
        java.util.Arrays.fill(center, true);
        Table t = new Table(type, LEFT, list.widths(), TABLE, 8).heading(list.columns().toArray(String[]::new));
        for (List<String> row : list.rows()) {
            t.row(center, row.toArray(String[]::new));
        }
        if (list.rows().isEmpty()) {
            flow.page().text(LEFT, flow.y() + 6, BODY, m.get("recruitment.print.empty"));
            flow.advance(10);
        } else {
            flow.ensure(t.startHeight());
            t.draw(flow);
        }
        flow.advance(4);
        for (String paragraph : list.closing()) {
            List<String> lines = type.wrap(paragraph, RIGHT - LEFT, BODY, true);
            flow.ensure(lines.size() * 6.0);
            for (String line : lines) {
                flow.page().text(LEFT, flow.y() + 5, BODY, line);
                flow.advance(6);
            }
        }
        flow.ensure(20);
        type.right(flow.page(), RIGHT - 4, flow.y() + 10, BODY, list.issuer());
        type.right(flow.page(), RIGHT - 4, flow.y() + 17, BODY, m.get("recruitment.print.dateLine"));
        flow.advance(20);
        List<Layout.Page> pages = flow.pages();
        for (int i = 0; i < pages.size(); i++) {
            type.centered(pages.get(i), (LEFT + RIGHT) / 2, 290, 8, m.get("recruitment.print.footer", i + 1,
                    pages.size()));
        }
        return pages;
    }
}
