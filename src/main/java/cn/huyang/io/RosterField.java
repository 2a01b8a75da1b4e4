package cn.huyang.io;

import cn.huyang.roster.Counselor;
import cn.huyang.roster.Degree;
import cn.huyang.roster.Education;
import cn.huyang.roster.EmploymentForm;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PoliticalStatus;
import cn.huyang.roster.Position;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TitleRank;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The roster's columns as offices head them: each field with its bundle label (the export's and
 * the template's header) and the synonyms found in real files (matched as {@link ImportField} says).
 */
public enum RosterField implements ImportField {
    NAME("field.name", Kind.TEXT, Counselor::name, (d, v) -> d.name = (String) v, "姓名", "名字", "辅导员姓名"),
    GENDER("field.gender", Kind.CODED, Counselor::gender, (d, v) -> d.gender = (Gender) v, "性别"),
    ETHNICITY("field.ethnicity", Kind.ETHNICITY, Counselor::ethnicity, (d, v) -> d.ethnicity = (String) v, "民族"),
    BIRTH_DATE("field.birthDate", Kind.MONTH_DATE, Counselor::birthDate,
            (d, v) -> d.birthDate = (java.time.LocalDate) v, "出生日期", "出生年月", "出生年月日", "生日", "出生时间"),
    ID_NUMBER("field.idNumber", Kind.ID_NUMBER, Counselor::idNumber, (d, v) -> d.idNumber = (String) v,
            "身份证号", "身份证号码", "公民身份号码", "身份证", "公民身份证号", "身份证件号码"),
    POLITICAL_STATUS("field.politicalStatus", Kind.CODED, Counselor::politicalStatus,
            (d, v) -> d.politicalStatus = (PoliticalStatus) v, "政治面貌"),
    EDUCATION("field.education", Kind.CODED, Counselor::education, (d, v) -> d.education = (Education) v,
            "学历", "最高学历"),
    DEGREE("field.degree", Kind.CODED, Counselor::degree, (d, v) -> d.degree = (Degree) v, "学位", "最高学位"),
    MAJOR("field.major", Kind.TEXT, Counselor::major, (d, v) -> d.major = (String) v, "专业", "所学专业"),
    DEPARTMENT("field.department", Kind.DEPARTMENT, Counselor::departmentId, (d, v) -> d.departmentId = (Long) v,
            "所在系部", "系部", "院系", "部门", "所在单位", "单位", "所在院系", "系别", "所在部门"),
    POST_TYPE("field.postType", Kind.CODED, Counselor::postType, (d, v) -> d.postType = (PostType) v,
            "岗位类型", "专兼职", "专职/兼职", "专职或兼职"),
    POSITION("field.position", Kind.CODED, Counselor::position, (d, v) -> d.position = (Position) v, "职务"),
    EMPLOYMENT_FORM("field.employmentForm", Kind.CODED, Counselor::employmentForm,
            (d, v) -> d.employmentForm = (EmploymentForm) v, "用工形式", "编制", "编制情况", "人员性质"),
    ENTRY_DATE("field.entryDate", Kind.MONTH_DATE, Counselor::entryDate,
            (d, v) -> d.entryDate = (java.time.LocalDate) v, "入职日期", "入职时间", "参加工作时间", "到岗时间",
            "任辅导员时间"),
    TITLE("field.title", Kind.CODED, Counselor::title, (d, v) -> d.title = (TitleRank) v, "职称", "专业技术职务"),
    TITLE_DATE("field.titleDate", Kind.MONTH_DATE, Counselor::titleDate,
            (d, v) -> d.titleDate = (java.time.LocalDate) v, "职称取得时间", "职称时间", "职称取得日期"),
    ADMIN_RANK("field.adminRank", Kind.TEXT, Counselor::adminRank, (d, v) -> d.adminRank = (String) v, "职级"),
    ADMIN_RANK_DATE("field.adminRankDate", Kind.MONTH_DATE, Counselor::adminRankDate,
            (d, v) -> d.adminRankDate = (java.time.LocalDate) v, "职级取得时间", "职级时间", "职级取得日期"),
    PHONE("field.phone", Kind.PHONE, Counselor::phone, (d, v) -> d.phone = (String) v,
            "联系电话", "手机", "手机号", "手机号码", "电话", "联系方式"),
    STUDENTS("field.studentsInCharge", Kind.COUNT, Counselor::studentsInCharge,
            (d, v) -> d.studentsInCharge = v == null ? 0 : (Integer) v, "所带学生数", "学生数", "带学生数", "所带学生人数"),
    CLASSES("field.classesInCharge", Kind.TEXT, Counselor::classesInCharge, (d, v) -> d.classesInCharge = (String) v,
            "所带班级", "班级", "负责班级"),
    DORMITORY("field.dormitory", Kind.TEXT, Counselor::dormitory, (d, v) -> d.dormitory = (String) v,
            "负责宿舍楼", "宿舍楼", "宿舍", "负责宿舍"),
    /** Read and shown, never imported: the status follows the roster history. */
    STATUS("field.status", Kind.IGNORED, Counselor::status, (d, v) -> { }, "状态", "在岗状态"),
    NOTE("field.note", Kind.TEXT, Counselor::note, (d, v) -> d.note = (String) v, "备注");

    /** How a column's values are read. */
    enum Kind { TEXT, CODED, ETHNICITY, MONTH_DATE, ID_NUMBER, DEPARTMENT, PHONE, COUNT, IGNORED }

    private final String labelKey;
    private final Kind kind;
    private final Function<Counselor, Object> getter;
    private final BiConsumer<Draft, Object> setter;
    private final List<String> synonyms;

    @SuppressWarnings("unchecked")
    <T> RosterField(String labelKey, Kind kind, Function<Counselor, T> getter, BiConsumer<Draft, Object> setter,
                    String... synonyms) {
        this.labelKey = labelKey;
        this.kind = kind;
        this.getter = (Function<Counselor, Object>) getter;
        this.setter = setter;
        this.synonyms = List.of(synonyms);
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    @Override
    public List<String> synonyms() {
        return synonyms;
    }

    Kind kind() {
        return kind;
    }

    Object get(Counselor c) {
        return getter.apply(c);
    }

    void set(Draft d, Object value) {
        setter.accept(d, value);
    }

    /** The field a header names, if any. */
    public static Optional<RosterField> forHeader(String header) {
        return ImportField.forHeader(RosterField.class, header);
    }

    /** The field a validation error names. */
    static Optional<RosterField> forLabelKey(String key) {
        for (RosterField f : values()) {
            if (f.labelKey.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
