package cn.huyang.io;

import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.Degree;
import cn.huyang.roster.Education;
import cn.huyang.roster.EmploymentForm;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PoliticalStatus;
import cn.huyang.roster.Position;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TitleRank;
import java.time.LocalDate;

/**
 * A counselor being filled from a row: starts empty (a new counselor) or as the stored one (an
 * update changes only the columns the file has).
 */
final class Draft {
    Long id;
    String name;
    Gender gender;
    String ethnicity;
    LocalDate birthDate;
    String idNumber;
    PoliticalStatus politicalStatus;
    Education education;
    Degree degree;
    String major;
    Long departmentId;
    PostType postType;
    Position position;
    EmploymentForm employmentForm;
    LocalDate entryDate;
    TitleRank title;
    LocalDate titleDate;
    String adminRank;
    LocalDate adminRankDate;
    String phone;
    int studentsInCharge;
    String classesInCharge;
    String dormitory;
    CounselorStatus status = CounselorStatus.ACTIVE;
    String note;
    int version;

    static Draft of(Counselor c) {
        Draft d = new Draft();
        d.id = c.id();
        d.name = c.name();
        d.gender = c.gender();
        d.ethnicity = c.ethnicity();
        d.birthDate = c.birthDate();
        d.idNumber = c.idNumber();
        d.politicalStatus = c.politicalStatus();
        d.education = c.education();
        d.degree = c.degree();
        d.major = c.major();
        d.departmentId = c.departmentId();
        d.postType = c.postType();
        d.position = c.position();
        d.employmentForm = c.employmentForm();
        d.entryDate = c.entryDate();
        d.title = c.title();
        d.titleDate = c.titleDate();
        d.adminRank = c.adminRank();
        d.adminRankDate = c.adminRankDate();
        d.phone = c.phone();
        d.studentsInCharge = c.studentsInCharge();
        d.classesInCharge = c.classesInCharge();
        d.dormitory = c.dormitory();
        d.status = c.status();
        d.note = c.note();
        d.version = c.version();
        return d;
    }

    Counselor build() {
        return new Counselor(id, name, gender, ethnicity, birthDate, idNumber, politicalStatus, education, degree,
                major, departmentId, postType, position, employmentForm, entryDate, title, titleDate, adminRank,
                adminRankDate, phone, studentsInCharge, classesInCharge, dormitory, status, note, version);
    }
}
