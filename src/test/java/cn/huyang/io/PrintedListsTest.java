package cn.huyang.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.Actor;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.findings.FindingStatus;
import cn.huyang.findings.TrackedFinding;
import cn.huyang.print.Layout;
import cn.huyang.print.ListLayout;
import cn.huyang.print.PrintedList;
import cn.huyang.roster.Department;
import cn.huyang.training.ComplianceRow;
import cn.huyang.training.LedgerFilter;
import cn.huyang.training.LedgerSort;
import cn.huyang.training.TrainingLevel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four lists the screens print (打印…), built from demo data in a real database and laid out:
 * the title and filter on the first page, the column headings and 第 N 页 共 M 页 on every page,
 * landscape only where the columns do not fit portrait, and only what the user may see.
 */
class PrintedListsTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final Messages ZH = Messages.forLanguage("zh");
    static final int YEAR = 2024;

    @TempDir
    static Path dir;
    static Store db;
    static AppContext ctx;
    final ListLayout layout = new ListLayout(ZH);

    @BeforeAll
    static void open() {
        db = TestStores.open(dir.resolve("data"));
        ctx = new AppContext(db, ZH, CLOCK);
        ctx.demo().generate(new DemoDataGenerator.Request(300, 5, 42), false, Progress.NONE);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** The texts of a page, in the order drawn. */
    static List<String> texts(Layout.Page page) {
        return page.items().stream().filter(i -> i instanceof Layout.Text).map(i -> ((Layout.Text) i).text())
                .toList();
    }

    static String joined(Layout.Page page) {
        return String.join("|", texts(page));
    }

    /** Every page: the headings given, and its own footer 第 i 页 共 n 页; the first page its title. */
    static void framed(List<Layout.Page> pages, PrintedList list, String... headings) {
        assertThat(texts(pages.get(0))).contains(list.title());
        for (int i = 0; i < pages.size(); i++) {
            List<String> texts = texts(pages.get(i));
            assertThat(texts).as("page %d", i + 1).contains(headings)
                    .contains("第 " + (i + 1) + " 页 共 " + pages.size() + " 页");
            if (i > 0) {
                assertThat(texts).as("page %d names the list", i + 1).contains(list.title() + "（续）");
            }
        }
    }

    @Test
    void complianceListsEveryRowShownWithItsHeadingsOnEveryPortraitPage() {
        List<ComplianceRow> rows = ctx.training().compliance(YEAR);
        PrintedList list = ctx.printedLists().compliance(YEAR, rows, false, "");
        assertThat(list.rows()).hasSize(rows.size()).hasSizeGreaterThan(100);
        assertThat(list.title()).isEqualTo("2024年专职辅导员培训达标情况");
        assertThat(list.subtitle()).isEqualTo("2024 年；全部专职辅导员");
        List<Layout.Page> pages = layout.layout(list);
        assertThat(pages).hasSizeGreaterThan(2).noneMatch(Layout.Page::isLandscape);
        assertThat(layout.wantsLandscape(list)).isFalse();
        framed(pages, list, "所在系部", "姓名", "在岗情况");
        // each row once, in the order shown
        String all = pages.stream().map(PrintedListsTest::joined).collect(Collectors.joining("|"));
        assertThat(all).contains(rows.get(0).name(), rows.get(rows.size() - 1).name());
        assertThat(texts(pages.get(0))).anyMatch(t -> t.startsWith("共 " + rows.size() + " 条 · 打印日期 2025-06-15"));
    }

    @Test
    void complianceOnlyShortSaysSoAndKeepsTheOrderShown() {
        List<ComplianceRow> shortOnes = ctx.training().compliance(YEAR).stream().filter(ComplianceRow::shortOfAnything)
                .sorted(java.util.Comparator.comparing(ComplianceRow::name).reversed()).toList();
        PrintedList list = ctx.printedLists().compliance(YEAR, shortOnes, true, "王");
        assertThat(list.subtitle()).isEqualTo("2024 年；只看未达标；姓名含“王”");
        assertThat(list.rows()).extracting(r -> r.get(1)).first().asString().startsWith(shortOnes.get(0).name());
    }

    @Test
    void theLedgerPrintsEveryRowItsFilterSelectsInItsSortOnLandscapePages() {
        LedgerFilter filter = new LedgerFilter(YEAR, null, null, null, null, null);
        LedgerSort sort = new LedgerSort(LedgerSort.Column.HOURS, true);
        int total = ctx.training().page(filter, sort, 0, 1).total();
        assertThat(total).as("the demo data's ledger of the year").isGreaterThan(PrintedLists.LEDGER_PAGE / 10);
        long[] progress = new long[2];
        PrintedList list = ctx.printedLists().ledger(filter, sort, (d, t) -> {
            progress[0] = d;
            progress[1] = t;
        });
        assertThat(list.rows()).hasSize(total);
        assertThat(progress).containsExactly(total, total);
        assertThat(list.subtitle()).isEqualTo("2024 年；全部级别；全部类别；全部系部；按学时升序");
        List<String> hours = list.rows().stream().map(r -> r.get(8)).toList();
        assertThat(hours).isSortedAccordingTo(java.util.Comparator.comparing(java.math.BigDecimal::new));
        List<Layout.Page> pages = layout.layout(list);
        assertThat(layout.wantsLandscape(list)).isTrue();
        assertThat(pages).allMatch(Layout.Page::isLandscape).hasSizeGreaterThan(3);
        framed(pages, list, "姓名", "培训课程", "学时");
    }

    @Test
    void theLedgersFilterInWords() {
        Department d = ctx.roster().departments().get(1);
        LedgerFilter filter = new LedgerFilter(null, TrainingLevel.NATIONAL, null, d.id(), "李", "心理");
        assertThat(ctx.printedLists().describe(filter, LedgerSort.NEWEST_FIRST))
                .isEqualTo("全部年度；国家级；全部类别；" + d.name() + "；辅导员：李；含“心理”；按开始日期降序");
    }

    @Test
    void theStaffingTableFitsPortraitWithTheCollegeLast() {
        PrintedList list = ctx.printedLists().ratio(YEAR);
        assertThat(list.rows()).hasSize(ctx.roster().staffingRatio(YEAR).departments().size() + 1);
        assertThat(list.rows().get(list.rows().size() - 1).get(0)).isEqualTo("全校合计");
        assertThat(list.subtitle()).isEqualTo("按 2024-12-31 在岗人数计");
        assertThat(list.notes()).containsExactly("专职 ≥ 在校生 ÷ 200，兼职按 1/3 折算");
        List<Layout.Page> pages = layout.layout(list);
        assertThat(pages).hasSize(1).noneMatch(Layout.Page::isLandscape);
        framed(pages, list, "系部", "在校生数", "专职", "兼职", "折合人数", "应配人数", "缺额");
    }

    @Test
    void theOpenFindingsAreWideAndGoLandscape() {
        List<TrackedFinding> open = ctx.findings().findings(YEAR).stream().filter(TrackedFinding::open).toList();
        assertThat(open).isNotEmpty();
        PrintedList list = ctx.printedLists().findings(YEAR, open, FindingStatus.OPEN, null, null, null);
        assertThat(list.title()).isEqualTo("2024年待处理的合规提示");
        assertThat(list.subtitle()).isEqualTo("2024 年；状态：待处理；程度：全部；条款：全部；所在系部：全部");
        assertThat(list.rows()).hasSize(open.size()).allMatch(r -> r.get(0).startsWith("待处理"));
        List<Layout.Page> pages = layout.layout(list);
        assertThat(pages).allMatch(Layout.Page::isLandscape);
        framed(pages, list, "状态", "条款", "内容", "判定依据", "处理情况");
    }

    @Test
    void aDepartmentsUserPrintsItsDepartmentOnlyAndTheCollegeLine() {
        Department own = ctx.roster().departments().get(0);
        AppContext dept = new AppContext(db, ZH, CLOCK, new Session(new Actor(99, "dept", "系部", Role.DEPARTMENT,
                own.id())));
        List<ComplianceRow> everyone = ctx.training().compliance(YEAR);
        PrintedList compliance = dept.printedLists().compliance(YEAR, everyone, false, "");
        assertThat(compliance.rows()).isNotEmpty().hasSizeLessThan(everyone.size())
                .allMatch(r -> r.get(0).equals(own.name()));
        PrintedList ratio = dept.printedLists().ratio(YEAR);
        assertThat(ratio.rows()).extracting(r -> r.get(0)).containsExactly(own.name(), "全校合计");
        PrintedList ledger = dept.printedLists().ledger(LedgerFilter.year(YEAR), LedgerSort.NEWEST_FIRST,
                Progress.NONE);
        assertThat(ledger.rows()).isNotEmpty().allMatch(r -> r.get(1).equals(own.name()));
    }

    @Test
    void anEmptyListStillPrintsOnePageThatSaysSo() {
        PrintedList list = ctx.printedLists().compliance(YEAR, List.of(), true, "没有这个人");
        List<Layout.Page> pages = layout.layout(list);
        assertThat(pages).hasSize(1);
        assertThat(texts(pages.get(0))).contains("没有符合筛选条件的记录", "第 1 页 共 1 页");
    }

    // ---- as PDF, read back with PDFBox, and the first page as a picture to look at -------------

    /** Writes the list as PDF under target/printed-lists, checks every page's text, renders page 1 to PNG. */
    private void printed(String name, PrintedList list, String... headings) throws Exception {
        Path folder = Path.of("target", "printed-lists");
        java.nio.file.Files.createDirectories(folder);
        Path pdf = folder.resolve(name + ".pdf");
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(pdf)) {
            new cn.huyang.print.PdfFormWriter(ZH).write(layout, List.of(list), out, Progress.NONE, () -> false);
        }
        List<Layout.Page> pages = layout.layout(list);
        boolean landscape = layout.wantsLandscape(list);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages.size());
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(list.title());
            for (int i = 1; i <= pages.size(); i++) {
                var box = doc.getPage(i - 1).getMediaBox();
                assertThat(box.getWidth() > box.getHeight()).as("page %d landscape", i).isEqualTo(landscape);
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(doc);
                assertThat(text).as("page %d", i).contains(headings).contains("第 " + i + " 页 共 " + pages.size() + " 页");
                if (i == 1) {
                    assertThat(text).contains(list.title(), list.printed());
                }
            }
        }
        Path png = folder.resolve(name);
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                pdf.toString(), png.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
        assertThat(folder.resolve(name + ".png")).exists();
    }

    @Test
    void theFourListsAsPdfHoldTheirTextOnEveryPage() throws Exception {
        printed("compliance", ctx.printedLists().compliance(YEAR, ctx.training().compliance(YEAR), false, ""),
                "所在系部", "姓名");
        printed("ledger", ctx.printedLists().ledger(LedgerFilter.year(YEAR), LedgerSort.NEWEST_FIRST, Progress.NONE),
                "姓名", "培训课程", "学时");
        printed("ratio", ctx.printedLists().ratio(YEAR), "系部", "应配人数", "全校合计");
        List<TrackedFinding> open = ctx.findings().findings(YEAR).stream().filter(TrackedFinding::open).toList();
        printed("findings", ctx.printedLists().findings(YEAR, open, FindingStatus.OPEN, null, null, null),
                "状态", "内容", "处理情况");
    }
}
