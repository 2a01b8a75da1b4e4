package cn.huyang.findings;

import cn.huyang.common.Coded;

/** Whether a finding still waits for someone to record what was done. */
public enum FindingStatus implements Coded {
    OPEN,
    DECIDED;

    /** As {@code check --json} writes it. */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String keyPrefix() {
        return "finding.status";
    }
}
