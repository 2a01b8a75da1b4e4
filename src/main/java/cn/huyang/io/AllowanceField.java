package cn.huyang.io;

import java.util.ArrayList;
import java.util.List;

/** The columns of the finance office's allowance sheet (辅导员津贴发放表) and the headers it gives them. */
public enum AllowanceField implements ImportField {
    DEPARTMENT("field.department", RosterField.DEPARTMENT.synonyms()),
    NAME("field.name", RosterField.NAME.synonyms()),
    ID_NUMBER("field.idNumber", RosterField.ID_NUMBER.synonyms()),
    YEAR("guarantee.field.year", List.of("年度", "年份", "所属年度", "津贴年度")),
    MONTH("guarantee.field.month", List.of("月份", "月", "所属月份", "津贴月份", "发放月份")),
    AMOUNT("guarantee.field.amount", List.of("发放金额", "金额", "实发金额", "津贴金额", "实发", "发放金额（元）",
            "金额（元）")),
    PAID_ON("guarantee.field.paidOn", List.of("发放日期", "发放时间", "支付日期", "到账日期", "付款日期")),
    NOTE("guarantee.field.note", List.of("备注", "说明"));

    private final String labelKey;
    private final List<String> synonyms;

    AllowanceField(String labelKey, List<String> synonyms) {
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
