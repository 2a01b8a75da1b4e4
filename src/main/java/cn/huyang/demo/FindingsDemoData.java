package cn.huyang.demo;

import cn.huyang.findings.Decision;
import cn.huyang.findings.DecisionKind;
import cn.huyang.findings.FindingKey;
import cn.huyang.findings.FindingRegister;
import cn.huyang.findings.TrackedFinding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An office that keeps up: most findings of the years before last already decided (the 不合格 posts
 * adjusted, training shortfalls acknowledged with a plan), last year's about half, this year's open.
 */
public class FindingsDemoData implements DemoExtra {
    private final FindingRegister register;

    public FindingsDemoData(FindingRegister register) {
        this.register = register;
    }

    @Override
    public void write(int thisYear, int years, long seed) {
        Random r = new Random(seed ^ 0xF1D1L);
        Map<DecisionKind, List<FindingKey>> byKind = new EnumMap<>(DecisionKind.class);
        for (TrackedFinding t : register.open(thisYear)) {
            Integer y = t.finding().year();
            if (!t.carried() || y == null || r.nextInt(100) >= (y < thisYear - 1 ? 95 : 50)) {
                continue;
            }
            DecisionKind kind = DecisionKind.choicesFor(t.finding().code()).get(0);
            if (kind == DecisionKind.CONTRACT_ENDED) {
                kind = DecisionKind.CONTRACT_RENEWED; // the demo deregisters nobody
            }
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(t.key());
        }
        LocalDate early = LocalDate.of(thisYear, 1, 10);
        LocalDate on = early.isAfter(register.today()) ? register.today() : early;
        byKind.forEach((kind, keys) -> register.decideAll(keys, new Decision(kind, false, on, "学工部",
                "学工〔" + thisYear + "〕1号", kind.needsReason() ? "经学工部会议研究，调整工作方式后续签一年" : null,
                kind == DecisionKind.ACKNOWLEDGED ? "参加下一期校级培训补足学时，三年内参加一次自治区级培训" : null,
                kind == DecisionKind.ACKNOWLEDGED ? LocalDate.of(thisYear, 12, 31) : null)));
    }
}
