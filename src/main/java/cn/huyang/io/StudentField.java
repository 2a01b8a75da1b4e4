package cn.huyang.io;

import java.util.List;

/** The columns of a student list (学生名单) and the headers offices give them. */
public enum StudentField implements ImportField {
    STUDENT_NO("students.field.studentNo", List.of("学号", "学生学号", "学籍号")),
    NAME("students.field.name", List.of("姓名", "学生姓名", "名字")),
    GENDER("field.gender", List.of("性别")),
    ETHNICITY("field.ethnicity", List.of("民族")),
    CLASS_NAME("students.field.className", List.of("班级", "班级名称", "所在班级", "行政班")),
    DEPARTMENT("field.department", List.of("系部", "系（部）", "院系", "系别", "所在系部", "学院")),
    DORMITORY("students.field.dormitory", List.of("宿舍", "宿舍号", "寝室", "宿舍楼及房间")),
    PHONE("students.field.phone", List.of("联系电话", "电话", "手机", "手机号", "学生电话")),
    PARENT_CONTACT("students.field.parentContact", List.of("家长联系方式", "家长电话", "家长联系电话", "监护人电话")),
    COUNSELOR("students.field.counselor", List.of("辅导员工号", "辅导员", "辅导员姓名", "辅导员身份证号",
            "负责辅导员"));

    private final String labelKey;
    private final List<String> synonyms;

    StudentField(String labelKey, List<String> synonyms) {
        this.labelKey = labelKey;
        this.synonyms = List.copyOf(synonyms);
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    @Override
    public List<String> synonyms() {
        return synonyms;
    }
}
