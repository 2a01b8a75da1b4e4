package cn.huyang.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.app.AppContext;
import cn.huyang.assessment.Grade;
import cn.huyang.assessment.Sheet;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.overview.report.Block;
import cn.huyang.overview.report.ReportCharts;
import cn.huyang.overview.report.TeamReport;
import cn.huyang.overview.report.TeamReports;
import cn.huyang.roster.StaffingRatio;
import cn.huyang.training.ComplianceRow;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 队伍建设情况汇报: its numbers are the services' queries; the .docx and the PDF hold its outline, tables and charts. */
class TeamReportTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final Messages ZH = Messages.forLanguage("zh");
    static final List<String> OUTLINE = List.of("一、基本情况", "二、配备与选聘", "三、培训与发展", "四、考核与激励", "五、存在问题",
            "六、下一步工作");

    @TempDir
    static Path dir;
    static Store db;
    static AppContext ctx;
    static TeamReport report;

    @BeforeAll
    static void demo() {
        db = TestStores.open(dir.resolve("data"));
        ctx = new AppContext(db, ZH, CLOCK);
        ctx.demo().generate(new DemoDataGenerator.Request(300, 5, 11), false, Progress.NONE);
        report = ctx.reports().build(Period.parse("2025H2"), null);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Block.Table table(String captionStart) {
        return report.tables().stream().filter(t -> t.caption().startsWith(captionStart)).findFirst().orElseThrow();
    }

    private static String cell(Block.Table t, String rowLabel, int column) {
        return t.rows().stream().filter(r -> r.get(0).equals(rowLabel)).findFirst().orElseThrow().get(column);
    }

    @Test
    void theNumbersAreTheServicesQueries() {
        assertThat(report.sections()).extracting(TeamReport.Section::heading).containsExactlyElementsOf(OUTLINE);
        StaffingRatio end = ctx.roster().staffingRatio(2025); // 2025-12-31, the half-year's last day
        StaffingRatio before = ctx.roster().staffingRatioOn(LocalDate.of(2025, 6, 30));
        StaffingRatio yearAgo = ctx.roster().staffingRatioOn(LocalDate.of(2024, 12, 31));
        Block.Table comparison = table("表 1");
        assertThat(comparison.headers()).hasSize(4);
        assertThat(comparison.headers().get(1)).isEqualTo("本期（2025 年下半年）");
        assertThat(comparison.headers().get(2)).contains("2025 年上半年");
        assertThat(comparison.headers().get(3)).contains("2024 年下半年");
        assertThat(cell(comparison, "专职", 1)).isEqualTo(String.valueOf(end.college().fullTime()));
        assertThat(cell(comparison, "专职", 2)).isEqualTo(String.valueOf(before.college().fullTime()));
        assertThat(cell(comparison, "专职", 3)).isEqualTo(String.valueOf(yearAgo.college().fullTime()));
        assertThat(cell(comparison, "兼职", 1)).isEqualTo(String.valueOf(end.college().partTime()));
        assertThat(cell(comparison, "应配人数", 1)).isEqualTo(String.valueOf(end.college().required()));
        assertThat(cell(comparison, "在岗辅导员（人）", 1))
                .isEqualTo(String.valueOf(ctx.roster().idsInPostOn(LocalDate.of(2025, 12, 31)).size()));

        List<ComplianceRow> compliance = ctx.training().compliance(2025);
        double share = (double) compliance.stream().filter(ComplianceRow::hoursMet).count() / compliance.size();
        assertThat(cell(comparison, "校级学时达标率", 1))
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f%%", share * 100));

        Sheet sheet = ctx.assessment().sheet(2025);
        Block.Table grades = table("表 6");
        for (Grade g : Grade.values()) {
            long n = sheet.rows().stream().filter(r -> r.result() != null && r.result().grade() == g).count();
            assertThat(cell(grades, g.label(ZH), 1)).as(g.name()).isEqualTo(String.valueOf(n));
        }
        Block.Table staffing = table("表 3");
        assertThat(staffing.rows()).hasSize(end.departments().size() + 1);
        assertThat(cell(staffing, "全校合计", 2)).isEqualTo(String.valueOf(end.college().fullTime()));

        int open = ctx.overview().figures(Period.parse("2025H2"), null).openFindings().size();
        assertThat(cell(comparison, "未处理合规提示（条）", 1)).isEqualTo(String.valueOf(open));
    }

    @Test
    void eachChartHasItsTitleAndSeries() {
        assertThat(report.charts()).hasSizeGreaterThanOrEqualTo(6);
        for (Block.Chart spec : report.charts()) {
            JFreeChart chart = ReportCharts.chart(spec);
            assertThat(chart.getTitle().getText()).isEqualTo(spec.title());
            if (spec.pie()) {
                assertThat(ReportCharts.lengths(chart)).containsExactly(
                        (int) spec.series().get(0).stream().filter(b -> b.value() > 0).count());
            } else {
                assertThat(ReportCharts.lengths(chart)).hasSize(spec.series().size())
                        .allMatch(n -> n == spec.series().get(0).size());
            }
        }
        Block.Chart flows = report.charts().stream().filter(c -> c.id().equals("flows")).findFirst().orElseThrow();
        assertThat(ReportCharts.lengths(ReportCharts.chart(flows))).containsExactly(5, 5);
        Block.Chart staffing = report.charts().stream().filter(c -> c.id().equals("staffing")).findFirst().orElseThrow();
        assertThat(ReportCharts.lengths(ReportCharts.chart(staffing)))
                .containsExactly(3 == 3 ? ctx.roster().staffingRatio(2025).departments().size() : 0,
                        ctx.roster().staffingRatio(2025).departments().size(),
                        ctx.roster().staffingRatio(2025).departments().size());
    }

    @Test
    void theDocxOpensWithItsHeadingsTablesAndCharts() throws Exception {
        Path file = ctx.reports().write(report, dir.resolve("汇报.docx"), "2025H2", null);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).containsExactlyElementsOf(OUTLINE);
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getTables()).hasSize(report.tables().size());
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).isEqualTo("指标");
            assertThat(doc.getAllPictures()).hasSize(report.charts().size());
            assertThat(doc.getParagraphs().stream().filter(p -> "Title".equals(p.getStyle())).findFirst()
                    .orElseThrow().getText()).endsWith("辅导员队伍建设情况汇报");
        }
    }

    @Test
    void thePdfEmbedsItsFontsAndItsHeadingsExtract() throws Exception {
        Path file = ctx.reports().write(report, dir.resolve("汇报.pdf"), "2025H2", null);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
            String text = new PDFTextStripper().getText(doc);
            for (String heading : OUTLINE) {
                assertThat(text).contains(heading);
            }
            assertThat(text).contains("辅导员队伍建设情况汇报").contains("表 1");
        }
        List<java.awt.image.BufferedImage> pages = TeamReports.pages(Files.readAllBytes(file), 40);
        assertThat(pages).isNotEmpty();
    }

    @Test
    void onlyDocxOrPdf() {
        assertThatThrownBy(() -> ctx.reports().write(report, dir.resolve("汇报.txt"), "2025H2", null))
                .isInstanceOf(ValidationException.class);
        assertThat(Files.exists(dir.resolve("汇报.txt"))).isFalse();
    }
}
