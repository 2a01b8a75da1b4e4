package cn.huyang.roster;

import cn.huyang.access.Access;
import cn.huyang.access.AuditRepository.ChangeMark;
import cn.huyang.db.Transactor;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The whole roster and every counselor's history, read once and kept while nothing changed. Every change
 * writes an audit row, so the audit log's mark read before the roster was says whether the kept copy still
 * holds (another PC's change on the shared server moves it too). The findings of every feature, 概览 and
 * the year's sheets each ask for the whole roster: at 10,000 counselors a read is 20 ms for the counselors
 * and 35 ms for the histories, asked for many times over when the findings are counted.
 *
 * <p>Inside a transaction or a step recorded as one row (the demo data, an import) the thread's own writes
 * do not move the mark: it reads anew. Kept copies cannot be changed; a second reader waits for the first.
 */
final class RosterSnapshot {
    private record Kept<T>(ChangeMark mark, T value) {
    }

    /** One kept value; its lock is held while it is read anew. */
    private static final class Slot<T> {
        private Kept<T> kept;
    }

    private final Access access;
    private final Slot<List<Counselor>> counselors = new Slot<>();
    private final Slot<Map<Long, List<RosterEvent>>> histories = new Slot<>();

    RosterSnapshot(Access access) {
        this.access = access;
    }

    List<Counselor> counselors(Supplier<List<Counselor>> read) {
        return get(counselors, () -> List.copyOf(read.get()));
    }

    Map<Long, List<RosterEvent>> histories(Supplier<Map<Long, List<RosterEvent>>> read) {
        return get(histories, () -> {
            Map<Long, List<RosterEvent>> out = new HashMap<>();
            read.get().forEach((id, events) -> out.put(id, Collections.unmodifiableList(events)));
            return Collections.unmodifiableMap(out);
        });
    }

    private <T> T get(Slot<T> slot, Supplier<T> read) {
        if (Transactor.active() || access.audit().quiet()) {
            return read.get();
        }
        ChangeMark now = access.audit().mark();
        synchronized (slot) {
            if (slot.kept != null && slot.kept.mark().equals(now)) {
                return slot.kept.value();
            }
            T value = read.get();
            slot.kept = new Kept<>(now, value);
            return value;
        }
    }
}
