package cn.huyang.app;

import cn.huyang.access.Operation;
import cn.huyang.common.FindingSource;
import cn.huyang.demo.DemoExtra;
import cn.huyang.demo.StudentDemoData;
import cn.huyang.io.StudentImportService;
import cn.huyang.students.AttentionRepository;
import cn.huyang.students.AttentionService;
import cn.huyang.students.StudentContacts;
import cn.huyang.students.StudentFindings;
import cn.huyang.students.StudentRepository;
import cn.huyang.students.StudentService;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 学生档案 [三(一)3(6)]: the student list, each student's file in six parts, the 一人一档 of students under
 * special attention and {@code ATTENTION_OVERDUE}. The contacts with students come in through
 * {@link StudentContacts} (the work records implement it; {@link StudentContacts#NONE} until then).
 */
public final class StudentsModule implements FeatureModule {
    private final PolicyModule policy;
    private final RosterModule roster;
    private final StudentContacts contacts;
    private StudentService students;
    private AttentionService attention;
    private StudentFindings findings;
    private StudentImportService importer;

    public StudentsModule(PolicyModule policy, RosterModule roster, StudentContacts contacts) {
        this.policy = policy;
        this.roster = roster;
        this.contacts = Objects.requireNonNull(contacts);
    }

    /** The started module of a context. */
    public static StudentsModule of(AppContext ctx) {
        return ctx.modules().stream().filter(StudentsModule.class::isInstance).map(StudentsModule.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("No StudentsModule registered"));
    }

    @Override
    public void start(Kernel k) {
        AttentionRepository attentions = new AttentionRepository(k.dsl(), k.stamps());
        students = new StudentService(k.tx(), new StudentRepository(k.dsl(), k.stamps()), attentions, roster.service(),
                k.textCipher(), k.clock(), k.access(), contacts);
        attention = new AttentionService(k.tx(), attentions, students, roster.service(), policy.service(),
                k.textCipher(), k.messages(), k.access(), contacts);
        findings = new StudentFindings(attention);
        importer = new StudentImportService(students, roster.service(), k.tx(), k.store().backups(), k.messages(),
                k.access());
    }

    public StudentService students() {
        return students;
    }

    public AttentionService attention() {
        return attention;
    }

    /** The student list brought in from a spreadsheet (all or nothing). */
    public StudentImportService importer() {
        return importer;
    }

    @Override
    public List<DemoExtra> demoData() {
        return List.of(new StudentDemoData(students, attention, roster.service()));
    }

    @Override
    public Optional<TabSpec> tab() {
        return Optional.of(new TabSpec("studentsTab", "students.tab", "startup.opening", 47, StudentsTab::new,
                List.of(Operation.STUDENT_FILES)));
    }

    @Override
    public List<FindingSource> findingSources() {
        return List.of(findings);
    }
}
