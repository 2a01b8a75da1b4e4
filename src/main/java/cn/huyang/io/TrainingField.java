package cn.huyang.io;

import java.util.ArrayList;
import java.util.List;

/** The columns of a training records file (the ledger's, with 身份证号) and the headers offices give them. */
public enum TrainingField implements ImportField {
    DEPARTMENT("field.department", RosterField.DEPARTMENT.synonyms()),
    NAME("field.name", RosterField.NAME.synonyms()),
    ID_NUMBER("field.idNumber", RosterField.ID_NUMBER.synonyms()),
    COURSE("field.course", List.of("培训课程", "培训名称", "培训项目", "课程名称", "培训班名称", "培训内容", "培训班")),
    ORGANISER("field.organiser", List.of("主办单位", "举办单位", "培训单位", "组织单位", "主办方")),
    LEVEL("field.trainingLevel", List.of("培训级别", "级别", "培训层次")),
    CATEGORY("field.trainingCategory", List.of("培训类别", "类别", "培训类型")),
    START("field.startDate", List.of("开始日期", "开始时间", "培训开始日期", "起始日期", "培训日期")),
    END("field.endDate", List.of("结束日期", "结束时间", "培训结束日期", "截止日期")),
    HOURS("field.hours", List.of("学时", "培训学时", "课时", "学时数")),
    CERTIFICATE("field.certificateNo", List.of("证书编号", "结业证书编号", "证书号", "结业证书号")),
    COST("field.cost", List.of("人均经费", "经费", "费用", "培训费", "培训费用")),
    NOTE("field.note", List.of("备注"));

    private final String labelKey;
    private final List<String> synonyms;

    TrainingField(String labelKey, List<String> synonyms) {
        this.labelKey = labelKey;
        this.synonyms = new ArrayList<>(synonyms);
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    @Override
    public List<String> synonyms() {
        return List.copyOf(synonyms);
    }
}
