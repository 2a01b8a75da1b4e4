package cn.huyang.demo;

import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.Gender;
import cn.huyang.roster.RosterService;
import cn.huyang.students.Attention;
import cn.huyang.students.AttentionCategory;
import cn.huyang.students.AttentionService;
import cn.huyang.students.AttentionStatus;
import cn.huyang.students.FilePart;
import cn.huyang.students.Student;
import cn.huyang.students.StudentService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * 学生档案: about 20 students per counselor in post (3,000 at most), each with a class of the counselor's
 * department; one student in twenty under special attention (a few of them overdue for a contact), and the
 * 学业 part of the file of those. Demo data added again writes no second list.
 */
public class StudentDemoData implements DemoExtra {
    static final int PER_COUNSELOR = 20;
    static final int MAX = 3000;

    private final StudentService students;
    private final AttentionService attention;
    private final RosterService roster;

    public StudentDemoData(StudentService students, AttentionService attention, RosterService roster) {
        this.students = students;
        this.attention = attention;
        this.roster = roster;
    }

    @Override
    public void write(int thisYear, int years, long seed) {
        if (!students.sealing() || !students.allStudents().isEmpty()) {
            return; // without the office's data key nothing is sealed: no demo students then
        }
        Random r = new Random(seed ^ 0x57D5L);
        LocalDate today = students.today();
        List<Student> drafts = new ArrayList<>();
        int serial = 0;
        for (Counselor c : roster.counselors()) {
            if (c.status() != CounselorStatus.ACTIVE || c.departmentId() == null) {
                continue;
            }
            String klass = String.format("%s%02d级%d班", c.departmentId() % 2 == 0 ? "机电" : "信息", thisYear % 100 - r.nextInt(3),
                    1 + r.nextInt(4));
            for (int i = 0; i < PER_COUNSELOR && drafts.size() < MAX; i++) {
                serial++;
                boolean male = r.nextBoolean();
                String name = DemoNames.SURNAMES.get(r.nextInt(DemoNames.SURNAMES.size()))
                        + (male ? DemoNames.GIVEN_MALE : DemoNames.GIVEN_FEMALE)
                        .get(r.nextInt((male ? DemoNames.GIVEN_MALE : DemoNames.GIVEN_FEMALE).size()));
                drafts.add(new Student(null, String.format("%d%06d", thisYear, serial), name,
                        male ? Gender.MALE : Gender.FEMALE, r.nextInt(4) == 0 ? "维吾尔族" : "汉族", klass,
                        c.departmentId(), (1 + r.nextInt(8)) + "号楼" + (101 + r.nextInt(500)),
                        String.format("139%08d", r.nextInt(100_000_000)),
                        String.format("138%08d", r.nextInt(100_000_000)), c.id(), 0));
            }
            if (drafts.size() >= MAX) {
                break;
            }
        }
        List<Student> saved = students.saveAll(drafts);
        AttentionCategory[] categories = AttentionCategory.values();
        for (int i = 0; i < saved.size(); i++) {
            if (r.nextInt(20) != 0) {
                continue;
            }
            Student s = saved.get(i);
            int level = 1 + r.nextInt(3);
            boolean overdue = r.nextInt(4) == 0;
            int span = level == 1 ? 7 : level == 2 ? 14 : 30;
            LocalDate start = today.minusDays(overdue ? span + 1 + r.nextInt(20) : r.nextInt(span));
            if (start.getYear() < thisYear) {
                start = LocalDate.of(thisYear, 1, 1);
            }
            AttentionCategory category = categories[r.nextInt(categories.length)];
            attention.open(new Attention(null, s.id(), category, level, "示例：" + reason(category),
                    "每" + (level == 1 ? "周" : level == 2 ? "两周" : "月") + "谈心一次，联系家长", s.counselorId(), start,
                    AttentionStatus.ACTIVE, null, null, 0));
            students.saveSection(s.id(), FilePart.ACADEMIC, "示例：本学期已修课程均已通过。", 0);
        }
    }

    private static String reason(AttentionCategory c) {
        return switch (c) {
            case PSYCHOLOGICAL -> "心理测评结果需关注";
            case FINANCIAL -> "家庭经济困难，已申请助学金";
            case ACADEMIC -> "上学期两门课程不及格";
            case DISCIPLINE -> "多次旷课，已受警告处分";
            case FAMILY_CHANGE -> "家庭发生变故";
            case ILLNESS -> "慢性疾病，需定期复查";
            case EMPLOYMENT -> "毕业班，尚未落实就业";
            case OTHER -> "其他需关注情况";
        };
    }
}
