package cn.huyang.overview;

import cn.huyang.access.Access;
import cn.huyang.assessment.AssessmentService;
import cn.huyang.assessment.Grade;
import cn.huyang.assessment.Sheet;
import cn.huyang.assessment.SheetRow;
import cn.huyang.common.Messages;
import cn.huyang.common.Parts;
import cn.huyang.findings.DecisionKind;
import cn.huyang.findings.FindingRegister;
import cn.huyang.findings.TrackedFinding;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterEvent;
import cn.huyang.roster.RosterEventKind;
import cn.huyang.roster.RosterService;
import cn.huyang.roster.StaffingRatio;
import cn.huyang.roster.StaffingRow;
import cn.huyang.title.ApplicationRow;
import cn.huyang.title.TitleService;
import cn.huyang.title.Verdict;
import cn.huyang.training.ComplianceRow;
import cn.huyang.training.TrainingService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The one place the team's figures come from — the dashboard (概览) and the team report
 * (队伍建设情况汇报) both ask it. Every figure is the features' own query: the roster's staffing table
 * and history, the training compliance, the assessment sheet and its quota, the title review sheet and
 * the findings register; this class only counts within the scope. What a user sees follows their
 * rights: a department's user gets their department whatever they ask.
 */
public class TeamFigures {
    /** The years the entries-and-exits figure spans. */
    public static final int FLOW_YEARS = 5;

    private final RosterService roster;
    private final TrainingService training;
    private final AssessmentService assessment;
    private final TitleService titles;
    private final FindingRegister findings;
    private final Access access;
    private final Messages messages;

    public TeamFigures(RosterService roster, TrainingService training, AssessmentService assessment,
                       TitleService titles, FindingRegister findings, Access access, Messages messages) {
        this.roster = roster;
        this.training = training;
        this.assessment = assessment;
        this.titles = titles;
        this.findings = findings;
        this.access = access;
        this.messages = messages;
    }

    public LocalDate today() {
        return roster.today();
    }

    public Messages messages() {
        return messages;
    }

    /** The unit's name as printed on forms (the report's cover). */
    public String unitName() {
        return titles.unitName();
    }

    /** The departments the user may choose: every one, or their own. */
    public List<cn.huyang.roster.Department> departments() {
        return roster.departments().stream().filter(d -> access.guard().sees(d.id())).toList();
    }

    /** The department a user is limited to, or null when they see the college. */
    public Long scopeOf(Long asked) {
        Long own = access.guard().readScope();
        return own != null ? own : asked;
    }

    /** A year's figures with its findings: the roster on the year's last day, or today in the current year. */
    public Figures figures(int year, Long departmentId) {
        Figures team = team(year, departmentId);
        return withFindings(team, register(year));
    }

    /** A report period's figures with its findings: the roster on its last day, the yearly figures of that day's year. */
    public Figures figures(Period period, Long departmentId) {
        Figures team = team(period, departmentId);
        return withFindings(team, register(team.year()));
    }

    /**
     * A year's figures without the findings (the dashboard shows them first, and the findings card
     * when {@link #withFindings} has counted them): the roster on the year's last day, or today.
     */
    public Figures team(int year, Long departmentId) {
        LocalDate on = StaffingRatio.referenceDate(year, today());
        return team(year, departmentId, LocalDate.of(year, 1, 1), on);
    }

    /** A report period's figures without the findings. */
    public Figures team(Period period, Long departmentId) {
        return team(period.year(), departmentId, period.from(), period.to());
    }

    /** The year's findings register as the user may see it (every feature's rules: the slow part). */
    public List<TrackedFinding> register(int year) {
        return findings.findings(year);
    }

    /** The year's register counted in the background a moment from now, for when 概览 is next shown. */
    public void countAhead(int year) {
        findings.countAhead(year);
    }

    /** These figures with the open findings of their scope counted from the year's register. */
    public Figures withFindings(Figures team, List<TrackedFinding> register) {
        Long dept = team.departmentId();
        Set<Long> inScope = dept == null ? null : roster.counselors().stream()
                .filter(c -> dept.equals(c.departmentId())).map(Counselor::id).collect(Collectors.toSet());
        String deptName = dept == null ? null : roster.departmentNames().get(dept);
        List<TrackedFinding> all = register.stream().filter(t -> dept == null || (t.finding().counselorId() != null
                ? inScope.contains(t.finding().counselorId()) : deptName.equals(t.finding().department()))).toList();
        List<TrackedFinding> open = all.stream().filter(TrackedFinding::open).toList();
        LocalDate from = team.from();
        List<TrackedFinding> plans = all.stream().filter(t -> !t.open() && t.decision() != null
                && t.decision().decision() != null && t.decision().decision().kind() == DecisionKind.ACKNOWLEDGED
                && t.decision().decision().plan() != null && !t.decision().decision().plan().isBlank()
                && (t.decision().decision().dueDate() == null || !t.decision().decision().dueDate().isBefore(from)))
                .toList();
        return team.with(new FindingFigures(byClause(open), open, plans));
    }

    private Figures team(int year, Long asked, LocalDate from, LocalDate to) {
        Long dept = scopeOf(asked);
        // the training, the assessment and the titles are counted beside the roster's figures
        CompletableFuture<TrainingShare> trainingShare = Parts.start(() -> training(year, dept, roster.departmentNames()));
        CompletableFuture<GradeCounts> grades = Parts.start(() -> grades(year, dept));
        Map<Long, String> names = roster.departmentNames();
        LocalDate on = to.isAfter(today()) ? today() : to;
        StaffingRatio ratio = roster.staffingRatioOn(on);
        List<StaffingRow> rows = ratio.departments().stream()
                .filter(r -> (dept == null || dept.equals(r.departmentId())) && access.guard().sees(r.departmentId()))
                .toList();
        StaffingRow total = dept == null && access.guard().readScope() == null ? ratio.college()
                : rows.isEmpty() ? new StaffingRow(dept, names.getOrDefault(dept, ""), 0, 0, 0,
                ratio.studentsPerCounselor(), ratio.partTimeWeight()) : rows.get(0);
        String scopeName = dept == null ? messages.get("overview.scope.college") : names.getOrDefault(dept, "");

        Map<Long, Counselor> inScope = new HashMap<>();
        for (Counselor c : roster.counselors()) {
            if ((dept == null || dept.equals(c.departmentId())) && access.guard().sees(c.departmentId())) {
                inScope.put(c.id(), c);
            }
        }
        CompletableFuture<TitleCounts> titleCounts = Parts.start(() -> titles(year, inScope));
        Set<Long> inPost = roster.idsInPostOn(on);
        List<Counselor> team = inScope.values().stream().filter(c -> inPost.contains(c.id())).toList();
        Structure structure = StructureCounts.of(team, on, messages);

        Map<Long, List<RosterEvent>> histories = roster.histories(inScope.keySet());
        List<Flow> flows = new ArrayList<>();
        for (int y = year - FLOW_YEARS + 1; y <= year; y++) {
            flows.add(flow(String.valueOf(y), histories, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
        }
        Flow periodFlow = flow(from + "–" + to, histories, from, to);
        return new Figures(year, dept, scopeName, from, on, rows, total, structure, flows, periodFlow,
                Parts.join(trainingShare), Parts.join(grades), Parts.join(titleCounts), null);
    }

    private static Flow flow(String label, Map<Long, List<RosterEvent>> histories, LocalDate from, LocalDate to) {
        int in = 0;
        int out = 0;
        for (List<RosterEvent> events : histories.values()) {
            for (RosterEvent e : events) {
                if (e.date().isBefore(from) || e.date().isAfter(to)) {
                    continue;
                }
                if (e.kind() == RosterEventKind.REGISTER) {
                    in++;
                } else if (e.kind() == RosterEventKind.DEREGISTER) {
                    out++;
                }
            }
        }
        return new Flow(label, in, out);
    }

    private TrainingShare training(int year, Long dept, Map<Long, String> names) {
        int judged = 0;
        int met = 0;
        int noHigher = 0;
        Map<Long, Integer> shortBy = new LinkedHashMap<>();
        for (ComplianceRow r : training.compliance(year)) {
            if (dept != null && !dept.equals(r.departmentId())) {
                continue;
            }
            judged++;
            met += r.hoursMet() ? 1 : 0;
            noHigher += r.higher() == ComplianceRow.Status.MISSING ? 1 : 0;
            shortBy.merge(r.departmentId(), r.shortOfAnything() ? 1 : 0, Integer::sum);
        }
        List<Bar> bars = new ArrayList<>();
        shortBy.forEach((id, n) -> bars.add(new Bar(String.valueOf(id), names.getOrDefault(id, ""), n)));
        return new TrainingShare(judged, met, noHigher, bars);
    }

    private GradeCounts grades(int year, Long dept) {
        Sheet sheet = assessment.sheet(year);
        Map<Grade, Integer> counts = new java.util.EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            counts.put(g, 0);
        }
        int assessed = 0;
        for (SheetRow r : sheet.rows()) {
            if (dept != null && !dept.equals(r.counselor().departmentId())) {
                continue;
            }
            if (r.result() != null && r.result().grade() != null) {
                counts.merge(r.result().grade(), 1, Integer::sum);
                assessed++;
            }
        }
        List<Bar> bars = new ArrayList<>();
        counts.forEach((g, n) -> bars.add(new Bar(g.name(), g.label(messages), n)));
        return new GradeCounts(bars, assessed, sheet.results().quota(), sheet.results().excellent(),
                sheet.scheme().locked());
    }

    private TitleCounts titles(int year, Map<Long, Counselor> inScope) {
        int applied = 0;
        int eligible = 0;
        int passed = 0;
        for (ApplicationRow r : titles.sheet(year).rows()) {
            if (!inScope.containsKey(r.application().counselorId())) {
                continue;
            }
            applied++;
            eligible += r.eligible() ? 1 : 0;
            passed += r.application().verdict() == Verdict.PASSED ? 1 : 0;
        }
        return new TitleCounts(applied, eligible, passed);
    }

    /** Open findings counted by seed clause, clauses in the seed's order. */
    static List<Bar> byClause(List<TrackedFinding> open) {
        Map<String, Integer> counts = new java.util.TreeMap<>(java.util.Comparator.comparing(TeamFigures::clauseKey));
        for (TrackedFinding t : open) {
            counts.merge(t.finding().clause(), 1, Integer::sum);
        }
        List<Bar> bars = new ArrayList<>();
        counts.forEach((clause, n) -> bars.add(new Bar(clause, clause, n)));
        return bars;
    }

    /** 三(二)1 sorts before 三(三)4: the Chinese numerals as digits. */
    static String clauseKey(String clause) {
        String digits = "一二三四五六七八九";
        StringBuilder sb = new StringBuilder();
        for (char ch : (clause == null ? "" : clause).toCharArray()) {
            int i = digits.indexOf(ch);
            sb.append(i >= 0 ? (char) ('1' + i) : ch);
        }
        return sb.toString();
    }
}
