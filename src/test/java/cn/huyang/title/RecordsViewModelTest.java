package cn.huyang.title;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.ImmediateRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.roster.TitleRank;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A counselor's records through the view model, on a real H2 database; today is 2026-06-15 (spring semester). */
class RecordsViewModelTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    Counselor zhang;
    Counselor wang;
    RecordsViewModel vm;
    List<Throwable> failures = new ArrayList<>();
    int changes;

    @BeforeEach
    void open() {
        db = H2Store.open(new DataFolder(dir));
        ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        Department cs = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        zhang = ctx.roster().register(TestData.counselor("张伟", cs.id(), PostType.FULL_TIME, 10)
                .withTitle(TitleRank.ASSISTANT, LocalDate.of(2020, 1, 1)), LocalDate.of(2018, 9, 1));
        wang = ctx.roster().register(TestData.counselor("王芳", cs.id(), PostType.FULL_TIME, 11),
                LocalDate.of(2018, 9, 1));
        vm = new RecordsViewModel(ctx.titles().records(), new ImmediateRunner(), ctx.messages());
        vm.setOnFailure(failures::add);
        vm.setOnChanged(() -> changes++);
        vm.loadRoster();
    }

    @AfterEach
    void close() {
        db.close();
    }

    void choose(Counselor c) {
        vm.searchProperty().set(c.name());
        vm.selectFirst();
        assertThat(vm.selectedProperty().get().id()).isEqualTo(c.id());
    }

    TeachingFormViewModel teach(String course, String hours) {
        TeachingFormViewModel form = vm.newTeachingForm();
        form.course.set(course);
        form.hours.set(hours);
        form.save(saved -> vm.added(), failures::add);
        return form;
    }

    @Test
    void findsByNameOrIdNumberWithTheDepartment() {
        assertThat(vm.matches()).hasSize(2);
        vm.searchProperty().set("王");
        assertThat(vm.matches()).extracting(CounselorChoice::name).containsExactly("王芳");
        assertThat(vm.matches().get(0).department()).isEqualTo("计算机系");
        vm.searchProperty().set(zhang.idNumber().substring(0, 14));
        assertThat(vm.matches()).extracting(CounselorChoice::name).containsExactly("张伟");
        assertThat(vm.foundTextProperty().get()).isEqualTo("找到 1 人");
    }

    @Test
    void addsACourseRefusesImpossibleHoursNamingTheFieldAndDeletes() {
        choose(zhang);
        assertThat(vm.teaching()).isEmpty();

        TeachingFormViewModel refused = teach("形势与政策", "0");
        assertThat(refused.errors()).containsKey("title.field.hours");
        assertThat(refused.errorTextProperty().get()).startsWith("学时：");
        assertThat(refused.course.get()).isEqualTo("形势与政策"); // nothing typed is lost
        TeachingFormViewModel unreadable = teach("形势与政策", "十六");
        assertThat(unreadable.errorTextProperty().get()).isEqualTo("学时：请输入数字，如 16 或 12.5");
        assertThat(ctx.titles().records().teaching(zhang.id())).isEmpty();

        TeachingFormViewModel ok = teach("《形势与政策》", "16");
        assertThat(ok.errors()).isEmpty();
        assertThat(vm.teaching()).hasSize(1);
        TeachingRow row = vm.teaching().get(0);
        assertThat(row.semester()).isEqualTo("2025—2026 学年第二学期");
        assertThat(row.assignment().course()).isEqualTo("形势与政策");
        assertThat(row.ideological()).isTrue();
        assertThat(row.overloaded()).isFalse();
        assertThat(vm.teachingNoteProperty().get()).isEmpty();

        // A second ideological-political course in the same semester is kept, and marked.
        teach("军事理论", "8");
        teach("高等数学", "64");
        assertThat(vm.teaching()).hasSize(3);
        assertThat(vm.teaching()).filteredOn(TeachingRow::ideological).allMatch(TeachingRow::overloaded);
        assertThat(vm.teachingNoteProperty().get())
                .isEqualTo("⚠ 2025—2026 学年第二学期承担 2 门思想政治理论类课程（《形势与政策》、《军事理论》），每学期不超过 1 门 [三(三)6]");

        TeachingRow military = vm.teaching().stream().filter(r -> r.assignment().course().equals("军事理论"))
                .findFirst().orElseThrow();
        vm.deleteTeaching(military);
        assertThat(vm.teaching()).extracting(r -> r.assignment().course()).containsExactlyInAnyOrder("形势与政策", "高等数学");
        assertThat(vm.teaching()).noneMatch(TeachingRow::overloaded);
        assertThat(vm.teachingNoteProperty().get()).isEmpty();
        assertThat(failures).isEmpty();
        assertThat(changes).isEqualTo(4);
    }

    @Test
    void onlineCulturalWorksCountAsLeadOutputs() {
        choose(wang);
        OutputFormViewModel form = vm.newOutputForm();
        form.kind.set(OutputKind.ONLINE_CULTURE);
        form.caption.set("“胡杨精神”系列微课");
        form.year.set("2025");
        form.save(saved -> vm.added(), failures::add);
        OutputFormViewModel member = vm.newOutputForm();
        member.caption.set("高职学生资助育人研究");
        member.role.set(OutputRole.MEMBER);
        member.year.set("2027");
        member.save(saved -> vm.added(), failures::add);
        assertThat(member.errorTextProperty().get()).isEqualTo("年份：应在 1950—2026 年之间");
        member.year.set("2024");
        member.save(saved -> vm.added(), failures::add);

        assertThat(vm.outputs()).hasSize(2);
        assertThat(vm.outputSummaryProperty().get())
                .isEqualTo("共 2 项成果，以第一作者或主持人身份 1 项（其中网络文化成果 1 项）；网络文化成果计入科研成果");
        vm.deleteOutput(vm.outputs().stream().filter(o -> o.role() == OutputRole.MEMBER).findFirst().orElseThrow());
        assertThat(vm.outputs()).extracting(ResearchOutput::kind).containsExactly(OutputKind.ONLINE_CULTURE);
    }

    @Test
    void theRosterTitleShowsBeforeAnyHistoryAndAStepFromAReviewIsNotDeleted() {
        choose(zhang);
        assertThat(vm.promotions()).singleElement().satisfies(r -> {
            assertThat(r.grade()).isEqualTo("助教");
            assertThat(r.source()).isEqualTo("花名册");
            assertThat(r.deletable()).isFalse();
        });

        PromotionFormViewModel undated = vm.newPromotionForm();
        assertThat(undated.title.get()).as("the step above the current title").isEqualTo(TitleRank.LECTURER);
        assertThat(undated.dirtyProperty().get()).isFalse();
        undated.markUnparsable("title.field.obtained", "去年夏天");
        undated.save(saved -> vm.added(), failures::add);
        assertThat(undated.errorTextProperty().get()).isEqualTo("取得时间：日期无法识别，请按 2024-09-01 的格式填写");

        PromotionFormViewModel rank = vm.newPromotionForm();
        rank.track.set(Track.RANK);
        rank.rank.set("副科级");
        rank.obtained.set(LocalDate.of(2024, 7, 1));
        rank.save(saved -> vm.added(), failures::add);
        assertThat(vm.headingProperty().get()).contains("现任职级：副科级（2024-07-01）");

        Application a = ctx.titles().apply(2026, zhang.id(), Track.TITLE, "LECTURER", null);
        ctx.titles().decide(a.id(), Verdict.PASSED, "评审委员会投票决定");
        ctx.titles().confirm(2026, LocalDate.of(2026, 6, 1));
        vm.reload();
        assertThat(vm.promotions()).extracting(PromotionRow::grade, PromotionRow::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("助教", "手工"),
                org.assertj.core.groups.Tuple.tuple("讲师", "评审"),
                org.assertj.core.groups.Tuple.tuple("副科级", "手工"));
        assertThat(vm.headingProperty().get()).contains("现任职称：讲师（2026-06-01）");

        vm.deletePromotion(vm.promotions().get(1));
        assertThat(failures).singleElement().isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) failures.get(0)).render(ctx.messages()))
                .isEqualTo("职称职级记录：该记录由评审结果生成，请解锁该年度评审后修改");
        assertThat(vm.promotions()).hasSize(3);
    }

    @Test
    void serviceGoesOnUntilItEnds() {
        choose(wang);
        ServiceFormViewModel form = vm.newServiceForm();
        form.start.set(LocalDate.of(2019, 9, 1));
        form.end.set(LocalDate.of(2019, 1, 1));
        form.className.set("2019级会计1班");
        form.save(saved -> vm.added(), failures::add);
        assertThat(form.errors()).containsOnlyKeys("title.field.end");
        form.end.set(null);
        form.save(saved -> vm.added(), failures::add);
        assertThat(vm.services()).singleElement().satisfies(s -> {
            assertThat(vm.period(s)).isEqualTo("2019-09-01 至今");
            assertThat(s.role()).isEqualTo(ServiceRole.CLASS_TEACHER);
            assertThat(s.competent()).isTrue();
        });
    }
}
