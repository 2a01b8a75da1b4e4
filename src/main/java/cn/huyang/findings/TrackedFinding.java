package cn.huyang.findings;

import cn.huyang.common.Finding;

/**
 * A finding with where it stands: open, or decided (with the latest decision); {@code carried} when
 * it is an open finding of an earlier confirmed year shown in a later year.
 */
public record TrackedFinding(Finding finding, FindingStatus status, FindingEvent decision, boolean carried) {

    public FindingKey key() {
        return FindingKey.of(finding);
    }

    public boolean open() {
        return status == FindingStatus.OPEN;
    }
}
