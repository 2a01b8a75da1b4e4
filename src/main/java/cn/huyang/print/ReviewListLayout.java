package cn.huyang.print;

import cn.huyang.common.Messages;
import java.util.List;

/**
 * Lays out a year's review list (评审名单) on A4 landscape pages (margins 15 mm): one table per target,
 * its heading row repeated on every page it reaches, every page numbered; the committee's seal line
 * at the end.
 */
public final class ReviewListLayout implements FormLayout<ReviewList> {
    static final double LEFT = ListFrame.MARGIN;
    static final double RIGHT = 297 - ListFrame.MARGIN;
    static final double BODY = 10.5;
    static final double TABLE = 9;
    static final double SECTION_H = 8.5;
    /** 序号 姓名 系部 现任 申报 条件 工作实绩 科研 总分 排名 名额 结果: 267 mm. */
    static final double[] COLUMNS = {10, 30, 26, 34, 24, 26, 18, 18, 18, 12, 26, 25};

    private final Messages m;
    private final Typesetter type;

    public ReviewListLayout(Messages messages) {
        this(messages, FormFont.get());
    }

    ReviewListLayout(Messages messages, FormFont font) {
        this.m = messages;
        this.type = new Typesetter(font);
    }

    @Override
    public String fileName(ReviewList list) {
        return m.get("titleForm.list.fileName", list.year());
    }

    @Override
    public String documentTitle(List<ReviewList> lists) {
        return lists.isEmpty() ? "" : lists.get(0).heading();
    }

    @Override
    public List<Layout.Page> layout(ReviewList list) {
        ListFrame frame = new ListFrame(type, true);
        PageFlow flow = frame.flow(32, m.get("titleForm.list.continuation", list.heading()));
        Layout.Page first = flow.page();
        frame.title(first, list.heading());
        first.text(LEFT, 29, BODY, m.get("form.unitLine", list.unit()));
        type.right(first, RIGHT, 29, BODY, list.status());

        boolean[] center = {true, true, true, true, true, true, true, true, true, true, true, true};
        if (list.groups().isEmpty()) {
            flow.page().text(LEFT, flow.y() + 8, BODY, m.get("titleForm.list.empty"));
            flow.advance(12);
        }
        for (ReviewList.Group g : list.groups()) {
            Table t = new Table(type, LEFT, COLUMNS, TABLE, 8).heading(m.get("titleForm.list.no"),
                    m.get("form.name"), m.get("titleForm.department"), m.get("titleForm.list.current"),
                    m.get("titleForm.list.target"), m.get("titleForm.list.conditions"), m.get("titleForm.scoreWork"),
                    m.get("titleForm.scoreResearch"), m.get("titleForm.total"), m.get("titleForm.list.rank"),
                    m.get("titleForm.standing"), m.get("titleForm.verdict"));
            for (ReviewList.Line l : g.lines()) {
                t.row(center, l.no(), l.name(), l.department(), l.current(), l.target(), l.conditions(), l.work(),
                        l.research(), l.total(), l.rank(), l.standing(), l.verdict());
            }
            flow.ensure(SECTION_H + t.startHeight());
            flow.page().text(LEFT, flow.y() + 6, BODY, g.title());
            flow.advance(SECTION_H);
            t.draw(flow);
            flow.advance(3);
        }
        flow.ensure(16);
        type.right(flow.page(), RIGHT - 4, flow.y() + 10, BODY, m.get("titleForm.list.seal"));

        List<Layout.Page> pages = flow.pages();
        frame.number(pages, (page, count) -> m.get("titleForm.list.footer", list.year(), page, count));
        return pages;
    }
}
