package cn.huyang.demo;

import cn.huyang.assessment.AssessmentService;
import cn.huyang.assessment.Entry;
import cn.huyang.assessment.Grade;
import cn.huyang.assessment.Party;
import cn.huyang.assessment.ReviewOutcome;
import cn.huyang.assessment.SheetRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plausible assessment scores for the demo: the last few years confirmed (a few 不合格, one
 * counselor 不合格 two years running, a veto, an override with its reason, a review, the Top Ten),
 * and this year's draft partly entered, some with a typed summary.
 */
public class AssessmentDemoData implements DemoExtra {
    private static final String[] SUMMARIES = {
        "本年度，本人坚持以习近平新时代中国特色社会主义思想为指导，认真履行辅导员岗位职责，深入学生宿舍、课堂和食堂，"
            + "开展谈心谈话一百余人次，组织主题班会十余次，所带班级未发生安全稳定事件。\n"
            + "下一步，本人将继续加强理论学习，提升职业能力，做学生成长成才的知心朋友和人生导师。",
        "一年来，本人围绕立德树人根本任务，抓好学生思想政治教育、日常管理和资助育人工作，完成“一人一档”建档，"
            + "指导学生参加技能大赛获奖两项。不足之处是理论研究成果偏少，今后将努力改进。",
    };

    private final AssessmentService assessment;

    public AssessmentDemoData(AssessmentService assessment) {
        this.assessment = assessment;
    }

    /**
     * Writes up to three confirmed years before {@code thisYear} and this year's draft; years that
     * already have a scheme are left alone, and this year's stored scores are kept.
     */
    @Override
    public void write(int thisYear, int years, long seed) {
        Random r = new Random(seed ^ 0x5EEDL);
        Map<Long, Double> quality = new HashMap<>();
        int past = Math.min(3, Math.max(0, years - 1));
        Long twoInARow = null;
        for (int y = thisYear - past; y < thisYear; y++) {
            if (assessment.scheme(y).stored()) {
                continue; // a year already under way (demo run again with --force) is left as it is
            }
            List<SheetRow> rows = assessment.sheet(y).rows();
            if (rows.isEmpty()) {
                continue;
            }
            boolean lastPast = y == thisYear - 1;
            if (twoInARow == null && y == thisYear - 2 && rows.size() > 3) {
                twoInARow = rows.get(rows.size() / 3).counselor().id();
            }
            List<Entry> entries = new ArrayList<>(rows.size());
            Long vetoed = null;
            for (int i = 0; i < rows.size(); i++) {
                long id = rows.get(i).counselor().id();
                double q = quality.computeIfAbsent(id, k -> quality(r));
                if (twoInARow != null && twoInARow == id) {
                    q = 52 + r.nextDouble() * 4;
                }
                String veto = null;
                if (lastPast && vetoed == null && i == rows.size() / 2 && rows.size() > 5) {
                    veto = assessment.scheme(y).vetoItems().isEmpty() ? null : assessment.scheme(y).vetoItems().get(0);
                    vetoed = id;
                }
                entries.add(entry(r, y, id, q, veto, null));
            }
            assessment.saveEntries(y, entries);
            int year = y;
            if (lastPast) {
                // an override, with its reason: the best 基本合格 raised to 合格 after review
                assessment.sheet(y).rows().stream()
                        .filter(row -> row.result().grade() == Grade.BASIC)
                        .findFirst()
                        .ifPresent(row -> {
                            assessment.override(year, row.counselor().id(), Grade.COMPETENT,
                                    "本人申请复核，经考核领导小组研究，学生测评样本不足，调整为合格");
                            assessment.recordReview(year, row.counselor().id(), new Entry.Review(
                                    LocalDate.of(year, 12, 20), "对学生测评结果有异议", ReviewOutcome.CHANGED,
                                    "学生测评样本不足，等次调整为合格"));
                        });
            }
            assessment.confirm(y);
            if (lastPast) {
                List<Long> topTen = assessment.topTenCandidates(y).stream().limit(assessment.topTenSize(y))
                        .map(row -> row.counselor().id()).toList();
                assessment.chooseTopTen(y, topTen);
            }
        }
        // this year: a draft, about two in three entered
        if (assessment.scheme(thisYear).locked()) {
            return;
        }
        List<SheetRow> rows = assessment.sheet(thisYear).rows();
        List<Entry> entries = new ArrayList<>();
        for (SheetRow row : rows) {
            if (r.nextInt(3) == 0 || !row.entry().scores().isEmpty()) {
                continue;
            }
            long id = row.counselor().id();
            double q = quality.computeIfAbsent(id, k -> quality(r));
            String summary = r.nextInt(4) == 0 ? SUMMARIES[r.nextInt(SUMMARIES.length)] : null;
            entries.add(entry(r, thisYear, id, q, null, summary));
        }
        if (!entries.isEmpty()) {
            assessment.saveEntries(thisYear, entries);
        }
    }

    private static Entry entry(Random r, int year, long id, double q, String veto, String summary) {
        Map<Party, BigDecimal> scores = new EnumMap<>(Party.class);
        for (Party p : Party.values()) {
            double spread = p == Party.STUDENTS ? 5 : 3;
            scores.put(p, score(clamp(q + r.nextGaussian() * spread)));
        }
        BigDecimal bonus = r.nextInt(5) == 0 ? BigDecimal.valueOf(1 + r.nextInt(12)).setScale(2) : null;
        return new Entry(year, id, scores, bonus, veto, summary, null, null, null);
    }

    /** Most do well; about one in forty does poorly. */
    private static double quality(Random r) {
        return r.nextInt(40) == 0 ? 50 + r.nextDouble() * 9 : clamp(83 + r.nextGaussian() * 6.5);
    }

    private static BigDecimal score(double v) {
        // scores are given in halves of a point
        return BigDecimal.valueOf(Math.round(v * 2) / 2.0).setScale(2, RoundingMode.HALF_UP);
    }

    private static double clamp(double v) {
        return Math.max(40, Math.min(99, v));
    }
}
