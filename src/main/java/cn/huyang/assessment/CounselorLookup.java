package cn.huyang.assessment;

import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The counselors a year's work names, read from the roster. */
final class CounselorLookup {

    private CounselorLookup() {
    }

    /** The counselors with these ids. */
    static Map<Long, Counselor> byId(RosterService roster, Collection<Long> ids) {
        return roster.counselors(new HashSet<>(ids)).stream().collect(Collectors.toMap(Counselor::id, Function.identity()));
    }

    /** The names of the counselors with these ids. */
    static Map<Long, String> names(RosterService roster, Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        byId(roster, ids).forEach((id, c) -> out.put(id, c.name()));
        return out;
    }
}
