package cn.huyang.io;

import cn.huyang.common.Coded;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.roster.Degree;
import cn.huyang.roster.Education;
import cn.huyang.roster.EmploymentForm;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PoliticalStatus;
import cn.huyang.roster.Position;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TitleRank;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Coded values as offices type them: the Chinese label (男, 中共党员, 讲师), the English label, the
 * code name (MALE), the national codes where there are some (性别 1/2 of GB/T 2261.1) and the short
 * forms in common use (党员, 团员, 本科, 大专, 专职…).
 */
final class CodedValues {
    private final Map<Class<?>, Map<String, Coded>> byType = new HashMap<>();

    CodedValues() {
        Messages zh = Messages.forLanguage("zh");
        Messages en = Messages.forLanguage("en");
        for (Class<? extends Coded> type : java.util.List.of(Gender.class, PoliticalStatus.class, Education.class,
                Degree.class, PostType.class, Position.class, EmploymentForm.class, TitleRank.class,
                cn.huyang.training.TrainingLevel.class, cn.huyang.training.TrainingCategory.class)) {
            Map<String, Coded> m = new HashMap<>();
            for (Coded c : type.getEnumConstants()) {
                m.put(norm(c.name()), c);
                m.put(norm(c.label(zh)), c);
                m.put(norm(c.label(en)), c);
            }
            byType.put(type, m);
        }
        alias(Gender.MALE, "1", "男性", "M");
        alias(Gender.FEMALE, "2", "女性", "F");
        alias(PoliticalStatus.CPC_MEMBER, "党员", "中共党员", "共产党员", "01");
        alias(PoliticalStatus.CPC_PROBATIONARY, "预备党员", "02");
        alias(PoliticalStatus.CYL_MEMBER, "团员", "共青团员", "03");
        alias(PoliticalStatus.MASSES, "群众", "13");
        alias(Education.DOCTORAL, "博士", "博士研究生");
        alias(Education.MASTER, "硕士", "研究生", "硕士研究生");
        alias(Education.BACHELOR, "本科", "大学本科");
        alias(Education.JUNIOR_COLLEGE, "专科", "大专", "大学专科");
        alias(Education.SECONDARY, "中专", "高中", "中专及以下");
        alias(Degree.DOCTOR, "博士学位");
        alias(Degree.MASTER, "硕士学位");
        alias(Degree.BACHELOR, "学士学位");
        alias(Degree.NONE, "无");
        alias(PostType.FULL_TIME, "专职辅导员");
        alias(PostType.PART_TIME, "兼职辅导员");
        alias(EmploymentForm.ESTABLISHED, "在编", "事业编", "编制内");
        alias(EmploymentForm.CONTRACT, "合同制", "聘用", "合同");
        alias(TitleRank.ASSISTANT, "助理讲师");
        alias(cn.huyang.training.TrainingLevel.SCHOOL, "校级培训", "学校", "院级", "校内");
        alias(cn.huyang.training.TrainingLevel.REGIONAL, "省级", "自治区", "省部级", "区级");
        alias(cn.huyang.training.TrainingLevel.NATIONAL, "国家", "部级", "教育部");
        alias(cn.huyang.training.TrainingCategory.PRE_SERVICE, "岗前", "入职培训");
        alias(cn.huyang.training.TrainingCategory.ROUTINE, "日常");
        alias(cn.huyang.training.TrainingCategory.KEY_MEMBER, "骨干", "骨干研修");
    }

    private void alias(Coded value, String... texts) {
        Map<String, Coded> m = byType.get(value.getClass());
        for (String t : texts) {
            m.put(norm(t), value);
        }
    }

    <T> Optional<T> parse(Class<T> type, String text) {
        Map<String, Coded> m = byType.get(type);
        return Optional.ofNullable(m == null ? null : type.cast(m.get(norm(text))));
    }

    /** The choices of a coded type as a refusal lists them: 男、女. */
    static String choices(Class<?> type, Messages m) {
        StringBuilder out = new StringBuilder();
        for (Object o : type.getEnumConstants()) {
            out.append(out.length() == 0 ? "" : "、").append(((Coded) o).label(m));
        }
        return out.toString();
    }

    private static String norm(String s) {
        String t = Text.halfWidth(s == null ? "" : s);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
