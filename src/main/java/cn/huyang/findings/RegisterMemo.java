package cn.huyang.findings;

import cn.huyang.access.AuditRepository.ChangeMark;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The register of the last few years asked for, kept while nothing changed: every change writes an
 * audit row, so the audit log's mark read before the rules ran says whether a kept register still
 * holds (on the shared server too: another PC's change moves the mark). The day is part of the key,
 * since rules judge against today. The rules of every feature take a second or two at 10,000
 * counselors; 概览, its report and 合规提示 ask for the same year again and again.
 */
final class RegisterMemo {
    /** The years kept: the one shown, the previous one for comparisons, one more. */
    private static final int YEARS = 3;

    private record Key(int year, LocalDate day) {
    }

    private record Kept(ChangeMark mark, List<TrackedFinding> findings) {
    }

    private final Map<Key, Kept> kept = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > YEARS;
        }
    };
    private final Supplier<ChangeMark> mark;
    private final Supplier<LocalDate> today;

    RegisterMemo(Supplier<ChangeMark> mark, Supplier<LocalDate> today) {
        this.mark = mark;
        this.today = today;
    }

    /** The year's register as kept, or as the rules find it now (then kept). */
    List<TrackedFinding> get(int year, IntFunction<List<TrackedFinding>> rules) {
        Key key = new Key(year, today.get());
        ChangeMark now = mark.get();
        synchronized (kept) {
            Kept k = kept.get(key);
            if (k != null && k.mark().equals(now)) {
                return k.findings();
            }
        }
        List<TrackedFinding> found = List.copyOf(rules.apply(year));
        synchronized (kept) {
            kept.put(key, new Kept(now, found));
        }
        return found;
    }
}
