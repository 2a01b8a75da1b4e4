package cn.huyang.demo;

import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.TitleRank;
import cn.huyang.title.Application;
import cn.huyang.title.Courses;
import cn.huyang.title.OutputKind;
import cn.huyang.title.OutputLevel;
import cn.huyang.title.OutputRole;
import cn.huyang.title.Promotion;
import cn.huyang.title.ResearchOutput;
import cn.huyang.title.ServiceRecord;
import cn.huyang.title.ServiceRole;
import cn.huyang.title.TeachingAssignment;
import cn.huyang.title.TitleRepository;
import cn.huyang.title.TitleService;
import cn.huyang.title.Track;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Title records for the demo: earlier steps of each counselor's title and rank history, research
 * outputs (online cultural works among them), teaching in the last two school years (a few with two
 * ideological-political courses in one term), class-teacher service for some part-time counselors,
 * and this year's applications, partly scored by the panel and not yet decided.
 */
public class TitleDemoData implements DemoExtra {
    private static final String[] PAPER_TOPICS = {
        "新时代高职院校辅导员育人能力提升路径研究", "民族地区高职学生思想政治教育实效性探析",
        "“三全育人”视域下高职辅导员工作研究", "高职学生心理危机干预机制的实践与思考",
        "网络思想政治教育在高职院校的实践研究", "高职院校学生资助育人工作体系构建"};
    private static final String[] ONLINE_WORKS = {
        "微课《青春心向党 建功新时代》", "公众号文章《写给新生的一封信》", "短视频《我的辅导员日记》",
        "网文《在天山脚下读懂中国》", "微电影《胡杨》"};
    private static final String[] OTHER_COURSES = {"高等数学", "大学语文", "计算机应用基础", "思想道德与法治"};

    private final TitleService titles;
    private final TitleRepository repo;
    /** The records drawn, written after the loop in one batch per table (their ids in the order drawn). */
    private final List<Promotion> promotions = new ArrayList<>();
    private final List<ResearchOutput> outputs = new ArrayList<>();
    private final List<TeachingAssignment> assignments = new ArrayList<>();
    private final List<ServiceRecord> services = new ArrayList<>();

    public TitleDemoData(TitleService titles, TitleRepository repo) {
        this.titles = titles;
        this.repo = repo;
    }

    @Override
    public void write(int thisYear, int years, long seed) {
        Random r = new Random(seed ^ 0x717L);
        LocalDate today = titles.today();
        List<Counselor> all = titles.roster().counselors();
        if (!repo.applications(thisYear).isEmpty()) {
            return; // this year's review is under way (demo run again with --force): left as it is
        }
        int applied = 0;
        int wanted = Math.max(6, all.size() * 3 / 100);
        for (Counselor c : all) {
            earlierSteps(c, r);
            if (!c.isFullTime()) {
                if (r.nextInt(4) == 0 && c.entryDate() != null) {
                    LocalDate start = c.entryDate().minusYears(1 + r.nextInt(3));
                    services.add(new ServiceRecord(null, c.id(), ServiceRole.CLASS_TEACHER, start,
                            start.plusMonths(10 + r.nextInt(14)), (start.getYear() % 100) + "级会计" + (1 + r.nextInt(3))
                                    + "班", r.nextInt(10) > 0));
                }
                continue;
            }
            outputs(c, r, thisYear);
            teaching(c, r, thisYear, today);
            if (applied < wanted && c.status() == CounselorStatus.ACTIVE && r.nextInt(100) < 6) {
                if (apply(c, r, thisYear, today)) {
                    applied++;
                }
            }
        }
        repo.insertPromotions(promotions);
        repo.insertOutputs(outputs);
        repo.insertTeachings(assignments);
        repo.insertServices(services);
        promotions.clear();
        outputs.clear();
        assignments.clear();
        services.clear();
    }

    /** The step below the current title, and for ranks the one below, a few years earlier. */
    private void earlierSteps(Counselor c, Random r) {
        if (c.title() != null && c.titleDate() != null && c.title() != TitleRank.ASSISTANT) {
            TitleRank below = TitleRank.values()[c.title().ordinal() - 1];
            LocalDate on = c.titleDate().minusYears(3 + r.nextInt(4)).withDayOfMonth(1);
            if (c.entryDate() == null || !on.isBefore(c.entryDate().minusYears(5))) {
                promotions.add(new Promotion(null, c.id(), Track.TITLE, below.name(), "思想政治教育", on,
                        "新职院人〔" + on.getYear() + "〕" + (10 + r.nextInt(80)) + "号", null));
            }
            promotions.add(new Promotion(null, c.id(), Track.TITLE, c.title().name(), "思想政治教育",
                    c.titleDate(), "新职院人〔" + c.titleDate().getYear() + "〕" + (10 + r.nextInt(80)) + "号", null));
        }
        if (c.adminRank() != null && c.adminRankDate() != null) {
            promotions.add(new Promotion(null, c.id(), Track.RANK, c.adminRank(), null, c.adminRankDate(),
                    "新职院组〔" + c.adminRankDate().getYear() + "〕" + (5 + r.nextInt(40)) + "号", null));
        }
    }

    private void outputs(Counselor c, Random r, int thisYear) {
        int n = r.nextInt(100) < 35 ? 0 : 1 + r.nextInt(6);
        int from = c.entryDate() == null ? thisYear - 5 : Math.max(c.entryDate().getYear(), thisYear - 12);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(100);
            OutputKind k = kind < 45 ? OutputKind.PAPER : kind < 65 ? OutputKind.ONLINE_CULTURE
                    : kind < 80 ? OutputKind.PROJECT : kind < 85 ? OutputKind.TEXTBOOK : OutputKind.AWARD;
            String caption = switch (k) {
                case ONLINE_CULTURE -> ONLINE_WORKS[r.nextInt(ONLINE_WORKS.length)];
                case PROJECT -> "自治区高校思想政治工作课题：" + PAPER_TOPICS[r.nextInt(PAPER_TOPICS.length)];
                case TEXTBOOK -> "《高职学生职业生涯规划》（参编）";
                case AWARD -> "辅导员素质能力大赛" + (r.nextBoolean() ? "二等奖" : "三等奖");
                default -> PAPER_TOPICS[r.nextInt(PAPER_TOPICS.length)];
            };
            int level = r.nextInt(100);
            outputs.add(new ResearchOutput(null, c.id(), k, caption,
                    from + r.nextInt(Math.max(1, thisYear - from + 1)),
                    level < 60 ? OutputLevel.SCHOOL : level < 92 ? OutputLevel.REGIONAL : OutputLevel.NATIONAL,
                    r.nextInt(100) < 65 ? OutputRole.LEAD : OutputRole.MEMBER, null));
        }
    }

    /** The last two school years that have begun; one in 30 takes on two ideological-political courses in a term. */
    private void teaching(Counselor c, Random r, int thisYear, LocalDate today) {
        if (r.nextInt(100) >= 45) {
            return;
        }
        int current = today.getMonthValue() >= 9 ? thisYear : thisYear - 1;
        for (int schoolYear = current - 1; schoolYear <= current; schoolYear++) {
            for (int term = 1; term <= 2; term++) {
                LocalDate starts = term == 1 ? LocalDate.of(schoolYear, 9, 1) : LocalDate.of(schoolYear + 1, 2, 20);
                if (starts.isAfter(today)) {
                    continue;
                }
                if (c.entryDate() != null && c.entryDate().getYear() > schoolYear) {
                    continue;
                }
                String course = Courses.IDEOLOGICAL_POLITICAL.get(r.nextInt(Courses.IDEOLOGICAL_POLITICAL.size()));
                assignments.add(new TeachingAssignment(null, c.id(), schoolYear, term, course,
                        BigDecimal.valueOf(8 + 8 * r.nextInt(4))));
                if (r.nextInt(30) == 0) {
                    String second = Courses.IDEOLOGICAL_POLITICAL.get(
                            (Courses.IDEOLOGICAL_POLITICAL.indexOf(course) + 1) % Courses.IDEOLOGICAL_POLITICAL.size());
                    assignments.add(new TeachingAssignment(null, c.id(), schoolYear, term, second,
                            BigDecimal.valueOf(16)));
                } else if (r.nextInt(12) == 0) {
                    assignments.add(new TeachingAssignment(null, c.id(), schoolYear, term,
                            OTHER_COURSES[r.nextInt(OTHER_COURSES.length)], BigDecimal.valueOf(48)));
                }
            }
        }
    }

    /** An application for the next title (or, for one in four with a rank, the next rank), perhaps scored. */
    private boolean apply(Counselor c, Random r, int thisYear, LocalDate today) {
        LocalDate on = LocalDate.of(thisYear, 3, 10).plusDays(r.nextInt(20));
        if (on.isAfter(today)) {
            on = today;
        }
        Application a;
        if (r.nextInt(4) == 0) {
            String target = c.adminRank() == null ? "副科级" : switch (c.adminRank()) {
                case "科员" -> "副科级";
                case "副科级" -> "正科级";
                case "正科级" -> "副处级";
                default -> null;
            };
            if (target == null) {
                return false;
            }
            a = titles.apply(thisYear, c.id(), Track.RANK, target, on);
        } else {
            if (c.title() == TitleRank.PROFESSOR) {
                return false;
            }
            TitleRank next = c.title() == null ? TitleRank.ASSISTANT : TitleRank.values()[c.title().ordinal() + 1];
            // Most who apply have served their years in the current title; a few apply too early.
            int years = titles.targets(thisYear).stream().filter(t -> t.target().equals(next.name()))
                    .mapToInt(cn.huyang.title.Target::minYearsCurrent).findFirst().orElse(0);
            if (c.titleDate() != null && c.titleDate().plusYears(years).isAfter(today) && r.nextInt(5) > 0) {
                return false;
            }
            a = titles.apply(thisYear, c.id(), Track.TITLE, next.name(), on);
        }
        if (r.nextInt(10) < 7) {
            titles.score(a.id(), BigDecimal.valueOf(6000 + r.nextInt(3800), 2),
                    BigDecimal.valueOf(5500 + r.nextInt(4400), 2));
        }
        return true;
    }
}
