package cn.huyang.findings;

import java.time.LocalDate;

/**
 * What was decided about a finding: the decision, whether the counselor refused the adjustment
 * (for {@link DecisionKind#NOT_ADJUSTED}), its date, who decided (a name until accounts exist), the
 * document number, a note (the reason, where the decision needs one), and for an acknowledgement the
 * plan and its due date.
 */
public record Decision(DecisionKind kind, boolean refused, LocalDate date, String decidedBy, String documentNo,
                       String note, String plan, LocalDate dueDate) {

    /** The decision as one line: kind, date, by, document; marked when the counselor refused. */
    public String line(cn.huyang.common.Messages m) {
        String text = m.get("findings.decisionLine", kind.label(m), date.toString(), decidedBy,
                documentNo == null ? "" : documentNo);
        return refused ? text + m.get("findings.refusedMark") : text;
    }
}
