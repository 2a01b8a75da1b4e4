package cn.huyang.roster;

import java.time.LocalDate;

/**
 * A counselor (辅导员) with every field of the roster. {@code id} is null until stored;
 * {@code status} follows the roster history and is changed only by the history's events.
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
        String note) {

    public Counselor withId(Long newId) {
        return new Counselor(newId, name, gender, ethnicity, birthDate, idNumber, politicalStatus, education, degree,
                major, departmentId, postType, position, employmentForm, entryDate, title, titleDate, adminRank,
                adminRankDate, phone, studentsInCharge, classesInCharge, dormitory, status, note);
    }

    public Counselor withStatus(CounselorStatus newStatus) {
        return new Counselor(id, name, gender, ethnicity, birthDate, idNumber, politicalStatus, education, degree,
                major, departmentId, postType, position, employmentForm, entryDate, title, titleDate, adminRank,
                adminRankDate, phone, studentsInCharge, classesInCharge, dormitory, newStatus, note);
    }

    public Counselor withIdentity(String newIdNumber, Gender newGender, LocalDate newBirthDate) {
        return new Counselor(id, name, newGender, ethnicity, newBirthDate, newIdNumber, politicalStatus, education,
                degree, major, departmentId, postType, position, employmentForm, entryDate, title, titleDate,
                adminRank, adminRankDate, phone, studentsInCharge, classesInCharge, dormitory, status, note);
    }

    public Counselor withPhone(String newPhone) {
        return new Counselor(id, name, gender, ethnicity, birthDate, idNumber, politicalStatus, education, degree,
                major, departmentId, postType, position, employmentForm, entryDate, title, titleDate, adminRank,
                adminRankDate, newPhone, studentsInCharge, classesInCharge, dormitory, status, note);
    }

    public Counselor withTitle(TitleRank newTitle, LocalDate newTitleDate) {
        return new Counselor(id, name, gender, ethnicity, birthDate, idNumber, politicalStatus, education, degree,
                major, departmentId, postType, position, employmentForm, entryDate, newTitle, newTitleDate, adminRank,
                adminRankDate, phone, studentsInCharge, classesInCharge, dormitory, status, note);
    }

    public Counselor withAdminRank(String newRank, LocalDate newRankDate) {
        return new Counselor(id, name, gender, ethnicity, birthDate, idNumber, politicalStatus, education, degree,
                major, departmentId, postType, position, employmentForm, entryDate, title, titleDate, newRank,
                newRankDate, phone, studentsInCharge, classesInCharge, dormitory, status, note);
    }

    public boolean isFullTime() {
        return postType == PostType.FULL_TIME;
    }
}
