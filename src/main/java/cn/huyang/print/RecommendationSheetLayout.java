package cn.huyang.print;

import cn.huyang.common.Messages;
import java.util.List;

/**
 * Lays out one applicant's recommendation sheet (职称评审推荐表) on A4 portrait pages, margins as the
 * appraisal form's (20 mm at the sides): the basic details, the criteria with ✔ 符合 / ✘ 不符合, the
 * assessments of the window, outputs, teaching, the panel's scores and the result, then the three
 * opinion boxes. Content flows onto further pages, each with a small header naming the applicant;
 * tables break between rows with their heading repeated, and no box is cut.
 */
public final class RecommendationSheetLayout implements FormLayout<RecommendationSheet> {
    static final double LEFT = 20;
    static final double RIGHT = 190;
    static final double WIDTH = RIGHT - LEFT;
    static final double BOTTOM = 279;
    static final double BODY = 10.5;
    static final double TABLE = 9;
    static final double ROW = 8;
    static final double SECTION_H = 8.5;
    static final double GAP = 2.5;
    static final double OPINION_H = 30;
    static final double LABEL_W = 30;

    private final Messages m;
    private final Typesetter type;

    public RecommendationSheetLayout(Messages messages) {
        this(messages, FormFont.get());
    }

    RecommendationSheetLayout(Messages messages, FormFont font) {
        this.m = messages;
        this.type = new Typesetter(font);
    }

    @Override
    public String fileName(RecommendationSheet s) {
        return s.year() + "-" + s.department() + "-" + s.name() + "-" + s.target();
    }

    @Override
    public String documentTitle(List<RecommendationSheet> sheets) {
        if (sheets.size() == 1) {
            return m.get("titleForm.pdf.title", sheets.get(0).name(), sheets.get(0).year());
        }
        return m.get("titleForm.pdf.titleAll", sheets.isEmpty() ? 0 : sheets.get(0).year());
    }

    @Override
    public List<Layout.Page> layout(RecommendationSheet s) {
        double titleSize = 16;
        while (titleSize > 12 && type.width(s.heading(), titleSize) > WIDTH) {
            titleSize -= 0.5;
        }
        PageFlow flow = new PageFlow(false, 42, 27, BOTTOM, p -> {
            p.text(LEFT, 20, TABLE, m.get("titleForm.continuation", s.name(), s.target()));
            p.line(LEFT, 22.5, RIGHT, 22.5, Table.RULE);
        });
        Layout.Page first = flow.page();
        type.centered(first, 105, 27, titleSize, s.heading());
        first.text(LEFT, 38, BODY, m.get("form.unitLine", s.unit()));
        type.right(first, RIGHT, 38, BODY, m.get("titleForm.appliedOn", s.appliedOn()));

        basic(flow, s);
        checks(flow, s);
        assessments(flow, s);
        outputs(flow, s);
        teaching(flow, s);
        scores(flow, s);
        result(flow, s);
        opinions(flow);

        List<Layout.Page> pages = flow.pages();
        for (int i = 0; i < pages.size(); i++) {
            type.centered(pages.get(i), 105, 290, 8, m.get("titleForm.footer", s.name(), s.year(), i + 1,
                    pages.size()));
        }
        return pages;
    }

    /** A section's title kept with the start of what follows it. */
    private void section(PageFlow flow, String title, double keepWith) {
        flow.ensure(SECTION_H + keepWith);
        flow.page().text(LEFT, flow.y() + 6, BODY, title);
        flow.advance(SECTION_H);
    }

    private Table table(double... widths) {
        return new Table(type, LEFT, widths, TABLE, ROW);
    }

    private void put(PageFlow flow, String title, Table t) {
        section(flow, title, t.startHeight());
        t.draw(flow);
        flow.advance(GAP);
    }

    private void basic(PageFlow flow, RecommendationSheet s) {
        Table t = new Table(type, LEFT, new double[] {28, 30, 22, 28, 28, 34}, BODY - 0.5, 9);
        t.row(Table.Cell.label(m.get("form.name")), Table.Cell.value(s.name()),
                Table.Cell.label(m.get("form.gender")), Table.Cell.value(s.gender()),
                Table.Cell.label(m.get("form.birth")), Table.Cell.value(s.birth()));
        t.row(Table.Cell.label(m.get("form.ethnicity")), Table.Cell.value(s.ethnicity()),
                Table.Cell.label(m.get("form.political")), Table.Cell.value(s.politicalStatus()),
                Table.Cell.label(m.get("titleForm.education")), Table.Cell.value(s.educationAndDegree()));
        t.row(Table.Cell.label(m.get("titleForm.major")), Table.Cell.value(s.major()),
                Table.Cell.label(m.get("titleForm.department")), Table.Cell.value(s.department()),
                Table.Cell.label(m.get("titleForm.entryDate")), Table.Cell.value(s.entryDate()));
        t.row(Table.Cell.label(m.get("titleForm.current")), Table.Cell.value(s.current(), 3),
                Table.Cell.label(m.get("titleForm.yearsAsCounselor")), Table.Cell.value(s.yearsAsCounselor()));
        t.row(Table.Cell.label(m.get("titleForm.target")), Table.Cell.value(s.target(), 5));
        put(flow, m.get("titleForm.section.basic"), t);
    }

    private void checks(PageFlow flow, RecommendationSheet s) {
        Table t = table(28, 54, 62, 26).heading(m.get("titleForm.criterion"), m.get("titleForm.requirement"),
                m.get("titleForm.evidence"), m.get("titleForm.met"));
        boolean[] center = {true, false, false, true};
        for (RecommendationSheet.Check c : s.checks()) {
            t.row(center, c.criterion(), c.requirement(), c.evidence(),
                    m.get(c.met() ? "titleForm.check.met" : "titleForm.check.unmet"));
        }
        if (t.isEmpty()) {
            t.row(Table.Cell.value(m.get("titleForm.none"), 4));
        }
        put(flow, m.get("titleForm.section.checks"), t);
    }

    private void assessments(PageFlow flow, RecommendationSheet s) {
        int n = s.assessments().size();
        if (n == 0) {
            Table t = table(LABEL_W, WIDTH - LABEL_W);
            t.row(Table.Cell.label(m.get("titleForm.grade")), Table.Cell.value(m.get("titleForm.none")));
            put(flow, m.get("titleForm.section.assessments"), t);
            return;
        }
        double[] w = new double[n + 1];
        w[0] = LABEL_W;
        for (int i = 1; i <= n; i++) {
            w[i] = (WIDTH - LABEL_W) / n;
        }
        Table t = table(w);
        Table.Cell[] years = new Table.Cell[n + 1];
        Table.Cell[] grades = new Table.Cell[n + 1];
        years[0] = Table.Cell.label(m.get("titleForm.assessmentYear"));
        grades[0] = Table.Cell.label(m.get("titleForm.grade"));
        for (int i = 0; i < n; i++) {
            years[i + 1] = Table.Cell.label(s.assessments().get(i).year());
            grades[i + 1] = Table.Cell.value(s.assessments().get(i).grade());
        }
        t.row(years).row(grades);
        put(flow, m.get("titleForm.section.assessments"), t);
    }

    private void outputs(PageFlow flow, RecommendationSheet s) {
        Table t = table(72, 24, 22, 16, 36).heading(m.get("title.field.caption"), m.get("title.field.kind"),
                m.get("title.field.level"), m.get("title.field.outputYear"), m.get("title.field.role"));
        boolean[] center = {false, true, true, true, true};
        for (RecommendationSheet.Output o : s.outputs()) {
            t.row(center, o.caption(), o.kind(), o.level(), o.year(), o.role());
        }
        if (t.isEmpty()) {
            t.row(Table.Cell.value(m.get("titleForm.none"), 5));
        }
        put(flow, m.get("titleForm.section.outputs"), t);
    }

    private void teaching(PageFlow flow, RecommendationSheet s) {
        Table t = table(64, 80, 26).heading(m.get("title.field.term"), m.get("title.field.course"),
                m.get("title.field.hours"));
        boolean[] center = {true, false, true};
        for (RecommendationSheet.Teaching c : s.teaching()) {
            t.row(center, c.semester(), c.course(), c.hours());
        }
        if (t.isEmpty()) {
            t.row(Table.Cell.value(m.get("titleForm.none"), 3));
        }
        put(flow, m.get("titleForm.section.teaching"), t);
    }

    private void scores(PageFlow flow, RecommendationSheet s) {
        Table t = table(30, 30, 34, 30, 46).heading(m.get("titleForm.scoreWork"), m.get("titleForm.scoreResearch"),
                m.get("titleForm.weights"), m.get("titleForm.total"), m.get("titleForm.rank"));
        t.row(null, s.scoreWork(), s.scoreResearch(), s.weights(), s.total(), s.rank());
        t.row(Table.Cell.label(m.get("titleForm.standing")), Table.Cell.value(s.standing(), 4));
        put(flow, m.get("titleForm.section.scores"), t);
    }

    private void result(PageFlow flow, RecommendationSheet s) {
        Table t = table(LABEL_W, WIDTH - LABEL_W);
        t.row(Table.Cell.label(m.get("titleForm.verdict")), Table.Cell.value(s.verdict()));
        t.row(Table.Cell.label(m.get("titleForm.verdictNote")), Table.Cell.left(s.verdictNote(), 1));
        put(flow, m.get("titleForm.section.result"), t);
    }

    /** The three opinion boxes, each whole on its page, with the signature and date line. */
    private void opinions(PageFlow flow) {
        flow.ensure(SECTION_H + OPINION_H);
        flow.page().text(LEFT, flow.y() + 6, BODY, m.get("titleForm.section.opinions"));
        flow.advance(SECTION_H);
        String[] boxes = {"titleForm.opinion.department", "titleForm.opinion.office", "titleForm.opinion.committee"};
        boolean first = true;
        for (String key : boxes) {
            if (!flow.fits(OPINION_H)) {
                flow.page().line(LEFT, flow.y(), RIGHT, flow.y(), Table.FRAME);
                flow.newPage();
                first = true;
            }
            Layout.Page p = flow.page();
            double y = flow.y();
            p.line(LEFT, y, RIGHT, y, first ? Table.FRAME : Table.RULE);
            p.line(LEFT, y, LEFT, y + OPINION_H, Table.FRAME);
            p.line(RIGHT, y, RIGHT, y + OPINION_H, Table.FRAME);
            p.line(LEFT + LABEL_W, y, LEFT + LABEL_W, y + OPINION_H, Table.RULE);
            List<String> lines = type.wrap(m.get(key), LABEL_W - 4, BODY, false);
            double lh = BODY / Layout.PT_PER_MM * 1.3;
            double baseline = y + (OPINION_H - lh * lines.size()) / 2 + lh * 0.78;
            for (String line : lines) {
                type.centered(p, LEFT + LABEL_W / 2, baseline, BODY, line);
                baseline += lh;
            }
            type.right(p, RIGHT - 4, y + OPINION_H - 4, BODY, m.get("titleForm.signDate"));
            flow.advance(OPINION_H);
            first = false;
        }
        flow.page().line(LEFT, flow.y(), RIGHT, flow.y(), Table.FRAME);
    }
}
