package cn.huyang.students;

import static cn.huyang.students.StudentFixture.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.access.Role;
import cn.huyang.common.Finding;
import cn.huyang.common.ValidationException;
import cn.huyang.db.TestStores;
import cn.huyang.policy.PolicyKey;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ATTENTION_OVERDUE [三(一)3]: contact every 7 / 14 / 30 days by level, on a real database (H2, or PostgreSQL). */
class AttentionRulesTest {
    static final LocalDate START = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;
    StudentFixture f;

    @BeforeEach
    void open() {
        f = new StudentFixture(TestStores.open(dir.resolve("data"), StudentFixture.CLOCK));
    }

    @AfterEach
    void close() {
        f.db.close();
    }

    private Student underAttention(String no, int level, LocalDate start) {
        Student s = f.s.students().save(student(no, "学生" + no.substring(no.length() - 2), f.deptA, f.a1.id()));
        f.s.attention().open(new Attention(null, s.id(), AttentionCategory.ACADEMIC, level, "两门不及格", null,
                f.a1.id(), start, AttentionStatus.ACTIVE, null, null, 0));
        return s;
    }

    private List<Finding> findingsOn(LocalDate day) {
        return f.on(day).attention().findings(day.getYear());
    }

    /** The 学号 the day's findings name, in order. */
    private List<String> overdueOn(LocalDate day) {
        return findingsOn(day).stream().flatMap(x -> java.util.regex.Pattern.compile("学号 (\\d+)")
                .matcher(x.message()).results().map(r -> r.group(1))).sorted().toList();
    }

    @Test
    void eachLevelIsOverdueTheDayAfterItsDays() {
        underAttention("2024010101", 1, START);
        underAttention("2024010102", 2, START);
        underAttention("2024010103", 3, START);
        assertThat(findingsOn(START.plusDays(7))).isEmpty();
        assertThat(findingsOn(START.plusDays(8))).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("ATTENTION_OVERDUE");
            assertThat(x.clause()).isEqualTo("三(一)3");
            assertThat(x.counselorId()).isEqualTo(f.a1.id());
            assertThat(x.department()).isEqualTo("计算机系");
            assertThat(x.params()).containsEntry("students.attention-contact-days.level1", "7").hasSize(1);
            assertThat(x.message()).startsWith("1 名重点关注学生逾期未联系：学号 2024010101")
                    .contains("已 8 天未联系").doesNotContain("两门不及格").doesNotContain("学生01");
        });
        assertThat(overdueOn(START.plusDays(14))).containsExactly("2024010101");
        assertThat(overdueOn(START.plusDays(15))).containsExactly("2024010101", "2024010102");
        assertThat(overdueOn(START.plusDays(30))).containsExactly("2024010101", "2024010102");
        assertThat(overdueOn(START.plusDays(31))).containsExactly("2024010101", "2024010102", "2024010103");
        assertThat(findingsOn(START.plusDays(31))).singleElement().satisfies(x -> assertThat(x.params())
                .containsKeys("students.attention-contact-days.level1", "students.attention-contact-days.level2",
                        "students.attention-contact-days.level3"));
        // another year has none: the rule judges the present only
        assertThat(f.on(START.plusDays(31)).attention().findings(2025)).isEmpty();
    }

    @Test
    void aContactRestartsTheCountAndAContactBeforeTheStartDoesNot() {
        Student s = underAttention("2024010101", 1, START);
        f.contacts.last.put(s.id(), START.minusDays(3));
        assertThat(findingsOn(START.plusDays(8))).hasSize(1);
        f.contacts.last.put(s.id(), START.plusDays(5));
        assertThat(findingsOn(START.plusDays(12))).isEmpty();
        assertThat(findingsOn(START.plusDays(13))).hasSize(1);
        List<AttentionDue> due = f.on(START.plusDays(13)).attention().dueList();
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.lastContact()).isEqualTo(START.plusDays(5));
            assertThat(d.dueOn()).isEqualTo(START.plusDays(12));
            assertThat(d.overdue()).isTrue();
        });
    }

    @Test
    void theDaysInForceAreThePolicys() {
        f.ctx.policy().set(PolicyKey.ATTENTION_CONTACT_DAYS_LEVEL1, "3", LocalDate.of(2026, 1, 1), "学工〔2026〕1号", null);
        underAttention("2024010101", 1, START);
        assertThat(findingsOn(START.plusDays(3))).isEmpty();
        assertThat(findingsOn(START.plusDays(4))).singleElement()
                .satisfies(x -> assertThat(x.params()).containsEntry("students.attention-contact-days.level1", "3"));
    }

    @Test
    void aReleasedAttentionGivesNoFinding() {
        Student s = underAttention("2024010101", 1, START);
        Attention a = f.s.attention().dueList().get(0).attention();
        AttentionService onDay = f.on(START.plusDays(10)).attention();
        assertThat(onDay.findings(2026)).hasSize(1);
        assertThatThrownBy(() -> onDay.release(a.id(), START.minusDays(1), "好转", a.version()))
                .isInstanceOf(ValidationException.class);
        onDay.release(a.id(), START.plusDays(9), "成绩已补考通过", a.version());
        assertThat(onDay.findings(2026)).isEmpty();
        assertThat(onDay.dueList()).isEmpty();
        assertThat(f.s.students().openFile(s.id()).attentions()).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(AttentionStatus.RELEASED);
            assertThat(x.releaseReason()).isEqualTo("成绩已补考通过");
        });
    }

    @Test
    void aStartInTheFutureAndASecondActiveAttentionAreRefused() {
        Student s = f.s.students().save(student("2024010101", "王芳", f.deptA, f.a1.id()));
        Attention future = new Attention(null, s.id(), AttentionCategory.ILLNESS, 2, "住院", null, null,
                StudentFixture.TODAY.plusDays(1), AttentionStatus.ACTIVE, null, null, 0);
        assertThatThrownBy(() -> f.s.attention().open(future)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).render(StudentFixture.ZH))
                        .isEqualTo("开始关注日期：不能晚于今天"));
        Attention today = new Attention(null, s.id(), AttentionCategory.ILLNESS, 2, "住院", null, null,
                StudentFixture.TODAY, AttentionStatus.ACTIVE, null, null, 0);
        f.s.attention().open(today);
        assertThatThrownBy(() -> f.s.attention().open(today)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.as(Role.DEPARTMENT, f.deptB).attention().open(today))
                .isInstanceOf(cn.huyang.access.NotPermittedException.class);
    }

    @Test
    void theDueListIsOverdueFirstAndFilteredByReach() {
        underAttention("2024010101", 3, START);
        underAttention("2024010102", 1, START.plusDays(5));
        Student other = f.s.students().save(student("2024020101", "张伟", f.deptB, f.b1.id()));
        f.s.attention().open(new Attention(null, other.id(), AttentionCategory.OTHER, 1, "其他", null, null, START,
                AttentionStatus.ACTIVE, null, null, 0));
        List<AttentionDue> all = f.as(Role.OFFICE).attention().dueList();
        assertThat(all).extracting(d -> d.student().studentNo())
                .containsExactly("2024020101", "2024010102", "2024010101");
        assertThat(all.get(0).overdue()).isTrue();
        assertThat(f.as(Role.DEPARTMENT).attention().dueList()).extracting(d -> d.student().studentNo())
                .containsExactly("2024010102", "2024010101");
        assertThat(f.as(Role.LEADER).attention().dueList()).isEmpty();
    }
}
