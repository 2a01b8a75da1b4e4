package cn.huyang.policy;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of a parameter's history: the value from a date on, the seed clause, the note (e.g. the
 * number of the college's decision) and, for a retroactive change into a confirmed year, the reason.
 *
 * @param id         null for a value the program falls back to (no row in force)
 * @param recordedAt when the row was written
 */
public record PolicyValue(Long id, PolicyKey key, String value, LocalDate from, String clause, String note,
                          String reason, LocalDateTime recordedAt) {

    /** The seed's value, for a day no stored row covers. */
    static PolicyValue fallback(PolicyKey key) {
        return new PolicyValue(null, key, key.defaultValue(), null, key.clause(), null, null, null);
    }
}
