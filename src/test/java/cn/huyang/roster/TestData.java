package cn.huyang.roster;

import cn.huyang.common.IdNumber;
import java.time.LocalDate;

/** Hand-made counselors for tests. */
public final class TestData {
    private TestData() {
    }

    /** A valid ID number for a birth date and gender, with the given sequence. */
    public static String id(LocalDate birth, boolean male, int seq) {
        int s = (seq % 500) * 2 + (male ? 1 : 0);
        String first17 = "652901" + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), s);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A counselor who entered on a given date. */
    public static Counselor counselor(String name, long departmentId, PostType post, int seq, LocalDate entry) {
        Counselor c = counselor(name, departmentId, post, seq);
        return new Counselor(null, c.name(), c.gender(), c.ethnicity(), c.birthDate(), c.idNumber(),
                c.politicalStatus(), c.education(), c.degree(), c.major(), departmentId, post, c.position(),
                c.employmentForm(), entry, c.title(), c.titleDate(), null, null, c.phone(), c.studentsInCharge(),
                c.classesInCharge(), c.dormitory(), CounselorStatus.ACTIVE, null);
    }

    public static Counselor counselor(String name, long departmentId, PostType post, int seq) {
        LocalDate birth = LocalDate.of(1990, 5, 1).plusDays(seq);
        return new Counselor(null, name, Gender.MALE, "汉族", birth, id(birth, true, seq),
                PoliticalStatus.CPC_MEMBER, Education.MASTER, Degree.MASTER, "思想政治教育", departmentId, post,
                Position.COUNSELOR, EmploymentForm.CONTRACT, LocalDate.of(2020, 9, 1), TitleRank.LECTURER,
                LocalDate.of(2023, 1, 1), null, null, "13912345678", 200, "2024级计算机1班", "3号学生公寓",
                CounselorStatus.ACTIVE, null);
    }
}
