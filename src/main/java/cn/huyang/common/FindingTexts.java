package cn.huyang.common;

import java.util.Map;
import java.util.StringJoiner;

/** How a finding's clause and the values it was judged by read, wherever a finding is shown. */
public final class FindingTexts {
    private FindingTexts() {
    }

    /** The policy values as "label value；label value", empty when the rule used none. */
    public static String params(Finding f, Messages m) {
        StringJoiner out = new StringJoiner(m.get("findings.paramSep"));
        for (Map.Entry<String, String> e : f.params().entrySet()) {
            String label = m.has(labelKey(e.getKey())) ? m.get(labelKey(e.getKey())) : e.getKey();
            out.add(m.get("findings.param", label, e.getValue()));
        }
        return out.toString();
    }

    /** One line for a tooltip: severity, message, clause, and the values used. */
    public static String line(Finding f, Messages m) {
        String params = params(f, m);
        String line = m.get("findings.tooltipLine", f.severity().label(m), f.message(), f.clause());
        return params.isEmpty() ? line : line + m.get("findings.tooltipParams", params);
    }

    /** The bundle key of a policy parameter's label. */
    public static String labelKey(String parameterKey) {
        return "policy.param." + parameterKey;
    }
}
