package cn.huyang.title;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.print.RecommendationSheet;
import cn.huyang.print.ReviewList;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The title review's recommendation sheets and list, built from a real H2 database and written as PDF. */
class TitleFormsTest {
    @TempDir
    Path dir;
    TitleFormsFixture f;

    @BeforeEach
    void open() {
        f = new TitleFormsFixture(dir.resolve("data")).populate();
    }

    @AfterEach
    void close() {
        f.close();
    }

    static String text(PDDocument doc) throws Exception {
        return new PDFTextStripper().getText(doc);
    }

    static String text(PDDocument doc, int page) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    static void a4WithSubsetFont(PDDocument doc, boolean landscape) throws Exception {
        for (PDPage page : doc.getPages()) {
            PDRectangle box = page.getMediaBox();
            float w = landscape ? PDRectangle.A4.getHeight() : PDRectangle.A4.getWidth();
            float h = landscape ? PDRectangle.A4.getWidth() : PDRectangle.A4.getHeight();
            assertThat(box.getWidth()).isCloseTo(w, Offset.offset(0.5f));
            assertThat(box.getHeight()).isCloseTo(h, Offset.offset(0.5f));
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            }
        }
    }

    @Test
    void theSheetsHoldEachApplicantsDetailsCriteriaScoresAndResult() {
        List<RecommendationSheet> sheets = f.forms.sheets(TitleFormsFixture.YEAR);
        assertThat(sheets).hasSize(5);
        RecommendationSheet first = sheets.stream().filter(s -> s.name().equals("古丽米拉·艾买提")).findFirst()
                .orElseThrow();
        assertThat(first.heading()).isEqualTo("2025年度辅导员专业技术职务（职称）评审推荐表");
        assertThat(first.target()).isEqualTo("副教授");
        assertThat(first.department()).isEqualTo("信息工程系");
        assertThat(first.checks()).isNotEmpty().allMatch(RecommendationSheet.Check::met);
        assertThat(first.assessments()).extracting(RecommendationSheet.YearGrade::year)
                .containsExactly("2020", "2021", "2022", "2023", "2024");
        assertThat(first.outputs()).hasSize(3);
        assertThat(first.teaching()).hasSize(2);
        assertThat(first.weights()).isEqualTo("50 / 50");
        assertThat(first.total()).isEqualTo("91.00");
        assertThat(first.rank()).isEqualTo("第 1 名 / 计划 2 名");
        assertThat(first.standing()).isEqualTo("计划内");
        assertThat(first.verdict()).isEqualTo("通过");

        RecommendationSheet poor = sheets.stream().filter(s -> s.name().equals("李娜")).findFirst().orElseThrow();
        assertThat(poor.checks()).anyMatch(c -> !c.met());
        assertThat(poor.verdict()).isEqualTo("未通过");
        assertThat(poor.verdictNote()).contains("2022 年度考核不合格");

        RecommendationSheet rank = sheets.stream().filter(s -> s.name().equals("刘洋")).findFirst().orElseThrow();
        assertThat(rank.heading()).isEqualTo("2025年度辅导员职员等级评审推荐表");
        assertThat(rank.total()).isEmpty();

        long id = f.applications.get(1).id();
        assertThat(f.forms.sheet(TitleFormsFixture.YEAR, id)).extracting(RecommendationSheet::name)
                .containsExactly("张伟");
        assertThat(f.forms.sheets(TitleFormsFixture.YEAR, Track.RANK, "正科级", null)).hasSize(1);
        assertThat(f.forms.sheets(2024)).isEmpty();
    }

    @Test
    void aSheetAsPdfIsA4WithTheFontEmbeddedAndShowsTheCriteriaAndResult() throws Exception {
        List<RecommendationSheet> sheets = f.forms.sheet(TitleFormsFixture.YEAR, f.applications.get(3).id());
        List<Path> files = f.forms.writeSheets(sheets, dir.resolve("one"), false, (d, t) -> { }, () -> false);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("2025-机电工程系-李娜-副教授.pdf");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(files.get(0)))) {
            a4WithSubsetFont(doc, false);
            String all = text(doc).replaceAll("\\s", "");
            assertThat(all).contains("2025年度辅导员专业技术职务（职称）评审推荐表").contains("李娜").contains("机电工程系")
                    .contains("年度考核合格").contains("✔符合").contains("✘不符合").contains("未通过")
                    .contains("2022年度考核不合格，不符合申报条件").contains("系部党总支意见").contains("学工部意见")
                    .contains("评审委员会意见").contains("形势与政策").contains("高职院校辅导员队伍建设研究");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("李娜 2025 年度职称评审推荐表");
        }
    }

    @Test
    void oneFilePerApplicantOrOneCombinedFile() throws Exception {
        List<RecommendationSheet> sheets = f.forms.sheets(TitleFormsFixture.YEAR);
        List<Path> each = f.forms.writeSheets(sheets, dir.resolve("each"), false, (d, t) -> { }, () -> false);
        assertThat(each).hasSize(5).allMatch(Files::exists);
        List<Path> one = f.forms.writeSheets(sheets, dir.resolve("single"), true, (d, t) -> { }, () -> false);
        assertThat(one).extracting(p -> p.getFileName().toString()).containsExactly("2025年度职称评审推荐表.pdf");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(one.get(0)))) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(5);
            String all = text(doc);
            for (RecommendationSheet s : sheets) {
                assertThat(all).contains(s.name());
            }
        }
    }

    @Test
    void aLongRecordContinuesOnTheNextPageWithTheTableHeadingRepeated() throws Exception {
        long id = f.people.get(0).id();
        for (int i = 0; i < 40; i++) {
            f.titles.records().addOutput(new ResearchOutput(null, id, OutputKind.PAPER, "新时代高校辅导员职业能力提升路径探析之"
                    + (i + 1) + "：以南疆高职院校为例", 2024, OutputLevel.SCHOOL, OutputRole.MEMBER, null));
        }
        f.titles.records().addTeaching(new TeachingAssignment(null, id, 2024, 1, "军事理论", new BigDecimal("36")));
        List<RecommendationSheet> sheets = f.forms.sheet(TitleFormsFixture.YEAR, f.applications.get(0).id());
        List<Path> files = f.forms.writeSheets(sheets, dir.resolve("long"), false, (d, t) -> { }, () -> false);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(files.get(0)))) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            a4WithSubsetFont(doc, false);
            String second = text(doc, 2).replaceAll("\\s", "");
            assertThat(second).contains("（续页）").contains("成果名称").contains("第2页");
            String all = text(doc).replaceAll("\\s", "");
            for (int i = 1; i <= 40; i++) {
                assertThat(all).contains("探析之" + i + "：");
            }
            assertThat(all).contains("军事理论").contains("评审委员会意见");
            String last = text(doc, doc.getNumberOfPages()).replaceAll("\\s", "");
            assertThat(last).contains("评审委员会意见");
        }
    }

    @Test
    void theListHasOneTablePerTargetOnLandscapePages() throws Exception {
        ReviewList list = f.forms.list(TitleFormsFixture.YEAR);
        assertThat(list.groups()).hasSize(2);
        assertThat(list.groups().get(0).title()).contains("副教授").contains("计划名额 2 名").contains("申报 4 人");
        assertThat(list.groups().get(0).lines()).extracting(ReviewList.Line::name)
                .containsExactly("古丽米拉·艾买提", "张伟", "王芳", "李娜");
        assertThat(list.groups().get(0).lines()).extracting(ReviewList.Line::conditions)
                .containsExactly("符合", "符合", "不符合 1 项", "不符合 1 项");
        assertThat(list.status()).contains("尚未确认");
        assertThat(list.unit()).isEqualTo("阿克苏职业技术学院"); // the unit's details, not a bundle text
        f.ctx.policy().saveUnit(java.util.Map.of(cn.huyang.policy.UnitField.NAME, "胡杨职业学院"));
        assertThat(f.forms.list(TitleFormsFixture.YEAR).unit()).isEqualTo("胡杨职业学院");
        assertThat(f.forms.sheets(TitleFormsFixture.YEAR)).extracting(RecommendationSheet::unit).containsOnly("胡杨职业学院");
        Path file = f.forms.writeList(list, dir.resolve("list"));
        assertThat(file.getFileName().toString()).isEqualTo("2025年度职称评审名单.pdf");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
            a4WithSubsetFont(doc, true);
            String all = text(doc).replaceAll("\\s", "");
            assertThat(all).contains("2025年度辅导员专业技术职务（职称）与职员等级评审名单").contains("古丽米拉·艾买提")
                    .contains("不符合1项").contains("计划内").contains("通过").contains("未通过").contains("正科级")
                    .contains("评审委员会（盖章）");
        }
    }

    @Test
    void aLongListRepeatsItsHeadingOnEveryPage() throws Exception {
        ReviewList list = f.forms.list(TitleFormsFixture.YEAR);
        ReviewList.Group g = list.groups().get(0);
        List<ReviewList.Line> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ReviewList.Line l = g.lines().get(i % g.lines().size());
            many.add(new ReviewList.Line(String.valueOf(i + 1), l.name() + i, l.department(), l.current(), l.target(),
                    l.conditions(), l.work(), l.research(), l.total(), l.rank(), l.standing(), l.verdict()));
        }
        ReviewList big = new ReviewList(list.year(), list.heading(), list.unit(), list.status(),
                List.of(new ReviewList.Group(g.title(), many), list.groups().get(1)));
        Path file = f.forms.writeList(big, dir.resolve("big"));
        Path look = Path.of("target", "title-forms-sample", "long-list");
        Files.createDirectories(look);
        Files.copy(file, look.resolve("list.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                String t = text(doc, p).replaceAll("\\s", "");
                assertThat(t).as("page " + p).contains("序号").contains("加权总分").contains("第" + p + "页");
            }
            String all = text(doc).replaceAll("\\s", "");
            assertThat(all).contains("李娜59").contains("刘洋");
        }
    }

    @Test
    void aYearConfirmedSaysSoOnTheList() {
        f.titles.decide(f.applications.get(1).id(), Verdict.PASSED, null);
        f.titles.decide(f.applications.get(2).id(), Verdict.FAILED, null);
        f.titles.decide(f.applications.get(4).id(), Verdict.FAILED, null);
        f.titles.confirm(TitleFormsFixture.YEAR, java.time.LocalDate.of(2025, 6, 10));
        assertThat(f.forms.list(TitleFormsFixture.YEAR).status()).contains("已于 2025-06-10 确认");
    }

    /** The sheets and the list print in the window's language: English text, A4, the font embedded. */
    @Test
    void theSheetAndTheListPrintInEnglishToo() throws Exception {
        cn.huyang.app.AppContext en = new cn.huyang.app.AppContext(f.db, cn.huyang.common.Messages.forLanguage("en"),
                TitleFormsFixture.CLOCK);
        TitleForms english = new TitleForms(en.titles(), en.assessment()::confirmedGrades);
        Path out = dir.resolve("en");
        List<Path> sheets = english.writeSheets(english.sheet(TitleFormsFixture.YEAR, f.applications.get(3).id()), out,
                true, (d, t) -> { }, () -> false);
        assertThat(sheets).hasSize(1);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(sheets.get(0)))) {
            a4WithSubsetFont(doc, false);
            String all = text(doc).replaceAll("\\s", "");
            assertThat(all).contains("2025counselors").contains("professionaltitlereview:recommendationsheet")
                    .contains("李娜").doesNotContain("评审推荐表");
        }
        Path list = english.writeList(english.list(TitleFormsFixture.YEAR), out);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(list))) {
            a4WithSubsetFont(doc, true);
            String all = text(doc).replaceAll("\\s", "");
            assertThat(all).contains("2025counselors").contains("titleandrankreview:applicantsandresults")
                    .contains("李娜").doesNotContain("评审名单");
        }
    }
}
