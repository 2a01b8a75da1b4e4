package cn.huyang.access;

import static cn.huyang.access.RightsMatrixTest.c;
import static cn.huyang.access.RightsMatrixTest.college;
import static cn.huyang.access.RightsMatrixTest.f;
import static cn.huyang.access.RightsMatrixTest.ownDepartment;

import cn.huyang.access.RightsMatrixTest.Case;
import cn.huyang.access.RightsMatrixTest.Run;
import cn.huyang.roster.Counselor;
import cn.huyang.title.OutputKind;
import cn.huyang.title.OutputLevel;
import cn.huyang.title.OutputRole;
import cn.huyang.title.ResearchOutput;
import cn.huyang.title.ServiceRecord;
import cn.huyang.title.ServiceRole;
import cn.huyang.title.TeachingAssignment;
import cn.huyang.title.Track;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The matrix's further steps: deciding findings in bulk, deleting one training record, the title
 * review's cut-off, targets and withdrawals, and the research outputs, teaching and service records.
 */
final class RightsExtraCases {
    private RightsExtraCases() {
    }

    static List<Case> cases() {
        return List.of(
                c("decide findings at once", college(Operation.FINDINGS_DECIDE), r -> r.user().findings().decideAll(
                        List.of(f.toDecide), RightsFixture.decision()), "DECIDE finding"),
                c("delete a training record of own department", ownDepartment(Operation.TRAINING_EDIT),
                        r -> r.user().training().deleteRecord(recordOf(r, f.ownSession, f.a1)), "DELETE trainingRecord"),
                c("delete another department's training record", college(Operation.TRAINING_EDIT),
                        r -> r.user().training().deleteRecord(recordOf(r, f.mixedSession, f.b1)), "DELETE trainingRecord"),
                c("save the title review's cut-off", college(Operation.TITLES_EDIT), r -> r.user().titles().saveCutoff(
                        2026, LocalDate.of(2026, 5, 31)), "UPDATE titleReview"),
                c("delete a title target", college(Operation.TITLES_EDIT), r -> r.user().titles().deleteTarget(2026,
                        Track.TITLE, "LECTURER"), "DELETE titleTarget"),
                c("withdraw an application", college(Operation.TITLES_EDIT), r -> r.user().titles().withdraw(
                        f.withdrawable), "DELETE titleApplication"),
                c("add a research output", college(Operation.TITLES_EDIT), r -> r.user().titles().records().addOutput(
                        output(f.a2)), "CREATE researchOutput"),
                c("delete a research output", college(Operation.TITLES_EDIT), r -> r.user().titles().records()
                        .deleteOutput(f.output), "DELETE researchOutput"),
                c("add a course taught", college(Operation.TITLES_EDIT), r -> r.user().titles().records().addTeaching(
                        teaching(f.a2)), "CREATE teaching"),
                c("delete a course taught", college(Operation.TITLES_EDIT), r -> r.user().titles().records()
                        .deleteTeaching(f.teaching), "DELETE teaching"),
                c("add a service record", college(Operation.TITLES_EDIT), r -> r.user().titles().records().addService(
                        service(f.a2)), "CREATE serviceRecord"),
                c("delete a service record", college(Operation.TITLES_EDIT), r -> r.user().titles().records()
                        .deleteService(f.service), "DELETE serviceRecord"));
    }

    static ResearchOutput output(Counselor c) {
        return new ResearchOutput(null, c.id(), OutputKind.PAPER, "高职学生心理危机干预研究", 2025, OutputLevel.REGIONAL,
                OutputRole.LEAD, null);
    }

    static TeachingAssignment teaching(Counselor c) {
        return new TeachingAssignment(null, c.id(), 2025, 1, "形势与政策", new BigDecimal("32"));
    }

    static ServiceRecord service(Counselor c) {
        return new ServiceRecord(null, c.id(), ServiceRole.CLASS_TEACHER, LocalDate.of(2020, 9, 1),
                LocalDate.of(2021, 7, 1), "计算机2001班", true);
    }

    private static long recordOf(Run r, long sessionId, Counselor c) {
        return r.sys().training().session(sessionId).orElseThrow().attendees().stream()
                .filter(a -> a.counselorId() == c.id()).findFirst().orElseThrow().recordId();
    }
}
