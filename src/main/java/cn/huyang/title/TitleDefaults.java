package cn.huyang.title;

import cn.huyang.roster.Degree;
import cn.huyang.roster.Education;
import cn.huyang.roster.TitleRank;
import java.math.BigDecimal;
import java.util.List;

/**
 * The targets a first year starts with: shipped defaults, marked as such until the college sets its
 * own (the criteria are the college's: 单设标准). Weights 70/30 for 讲师 and below and for ranks,
 * 50/50 for 副教授 and 教授 (副高级、正高级 combine work with research [三(三)1]).
 */
public final class TitleDefaults {
    private static final BigDecimal W70 = new BigDecimal("70");
    private static final BigDecimal W30 = new BigDecimal("30");
    private static final BigDecimal W50 = new BigDecimal("50");

    private TitleDefaults() {
    }

    public static List<Target> targets(int year) {
        return List.of(
                title(year, TitleRank.ASSISTANT, 0, 2, 0, 1, 1, 0, Education.BACHELOR, Degree.BACHELOR, 1, 0, 0, W70, W30),
                title(year, TitleRank.LECTURER, 1, 3, 2, 4, 2, 0, Education.BACHELOR, Degree.BACHELOR, 2, 0, 0, W70, W30),
                title(year, TitleRank.ASSOCIATE_PROFESSOR, 2, 2, 5, 8, 5, 3, Education.BACHELOR, Degree.MASTER, 5, 1, 3,
                        W50, W50),
                title(year, TitleRank.PROFESSOR, 3, 1, 5, 10, 8, 5, Education.BACHELOR, Degree.MASTER, 5, 2, 5, W50, W50),
                rank(year, "副科级", 10, 2, 0, 3),
                rank(year, "正科级", 11, 2, 3, 5),
                rank(year, "副处级", 12, 1, 2, 8));
    }

    private static Target title(int year, TitleRank t, int order, int posts, int yearsCurrent, int bachelor,
                                int master, int doctor, Education edu, Degree degree, int window, int excellent,
                                int outputs, BigDecimal work, BigDecimal research) {
        return new Target(year, Track.TITLE, t.name(), order, posts, yearsCurrent, bachelor, master, doctor, edu,
                degree, window, excellent, true, outputs, work, research, true);
    }

    private static Target rank(int year, String name, int order, int posts, int yearsCurrent, int counselorYears) {
        return new Target(year, Track.RANK, name, order, posts, yearsCurrent, counselorYears, counselorYears,
                counselorYears, Education.BACHELOR, null, 3, 0, true, 0, W70, W30, true);
    }
}
