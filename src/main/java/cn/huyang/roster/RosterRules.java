package cn.huyang.roster;

import cn.huyang.common.Finding;
import cn.huyang.common.Finding.Severity;
import cn.huyang.common.Messages;
import cn.huyang.policy.PolicyKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The roster's findings: the basic conditions and the employment form [三(二)1, 三(二)2]. */
public final class RosterRules {
    public static final String BASIC_EDUCATION = "BASIC_EDUCATION";
    public static final String BASIC_PARTY = "BASIC_PARTY";
    public static final String EMPLOYMENT_FORM = "EMPLOYMENT_FORM";
    public static final String STAFFING_RATIO = "STAFFING_RATIO";

    private final Messages messages;
    /** Messages by key and value: the roster judges every counselor at each load, formatting each text once. */
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    public RosterRules(Messages messages) {
        this.messages = messages;
    }

    private String text(String key, String value) {
        return texts.computeIfAbsent(key + '\u0001' + value, k -> messages.get(key, value));
    }

    /** Findings on one counselor; none for a deregistered one, who is off the roster. */
    public List<Finding> findings(Counselor c, String department) {
        List<Finding> out = new ArrayList<>(2);
        if (c.status() == CounselorStatus.DEREGISTERED) {
            return out;
        }
        if (c.education() == null) {
            out.add(finding(BASIC_EDUCATION, Severity.WARNING, c, department,
                    messages.get("finding.BASIC_EDUCATION.missing")));
        } else if (!c.education().isBachelorOrAbove()) {
            out.add(finding(BASIC_EDUCATION, Severity.WARNING, c, department,
                    text("finding.BASIC_EDUCATION", c.education().label(messages))));
        }
        if (c.politicalStatus() == null || !c.politicalStatus().isPartyMember()) {
            String status = c.politicalStatus() == null ? messages.get("common.notEntered")
                    : c.politicalStatus().label(messages);
            out.add(finding(BASIC_PARTY, Severity.NOTICE, c, department, text("finding.BASIC_PARTY", status)));
        }
        if (c.employmentForm() != null && c.employmentForm().isDiscouraged()) {
            out.add(finding(EMPLOYMENT_FORM, Severity.WARNING, c, department,
                    text("finding.EMPLOYMENT_FORM", c.employmentForm().label(messages))));
        }
        return out;
    }

    /** The college-wide ratio is the rule; department rows only inform. */
    public List<Finding> findings(StaffingRatio ratio) {
        StaffingRow college = ratio.college();
        if (!college.isShort()) {
            return List.of();
        }
        Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put(PolicyKey.STUDENTS_PER_COUNSELOR.key(), String.valueOf(ratio.studentsPerCounselor()));
        params.put(PolicyKey.PART_TIME_WEIGHT.key(), ratio.partTimeWeight().toString());
        return List.of(new Finding(STAFFING_RATIO, Severity.WARNING, null, null, null,
                messages.get("finding.STAFFING_RATIO", ratio.year(), college.students(), college.required(),
                        college.effective(), college.shortfall(), String.valueOf(ratio.studentsPerCounselor()),
                        ratio.partTimeWeight().toString())).withYear(ratio.year()).withParams(params));
    }

    private static Finding finding(String code, Severity severity, Counselor c, String department, String message) {
        return new Finding(code, severity, department, c.id(), c.name(), message);
    }
}
