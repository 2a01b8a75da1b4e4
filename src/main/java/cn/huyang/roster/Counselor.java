package cn.huyang.roster;

import java.time.LocalDate;

/**
 * A counselor (辅导员) with every field of the roster. {@code id} is null until stored;
 * {@code status} follows the roster history and is changed only by the history's events;
 * {@code version} is the stored row's version when it was read (0 for a draft): a save against
 * another version is refused ({@link cn.huyang.common.StaleRecordException}).
 */
public record Counselor(
        Long id,
        String name,
        Gender gender,
        String ethnicity,
        LocalDate birthDate,
        String idNumber,
        PoliticalStatus politicalStatus,
        Education education,
        Degree degree,
        String major,
        Long departmentId,
        PostType postType,
        Position position,
        EmploymentForm employmentForm,
        LocalDate entryDate,
        TitleRank title,
        LocalDate titleDate,
        String adminRank,
        LocalDate adminRankDate,
        String phone,
        int studentsInCharge,
        String classesInCharge,
        String dormitory,
        CounselorStatus status,
        String note,
        int version) {

    /** A counselor not read from the database (a draft): version 0. */
    public Counselor(Long id, String name, Gender gender, String ethnicity, LocalDate birthDate, String idNumber,
                     PoliticalStatus politicalStatus, Education education, Degree degree, String major,
                     Long departmentId, PostType postType, Position position, EmploymentForm employmentForm,
                     LocalDate entryDate, TitleRank title, LocalDate titleDate, String adminRank,
                     LocalDate adminRankDate, String phone, int studentsInCharge, String classesInCharge,
                     String dormitory, CounselorStatus status, String note) {
        this(id, name, gender, ethnicity, birthDate, idNumber, politicalStatus, education, degree, major, departmentId,
                postType, position, employmentForm, entryDate, title, titleDate, adminRank, adminRankDate, phone,
                studentsInCharge, classesInCharge, dormitory, status, note, 0);
    }

    /** The same counselor as of another stored version. */
    public Counselor withVersion(int newVersion) {
        return new Counselor(id, name, gender, ethnicity, birthDate, idNumber, politicalStatus, education, degree,
                major, departmentId, postType, position, employmentForm, entryDate, title, titleDate, adminRank,
                adminRankDate, phone, studentsInCharge, classesInCharge, dormitory, status, note, newVersion);
    }

    public Counselor withId(Long newId) {
        return new Counselor(newId, name, gender, ethnicity, birthDate, idNumber, politicalStatus, education, degree,
                major, departmentId, postType, position, employmentForm, entryDate, title, titleDate, adminRank,
                adminRankDate, phone, studentsInCharge, classesInCharge, dormitory, status, note, version);
    }

    public Counselor withStatus(CounselorStatus newStatus) {
        return new Counselor(id, name, gender, ethnicity, birthDate, idNumber, politicalStatus, education, degree,
                major, departmentId, postType, position, employmentForm, entryDate, title, titleDate, adminRank,
                adminRankDate, phone, studentsInCharge, classesInCharge, dormitory, newStatus, note, version);
    }

    public Counselor withIdentity(String newIdNumber, Gender newGender, LocalDate newBirthDate) {
        return new Counselor(id, name, newGender, ethnicity, newBirthDate, newIdNumber, politicalStatus, education,
                degree, major, departmentId, postType, position, employmentForm, entryDate, title, titleDate,
                adminRank, adminRankDate, phone, studentsInCharge, classesInCharge, dormitory, status, note, version);
    }

    public Counselor withPhone(String newPhone) {
        return new Counselor(id, name, gender, ethnicity, birthDate, idNumber, politicalStatus, education, degree,
                major, departmentId, postType, position, employmentForm, entryDate, title, titleDate, adminRank,
                adminRankDate, newPhone, studentsInCharge, classesInCharge, dormitory, status, note, version);
    }

    public Counselor withTitle(TitleRank newTitle, LocalDate newTitleDate) {
        return new Counselor(id, name, gender, ethnicity, birthDate, idNumber, politicalStatus, education, degree,
                major, departmentId, postType, position, employmentForm, entryDate, newTitle, newTitleDate, adminRank,
                adminRankDate, phone, studentsInCharge, classesInCharge, dormitory, status, note, version);
    }

    public Counselor withAdminRank(String newRank, LocalDate newRankDate) {
        return new Counselor(id, name, gender, ethnicity, birthDate, idNumber, politicalStatus, education, degree,
                major, departmentId, postType, position, employmentForm, entryDate, title, titleDate, newRank,
                newRankDate, phone, studentsInCharge, classesInCharge, dormitory, status, note, version);
    }

    public boolean isFullTime() {
        return postType == PostType.FULL_TIME;
    }
}
