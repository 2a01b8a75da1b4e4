package cn.huyang.demo;

import cn.huyang.guarantee.AllowanceMonth;
import cn.huyang.guarantee.AllowancePayment;
import cn.huyang.guarantee.AllowanceRow;
import cn.huyang.guarantee.AllowanceService;
import cn.huyang.guarantee.AllowanceStandard;
import cn.huyang.guarantee.CounselorIncome;
import cn.huyang.guarantee.DormBuilding;
import cn.huyang.guarantee.FacilityService;
import cn.huyang.guarantee.GradeMeeting;
import cn.huyang.guarantee.IncomeRow;
import cn.huyang.guarantee.IncomeService;
import cn.huyang.guarantee.TeacherIncome;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TitleRank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * 待遇保障 for the last two years: allowance standards, every month due paid by the finance office
 * (a few late or short), the teachers' average incomes per title and each counselor's income (a few
 * below it), the dormitory buildings the roster names (one without a counselor office), and the grade
 * meetings of the last two school years.
 */
public class GuaranteeDemoData implements DemoExtra {
    private static final long[] AVERAGES = {6_500_000, 7_200_000, 9_000_000, 11_500_000, 14_000_000};

    private final AllowanceService allowances;
    private final IncomeService incomes;
    private final FacilityService facilities;

    public GuaranteeDemoData(AllowanceService allowances, IncomeService incomes, FacilityService facilities) {
        this.allowances = allowances;
        this.incomes = incomes;
        this.facilities = facilities;
    }

    @Override
    public void write(int thisYear, int years, long seed) {
        Random r = new Random(seed ^ 0x6A11L);
        LocalDate today = allowances.today();
        for (int year = thisYear - 1; year <= thisYear; year++) {
            long full = year < thisYear ? 150_000 : 160_000;
            int y = year;
            if (allowances.standards(year).isEmpty()) { // demo data added again (--force) keeps what is there
                allowances.saveStandard(new AllowanceStandard(y, PostType.FULL_TIME, full, 0));
                allowances.saveStandard(new AllowanceStandard(y, PostType.PART_TIME, 50_000, 0));
            }
            payments(year, today, r);
            incomes(year, r);
        }
        buildings(r);
        for (int schoolYear = thisYear - 1; schoolYear <= thisYear; schoolYear++) {
            for (int grade = schoolYear - 2; grade <= schoolYear; grade++) {
                for (int term = 1; term <= 2; term++) {
                    LocalDate begins = term == 1 ? LocalDate.of(schoolYear, 9, 1) : LocalDate.of(schoolYear + 1, 3, 1);
                    String name = grade + "级";
                    int term0 = term;
                    boolean there = facilities.gradeMeetings(schoolYear).stream()
                            .anyMatch(g -> g.grade().equals(name) && g.term() == term0);
                    if (!begins.isAfter(today) && !there) {
                        boolean scheduled = !(grade == schoolYear && term == 1 && schoolYear == thisYear - 1);
                        facilities.saveGradeMeeting(new GradeMeeting(grade + "级", schoolYear, term, scheduled, 0));
                    }
                }
            }
        }
    }

    /** Each month due and past its due day paid: mostly on the 5th, a few a month late, a few 200 yuan short. */
    private void payments(int year, LocalDate today, Random r) {
        List<AllowancePayment> out = new ArrayList<>();
        for (AllowanceRow row : allowances.grid(year)) {
            for (AllowanceMonth mo : row.months()) {
                if (mo.dueFen() == null || mo.dueDate().isAfter(today) || mo.paidFen() > 0) {
                    continue;
                }
                int roll = r.nextInt(100);
                LocalDate paid = LocalDate.of(year, mo.month(), 5);
                long amount = mo.dueFen();
                if (roll < 2) {
                    paid = paid.plusMonths(1);
                } else if (roll < 3) {
                    amount = Math.max(0, amount - 20_000);
                }
                if (paid.isAfter(today)) {
                    paid = today;
                }
                out.add(new AllowancePayment(null, row.counselorId(), year, mo.month(), amount, paid, null, 0));
            }
        }
        allowances.addImported(out);
    }

    private void incomes(int year, Random r) {
        TitleRank[] ranks = TitleRank.values();
        if (incomes.averages(year).isEmpty()) {
            incomes.saveAverage(new TeacherIncome(year, null, AVERAGES[0], 0));
            for (int i = 0; i < ranks.length; i++) {
                incomes.saveAverage(new TeacherIncome(year, ranks[i], AVERAGES[i + 1], 0));
            }
        }
        List<CounselorIncome> news = new ArrayList<>();
        for (IncomeRow row : incomes.rows(year)) {
            if (row.incomeFen() != null) {
                continue;
            }
            long average = row.averageFen() == null ? AVERAGES[0] : row.averageFen();
            long income = r.nextInt(100) < 5 ? average - 50_000 - r.nextInt(250_000) : average + r.nextInt(800_000);
            news.add(new CounselorIncome(row.counselorId(), year, income, 0));
        }
        incomes.saveNewIncomes(news);
    }

    /** The buildings the roster names, each with an office and an activity room but one (the first). */
    private void buildings(Random r) {
        List<String> names = facilities.unregisteredBuildings();
        for (int i = 0; i < names.size(); i++) {
            facilities.saveBuilding(new DormBuilding(null, names.get(i), 400 + r.nextInt(500), i != 0, true, null, 0));
        }
    }
}
