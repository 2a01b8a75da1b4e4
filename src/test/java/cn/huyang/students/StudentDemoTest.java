package cn.huyang.students;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.StudentsModule;
import cn.huyang.common.Finding;
import cn.huyang.common.Progress;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.demo.DemoDataGenerator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's 学生档案: about 20 students per counselor, one in twenty under attention, some overdue. */
class StudentDemoTest {
    @TempDir
    Path dir;

    @Test
    void theDemoWritesStudentsWithAFewUnderAttentionAndSomeOverdue() {
        try (Store db = TestStores.open(dir.resolve("data"), StudentFixture.CLOCK)) {
            AppContext ctx = new AppContext(db, StudentFixture.ZH, StudentFixture.CLOCK);
            ctx.demo().generate(new DemoDataGenerator.Request(60, 2, 7), false, Progress.NONE);
            StudentsModule s = StudentsModule.of(ctx);
            List<Student> all = s.students().allStudents();
            assertThat(all.size()).isBetween(20 * 40, 20 * 60);
            List<AttentionDue> due = s.attention().dueList();
            assertThat(due.size()).isBetween(all.size() / 40, all.size() / 10);
            assertThat(due).anyMatch(AttentionDue::overdue).anyMatch(d -> !d.overdue());
            List<Finding> found = s.attention().findings(StudentFixture.TODAY.getYear());
            assertThat(found).isNotEmpty().allSatisfy(f -> assertThat(f.code()).isEqualTo("ATTENTION_OVERDUE"));
            StudentFile file = s.students().openFile(due.get(0).student().id());
            assertThat(file.student().phone()).startsWith("139");
            assertThat(file.section(FilePart.ACADEMIC).body()).isNotBlank();
            // demo data added again writes no second list
            ctx.demo().generate(new DemoDataGenerator.Request(10, 2, 8), true, Progress.NONE);
            assertThat(s.students().allStudents()).hasSize(all.size());
        }
    }
}
