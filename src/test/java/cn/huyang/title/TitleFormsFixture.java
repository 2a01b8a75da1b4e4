package cn.huyang.title;

import cn.huyang.app.AppContext;
import cn.huyang.assessment.Entry;
import cn.huyang.assessment.Party;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.roster.TitleRank;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A real migrated H2 database with a year of title applications (2025; today is 2025-06-15): six
 * counselors (讲师 since 2023) with confirmed assessments 2020–2024, outputs and teaching; the college's
 * 副教授 criteria for the year (two posts, two years as 讲师, no training or 优秀 asked); four apply
 * for 副教授 (two eligible, one short of outputs, one with a poor assessment in 2022), one for 正科级;
 * scored and partly decided, not confirmed.
 */
public final class TitleFormsFixture implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    public static final int YEAR = 2025;

    final H2Store db;
    final AppContext ctx;
    final TitleService titles;
    final TitleForms forms;
    final List<Counselor> people = new ArrayList<>();
    final List<Application> applications = new ArrayList<>();

    public TitleFormsFixture(Path dir) {
        db = H2Store.open(new DataFolder(dir));
        ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        titles = ctx.titles();
        forms = new TitleForms(titles, ctx.assessment()::confirmedGrades);
    }

    /** The counselors, their records and the year's applications. */
    public TitleFormsFixture populate() {
        Department cs = ctx.roster().saveDepartment(new Department(null, "JSJ", "信息工程系", 1, true));
        Department me = ctx.roster().saveDepartment(new Department(null, "JD", "机电工程系", 2, true));
        String[] names = {"古丽米拉·艾买提", "张伟", "王芳", "李娜", "刘洋", "陈静"};
        for (int i = 0; i < names.length; i++) {
            Counselor draft = TestData.counselor(names[i], i < 3 ? cs.id() : me.id(), PostType.FULL_TIME, 100 + i,
                    LocalDate.of(2014, 9, 1));
            people.add(ctx.roster().register(draft, LocalDate.of(2014, 9, 1)));
        }
        for (int y = 2020; y <= 2024; y++) {
            List<Entry> es = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                es.add(entry(y, people.get(i).id(), i == 3 && y == 2022 ? "55" : "80"));
            }
            ctx.assessment().saveEntries(y, es);
            ctx.assessment().confirm(y);
        }
        for (int i = 0; i < 4; i++) {
            long id = people.get(i).id();
            for (int k = 0; k < 3 - (i == 2 ? 2 : 0); k++) {
                titles.records().addOutput(new ResearchOutput(null, id, k == 2 ? OutputKind.ONLINE_CULTURE : OutputKind.PAPER,
                        "高职院校辅导员队伍建设研究（" + (k + 1) + "）", 2023 + (k % 2), OutputLevel.REGIONAL,
                        OutputRole.LEAD, null));
            }
            titles.records().addTeaching(new TeachingAssignment(null, id, 2023, 1, "形势与政策", new BigDecimal("32")));
            titles.records().addTeaching(new TeachingAssignment(null, id, 2024, 2, "大学生心理健康与成长", new BigDecimal("16")));
        }
        Target ap = titles.targets(YEAR).stream()
                .filter(t -> t.target().equals(TitleRank.ASSOCIATE_PROFESSOR.name())).findFirst().orElseThrow();
        titles.saveTarget(new Target(YEAR, ap.track(), ap.target(), ap.sortOrder(), 2, 2, ap.minYearsBachelor(),
                ap.minYearsMaster(), ap.minYearsDoctor(), ap.minEducation(), ap.minDegree(), ap.assessmentWindow(), 0,
                false, 3, ap.weightWork(), ap.weightResearch(), false));
        LocalDate on = LocalDate.of(2025, 3, 1);
        String[] work = {"92", "88", "85", "80"};
        String[] research = {"90", "86", "84", "70"};
        for (int i = 0; i < 4; i++) {
            Application a = titles.apply(YEAR, people.get(i).id(), Track.TITLE, TitleRank.ASSOCIATE_PROFESSOR.name(), on);
            applications.add(titles.score(a.id(), new BigDecimal(work[i]), new BigDecimal(research[i])));
        }
        applications.add(titles.apply(YEAR, people.get(4).id(), Track.RANK, "正科级", on));
        Application first = applications.get(0);
        applications.set(0, titles.decide(first.id(), Verdict.PASSED, null));
        applications.set(3, titles.decide(applications.get(3).id(), Verdict.FAILED, "2022 年度考核不合格，不符合申报条件"));
        return this;
    }

    static Entry entry(int year, long id, String score) {
        Map<Party, BigDecimal> m = new EnumMap<>(Party.class);
        for (Party p : Party.values()) {
            m.put(p, new BigDecimal(score));
        }
        return new Entry(year, id, m, null, null, null, null, null, null);
    }

    /** The composition root on the fixture's database (today is 2025-06-15). */
    public AppContext context() {
        return ctx;
    }

    /** The year's applications, in the order made (see the class comment). */
    public List<Application> applications() {
        return applications;
    }

    @Override
    public void close() {
        db.close();
    }
}
