package cn.huyang.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.common.Messages;
import java.io.ByteArrayOutputStream;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The appraisal form as PDF: its text can be found, its pages are A4, the font is embedded as a subset. */
class PdfFormWriterTest {
    static final Messages ZH = Messages.forLanguage("zh");

    @TempDir
    Path dir;

    static byte[] pdf(List<AppraisalForm> forms) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfFormWriter(ZH).write(forms, out, (d, t) -> { }, () -> false);
        return out.toByteArray();
    }

    static String text(PDDocument doc) throws Exception {
        return new PDFTextStripper().getText(doc);
    }

    @Test
    void theTextHoldsNameGradeAndYearOnA4PagesWithTheFontEmbedded() throws Exception {
        byte[] bytes = pdf(List.of(Forms.sample("古丽米拉·艾买提", "本年度认真履职，完成了各项工作任务。")));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            String text = text(doc);
            assertThat(text).contains("古丽米拉·艾买提").contains("优秀").contains("2025")
                    .contains("事业单位工作人员年度考核登记表").contains("辅导员年度考核评分汇总表")
                    .contains("本年度认真履职").contains("97.41");
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
                assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+.*"); // a subset
                }
            }
        }
        assertThat(bytes.length).isLessThan(200_000);
    }

    @Test
    void aLongSummaryFlowsOntoContinuationPagesWithNothingCut() throws Exception {
        String summary = Forms.longSummary(3000);
        byte[] bytes = pdf(List.of(Forms.sample("张伟", summary)));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String all = text(doc).replaceAll("\\s", "");
            assertThat(all).contains("个人总结（续页）");
            // every paragraph's words are there: count the sentences printed
            int expected = summary.split("获自治区级二等奖。", -1).length - 1;
            int found = all.split("获自治区级二等奖。", -1).length - 1;
            assertThat(found).isEqualTo(expected);
        }
    }

    @Test
    void aFormWithoutSummaryLeavesRuledSpace() throws Exception {
        byte[] bytes = pdf(List.of(Forms.sample("李娜", null)));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(text(doc)).contains("李娜").contains("个").contains("本人意见");
        }
    }

    @Test
    void oneFilePerCounselorOrOneCombinedFile() throws Exception {
        List<AppraisalForm> forms = new ArrayList<>();
        forms.add(Forms.sample("张伟", null));
        forms.add(Forms.sample("王芳", "总结"));
        forms.add(Forms.sample("张伟", null)); // same name: a second file, not overwritten
        PdfFormWriter writer = new PdfFormWriter(ZH);
        List<Path> files = writer.writeFiles(forms, dir.resolve("each"), false, "x", (d, t) -> { }, () -> false);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("2025-信息工程系-张伟.pdf", "2025-信息工程系-王芳.pdf", "2025-信息工程系-张伟-2.pdf");
        List<Path> one = writer.writeFiles(forms, dir.resolve("one"), true, "2025年度考核登记表", (d, t) -> { },
                () -> false);
        assertThat(one).hasSize(1);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(one.get(0)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(6);
            assertThat(text(doc)).contains("王芳");
        }
    }

    @Test
    void aCancelledJobStopsBetweenForms() {
        List<AppraisalForm> forms = List.of(Forms.sample("张伟", null), Forms.sample("王芳", null));
        int[] calls = {0};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PdfFormWriter(ZH).writeFiles(forms,
                        dir.resolve("c"), false, "x", (d, t) -> { }, () -> calls[0]++ > 0))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
    }

    @Test
    void longNotesOnTheScoreSheetAreNotCut() throws Exception {
        AppraisalForm f = Forms.sample("张伟", null);
        String reason = "经考核领导小组研究决定调整等次".repeat(30) + "终";
        AppraisalForm withNote = new AppraisalForm(f.year(), f.unit(), f.name(), f.gender(), f.birth(), f.ethnicity(),
                f.politicalStatus(), f.education(), f.departmentAndPosition(), f.positionSince(), f.work(), f.summary(),
                f.proposedGrade(), f.grade(), f.remarks(), f.department(), f.classes(), f.students(),
                f.yearsAsCounselor(), f.titleAndRank(), f.scores(), f.bonus(), f.veto(), f.total(), f.rank(), reason);
        try (PDDocument doc = Loader.loadPDF(pdf(List.of(withNote)))) {
            String all = text(doc).replaceAll("\\s", "");
            assertThat(all).contains("决定调整等次终");
        }
    }
}
