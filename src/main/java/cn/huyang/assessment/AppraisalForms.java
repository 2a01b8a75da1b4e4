package cn.huyang.assessment;

import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.policy.PolicyService;
import cn.huyang.print.AppraisalForm;
import cn.huyang.roster.Counselor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The appraisal forms' data (考核登记表) of a year, with each counselor's hours of training and awards. */
public class AppraisalForms {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy.MM");

    private final AssessmentRepository repo;
    private final AssessmentScoring scoring;
    private final TrainingHoursSource training;
    private final WorkEvidence evidence;
    private final PolicyService policy;
    private final Messages messages;

    public AppraisalForms(AssessmentRepository repo, AssessmentScoring scoring, TrainingHoursSource training,
                          PolicyService policy, Messages messages) {
        this(repo, scoring, training, WorkEvidence.NONE, policy, messages);
    }

    /** With the year's work records in the 备注 ({@link WorkEvidence}). */
    public AppraisalForms(AssessmentRepository repo, AssessmentScoring scoring, TrainingHoursSource training,
                          WorkEvidence evidence, PolicyService policy, Messages messages) {
        this.repo = repo;
        this.evidence = evidence;
        this.policy = policy;
        this.scoring = scoring;
        this.training = training;
        this.messages = messages;
    }

    /** The year's work records of each counselor the user may see counted (shown beside the 学工部 score). */
    public Map<Long, WorkCounts> workCounts(int year) {
        return evidence.yearCounts(year);
    }

    /**
     * The appraisal forms of a year: every counselor on its sheet, or one department's, or one
     * counselor's (null for all). Ranks and grades are the year's.
     */
    public List<AppraisalForm> forms(int year, Long departmentId, Long counselorId) {
        Sheet sheet = scoring.sheet(year);
        Map<Long, BigDecimal> hours = training.hoursByCounselor(year);
        Map<Long, List<String>> awards = repo.awards(year);
        Map<Long, WorkCounts> work = evidence.yearCounts(year);
        int assessed = sheet.results().assessed();
        String unit = policy.unitName(); // 学校名称 from the unit's details
        List<AppraisalForm> out = new ArrayList<>();
        for (SheetRow row : scoring.shown(sheet).rows()) { // ranks are the year's; forms only for those seen
            Counselor c = row.counselor();
            if (departmentId != null && !departmentId.equals(c.departmentId())
                    || counselorId != null && !counselorId.equals(c.id())) {
                continue;
            }
            out.add(form(sheet.scheme(), row, assessed, hours.get(c.id()), awards.getOrDefault(c.id(), List.of()),
                    unit, work.containsKey(c.id()) ? work.get(c.id()).line(messages) : null));
        }
        return out;
    }

    private AppraisalForm form(Scheme scheme, SheetRow row, int assessed, BigDecimal hours, List<String> awards,
                               String unit, String workCounts) {
        Counselor c = row.counselor();
        Entry e = row.entry();
        Result r = row.result();
        String position = label(c.position());
        String post = label(c.postType());
        String classes = or(c.classesInCharge());
        String work = messages.get("form.work", position, post, classes, c.studentsInCharge());
        List<AppraisalForm.ScoreLine> lines = new ArrayList<>();
        for (Party p : Party.values()) {
            BigDecimal s = e.score(p);
            BigDecimal w = scheme.weight(p);
            lines.add(new AppraisalForm.ScoreLine(p.label(messages), plain(w), Scores.format(s),
                    s == null ? "" : s.multiply(w).divide(HUNDRED, 2, RoundingMode.HALF_UP).toPlainString()));
        }
        String bonus = e.bonus() == null ? "" : Scores.format(e.bonus());
        if (e.bonus() != null && r.bonusCounted() != null && e.bonus().compareTo(r.bonusCounted()) != 0) {
            bonus = messages.get("form.bonusCapped", Scores.format(e.bonus()), Scores.format(r.bonusCounted()));
        }
        String hoursText = hours == null ? messages.get("form.remarks.noHours")
                : messages.get("form.remarks.hours", hours.stripTrailingZeros().toPlainString());
        String awardText = awards.isEmpty() ? messages.get("form.remarks.noAwards")
                : messages.get("form.remarks.awards", String.join("、", awards));
        List<String> notes = new ArrayList<>();
        if (r.overridden()) {
            notes.add(messages.get("form.note.override", label(r.proposed()), label(r.grade()), or(e.overrideReason())));
        }
        if (r.quota() == QuotaStatus.TIE_AT_EDGE || r.quota() == QuotaStatus.OVER) {
            notes.add(r.quota().label(messages));
        }
        if (e.review() != null) {
            String opinion = Text.isBlank(e.review().note()) ? "" : messages.get("form.note.reviewOpinion",
                    e.review().note());
            notes.add(messages.get("form.note.review", String.valueOf(e.review().requested()),
                    e.review().outcome() == null ? "" : e.review().outcome().label(messages), opinion));
        }
        String years = c.entryDate() == null ? "" : messages.get("form.years",
                Math.max(0, Period.between(c.entryDate(), LocalDate.of(scheme.year(), 12, 31)).getYears()));
        String titleAndRank = joinNonBlank(label(c.title()), c.adminRank());
        return new AppraisalForm(scheme.year(), unit, c.name(), label(c.gender()),
                c.birthDate() == null ? "" : c.birthDate().format(YEAR_MONTH), or(c.ethnicity()),
                label(c.politicalStatus()), label(c.education()), joinNonBlank(row.department(), position),
                c.entryDate() == null ? "" : c.entryDate().format(YEAR_MONTH), work, e.summary(),
                label(r.proposed()), label(r.grade()),
                hoursText + "；" + awardText + (workCounts == null ? "" : "；" + workCounts),
                row.department(), classes, String.valueOf(c.studentsInCharge()), years, titleAndRank, lines, bonus,
                e.vetoed() ? e.veto() : messages.get("form.veto.none"),
                r.total() == null ? "" : r.total().toPlainString(),
                r.rank() == null ? "" : messages.get("form.rank", r.rank(), assessed),
                String.join("；", notes));
    }

    private String label(cn.huyang.common.Coded c) {
        return c == null ? "" : c.label(messages);
    }

    private static String or(String s) {
        return s == null ? "" : s;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    private static String joinNonBlank(String a, String b) {
        if (Text.isBlank(a)) {
            return or(b);
        }
        return Text.isBlank(b) ? a : a + " " + b;
    }
}
