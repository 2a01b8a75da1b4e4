package cn.huyang.print;

import java.util.List;

/** Hand-made appraisal forms for tests and the benchmark. */
public final class Forms {
    private Forms() {
    }

    public static AppraisalForm sample(String name, String summary) {
        return new AppraisalForm(2025, "阿克苏职业技术学院", name, "女", "1990.05", "维吾尔族", "中共党员",
                "硕士研究生", "信息工程系 辅导员", "2019.09",
                "辅导员（专职），负责2024级计算机1班、2班共 236 名学生的思想政治教育和日常管理", summary, "优秀", "优秀",
                "本年度培训学时：24 学时；获奖：十佳辅导员", "信息工程系", "2024级计算机1班、2班", "236", "6 年",
                "讲师 九级职员",
                List.of(new AppraisalForm.ScoreLine("学工部", "30", "95.00", "28.50"),
                        new AppraisalForm.ScoreLine("系部党总支", "30", "93.50", "28.05"),
                        new AppraisalForm.ScoreLine("学生测评", "30", "96.20", "28.86"),
                        new AppraisalForm.ScoreLine("组织人事部", "10", "90.00", "9.00")),
                "3.00", "无", "97.41", "第 1 名 / 共 120 人", "");
    }

    /** A summary of about {@code chars} characters in paragraphs. */
    public static String longSummary(int chars) {
        String para = "本年度，本人认真学习习近平新时代中国特色社会主义思想，坚持立德树人根本任务，"
                + "深入学生宿舍和课堂，开展谈心谈话 120 余人次，组织主题班会 16 次，指导学生参加"
                + "Internet+ 创新创业大赛获自治区级二等奖。";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < chars) {
            sb.append(para).append('\n');
        }
        return sb.toString();
    }
}
