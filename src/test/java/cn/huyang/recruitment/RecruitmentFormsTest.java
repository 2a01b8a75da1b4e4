package cn.huyang.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.AuditQuery;
import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.io.RecruitmentExport;
import cn.huyang.print.RecruitmentList;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 公示名单 and the 拟聘用人员名单 written to PDF (with the Chinese font embedded; a copy is left in
 * target/recruitment-print to look at), and the candidates exported to xlsx; today is 2026-06-15.
 */
class RecruitmentFormsTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    RecruitmentService rec;
    Round round;

    @BeforeEach
    void open() {
        db = TestStores.open(dir.resolve("db"), CLOCK);
        ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        rec = ctx.recruitment();
        Department cs = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机与信息工程系", 1, true));
        Department me = ctx.roster().saveDepartment(new Department(null, "JD", "机电工程系", 2, true));
        round = rec.saveRound(Drafts.round("2026年专职辅导员选聘（组织推荐与公开招聘）"));
        Post a = rec.savePost(new Post(null, round.id(), cs.id(), PostType.FULL_TIME, 2, 0));
        Post b = rec.savePost(new Post(null, round.id(), me.id(), PostType.FULL_TIME, 1, 0));
        round = rec.notice(round.id(), rec.round(round.id()).version(), LocalDate.of(2026, 5, 25), null);
        String[][] people = {{"阿依古丽·买买提", "88", "91.5"}, {"王晓明", "80", "85"}, {"李娜", "83", "83"},
                {"热依汗古丽·艾尔肯", "75", "70"}};
        for (int i = 0; i < people.length; i++) {
            Post p = i < 3 ? a : b;
            Candidate c = rec.apply(Drafts.candidate(round, p, people[i][0], LocalDate.of(1992 + i, 3, 1 + i), i + 1));
            c = rec.advance(c.id(), c.version(), TODAY);
            c = rec.scores(c.id(), c.version(), new BigDecimal(people[i][1]), null);
            c = rec.advance(c.id(), c.version(), TODAY);
            c = rec.scores(c.id(), c.version(), new BigDecimal(people[i][1]), new BigDecimal(people[i][2]));
            c = rec.advance(c.id(), c.version(), TODAY);
            if (i == 0) {
                c = rec.advance(c.id(), c.version(), TODAY);
                c = rec.trial(c.id(), c.version(), LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 12),
                        TrialResult.PASSED, null);
                rec.advance(c.id(), c.version(), TODAY);
            }
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }

    static Path keep(Path pdf) throws IOException {
        Path out = Path.of("target", "recruitment-print");
        Files.createDirectories(out);
        return Files.copy(pdf, out.resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theNoticeListHasEveryoneInTheNoticeByPostAndRankWithTheirScoresAndTheTie() throws IOException {
        RecruitmentForms forms = new RecruitmentForms(rec);
        RecruitmentList list = forms.noticeList(round.id());
        assertThat(list.rows()).extracting(r -> r.get(1)).containsExactly("阿依古丽·买买提", "王晓明", "李娜",
                "热依汗古丽·艾尔肯");
        // 王晓明 and 李娜 share the second place: both shown at rank 2, the tie not broken.
        assertThat(list.rows()).extracting(r -> r.get(10)).containsExactly("1", "2", "2", "1");
        Path pdf = keep(forms.write(list, dir));
        String text = text(pdf);
        assertThat(text).contains("2026年辅导员选聘拟进入试岗人员公示名单", "阿依古丽·买买提", "90.10", "83.00",
                "公示期：2026-05-25至2026-05-29（5个工作日）", "学生工作部", "第1页，共1页");
    }

    @Test
    void theHiringListHasTheOneHiredAndTheXlsxHasEveryCandidatesScores() throws IOException {
        RecruitmentForms forms = new RecruitmentForms(rec);
        RecruitmentList list = forms.hireList(round.id());
        assertThat(list.rows()).singleElement().satisfies(r -> {
            assertThat(r.get(1)).isEqualTo("阿依古丽·买买提");
            assertThat(r.get(8)).isEqualTo("合格");
            assertThat(r.get(9)).isEqualTo("2026-06-15");
        });
        Path pdf = keep(forms.write(list, dir));
        assertThat(text(pdf)).contains("2026年辅导员拟聘用人员名单", "阿依古丽·买买提", "计算机与信息工程系专职辅导员");

        Path xlsx = dir.resolve("选聘.xlsx");
        int n = new RecruitmentExport(ctx.messages(), ctx.access()).candidates(xlsx, rec.sheet(round.id()));
        assertThat(n).isEqualTo(4);
        String strings;
        try (ZipFile zip = new ZipFile(xlsx.toFile()); InputStream in = zip.getInputStream(zip.stream()
                .filter(e -> e.getName().endsWith("sheet1.xml")).findFirst()
                .orElseThrow())) {
            strings = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(strings).contains("王晓明");
        assertThat(ctx.audit().find(AuditQuery.all())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("EXPORT");
            assertThat(e.details()).contains("\"rows\":4");
        });
    }
}
