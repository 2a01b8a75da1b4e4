package cn.huyang.common;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Two people of one name told apart by the last four characters of their ID numbers, written after
 * the name the same way everywhere: "张伟　· 身份证尾号 002X" (个人档案, 申报, 达标情况, the training
 * ledger and its form).
 */
public final class SameNames {
    private SameNames() {
    }

    /** The last four characters of an ID number, or null when it is not known. */
    public static String tail(String idNumber) {
        return idNumber == null || idNumber.length() < 4 ? null : idNumber.substring(idNumber.length() - 4);
    }

    /** "　· 身份证尾号 002X" to follow a name, or "" when the number is not known. */
    public static String idTail(Messages m, String idNumber) {
        return shown(m, "", tail(idNumber));
    }

    /** A name followed by its ID number's last four (a tail from {@link #tails}), or the name alone (null). */
    public static String shown(Messages m, String name, String tail) {
        return tail == null ? name : name + m.get("common.idTail", tail);
    }

    /**
     * The last four of the ID numbers of those whose name someone else among {@code people} has, by
     * their id; who has a name to themselves is not in the map.
     */
    public static <T> Map<Long, String> tails(Collection<T> people, Function<T, Long> id, Function<T, String> name,
                                              Function<T, String> idNumber) {
        Map<String, Integer> counts = new HashMap<>(people.size() * 2);
        for (T p : people) {
            counts.merge(name.apply(p), 1, Integer::sum);
        }
        Map<Long, String> out = new HashMap<>();
        for (T p : people) {
            if (counts.get(name.apply(p)) > 1) { // the tail only of those who share their name
                String tail = tail(idNumber.apply(p));
                if (tail != null) {
                    out.put(id.apply(p), tail);
                }
            }
        }
        return out;
    }
}
