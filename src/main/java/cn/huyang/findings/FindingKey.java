package cn.huyang.findings;

import cn.huyang.common.Finding;
import java.util.Objects;

/**
 * Names one finding across loads and years: its code, the year it judged (0 for a finding on the
 * roster's present state, such as a missing degree) and its counselor (null for the college).
 */
public record FindingKey(String code, int year, Long counselorId) {
    public FindingKey {
        Objects.requireNonNull(code);
    }

    public static FindingKey of(Finding f) {
        return new FindingKey(f.code(), f.year() == null ? 0 : f.year(), f.counselorId());
    }
}
