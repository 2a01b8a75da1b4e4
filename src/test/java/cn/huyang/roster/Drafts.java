package cn.huyang.roster;

import java.time.LocalDate;

/** Counselor drafts for tests: a complete, valid one, and copies with one field changed. */
final class Drafts {
    /** Male (17th digit 1), born 1990-01-01. */
    static final String ID_MALE_1990 = "610104199001010717";
    /** Female (17th digit 2), born 1988-08-08. */
    static final String ID_FEMALE_1988 = "65010219880808002X";
    /** Male, born 1985-06-15. */
    static final String ID_MALE_1985 = "652901198506151231";
    /** Female, born 2000-02-29. */
    static final String ID_FEMALE_2000 = "610104200002290023";
    /** Male, born 1988-08-08. */
    static final String ID_MALE_1988 = "650102198808080011";

    private Drafts() {
    }

    static Counselor valid(long departmentId) {
        return new Counselor(null, "张伟", null, "汉族", null, ID_MALE_1990, PoliticalStatus.CPC_MEMBER,
                Education.MASTER, Degree.MASTER, "思想政治教育", departmentId, PostType.FULL_TIME, Position.COUNSELOR,
                EmploymentForm.CONTRACT, LocalDate.of(2015, 9, 1), TitleRank.LECTURER, LocalDate.of(2019, 12, 1),
                null, null, "13912345678", 180, "2024级计算机1班", "3号学生公寓", CounselorStatus.ACTIVE, null);
    }

    static Counselor with(Counselor c, String name, String idNumber, PostType postType, long departmentId) {
        return new Counselor(c.id(), name, c.gender(), c.ethnicity(), c.birthDate(), idNumber, c.politicalStatus(),
                c.education(), c.degree(), c.major(), departmentId, postType, c.position(), c.employmentForm(),
                c.entryDate(), c.title(), c.titleDate(), c.adminRank(), c.adminRankDate(), c.phone(),
                c.studentsInCharge(), c.classesInCharge(), c.dormitory(), c.status(), c.note(),
                c.version());
    }

    static Counselor withName(Counselor c, String name) {
        return with(c, name, c.idNumber(), c.postType(), c.departmentId());
    }

    static Counselor withDates(Counselor c, LocalDate birth, LocalDate entry, LocalDate titleDate) {
        return new Counselor(c.id(), c.name(), c.gender(), c.ethnicity(), birth, c.idNumber(), c.politicalStatus(),
                c.education(), c.degree(), c.major(), c.departmentId(), c.postType(), c.position(),
                c.employmentForm(), entry, c.title(), titleDate, c.adminRank(), c.adminRankDate(), c.phone(),
                c.studentsInCharge(), c.classesInCharge(), c.dormitory(), c.status(), c.note(),
                c.version());
    }

    static Counselor withStudents(Counselor c, int students) {
        return new Counselor(c.id(), c.name(), c.gender(), c.ethnicity(), c.birthDate(), c.idNumber(),
                c.politicalStatus(), c.education(), c.degree(), c.major(), c.departmentId(), c.postType(),
                c.position(), c.employmentForm(), c.entryDate(), c.title(), c.titleDate(), c.adminRank(),
                c.adminRankDate(), c.phone(), students, c.classesInCharge(), c.dormitory(), c.status(), c.note(),
                c.version());
    }

    static Counselor withConditions(Counselor c, Education education, PoliticalStatus political,
                                    EmploymentForm form) {
        return new Counselor(c.id(), c.name(), c.gender(), c.ethnicity(), c.birthDate(), c.idNumber(), political,
                education, c.degree(), c.major(), c.departmentId(), c.postType(), c.position(), form,
                c.entryDate(), c.title(), c.titleDate(), c.adminRank(), c.adminRankDate(), c.phone(),
                c.studentsInCharge(), c.classesInCharge(), c.dormitory(), c.status(), c.note(),
                c.version());
    }
}
