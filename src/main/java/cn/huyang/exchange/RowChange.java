package cn.huyang.exchange;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a package would do to one row here (the preview, field by field), and what applying it does.
 *
 * @param line    the row's line in its table file (for messages), 0 for a deletion without one
 * @param local   the row as held here (sealed texts opened; a work record's lines as {@code students}), or null
 * @param incoming the row as the package has it (same form), or null for a deletion
 * @param diffs   the columns that differ, with both values (empty for NEW, UNCHANGED, DELETE)
 * @param sha     the SHA-256 of the incoming content (what is remembered as taken from the sender)
 */
public record RowChange(String table, UUID uid, Kind kind, int line, Map<String, String> local,
                        Map<String, String> incoming, List<FieldDiff> diffs, String sha, boolean localDeleted) {
    public enum Kind {
        /** not here yet: added */
        NEW,
        /** here, changed only by the package since its base: updated */
        CHANGED,
        /** here with the same content, or a version taken before: nothing to do */
        UNCHANGED,
        /** changed here too (or deleted here) since the package's base: kept, the package's version listed */
        CONFLICT,
        /** deleted by the sender: deleted here, with its tombstone */
        DELETE
    }

    /** A column whose value differs: here before, the package's after. */
    public record FieldDiff(String column, String before, String after) {
        @Override
        public String toString() {
            return column; // the values may be personal data: never in a log line
        }
    }

    @Override
    public String toString() {
        return "RowChange[" + table + " " + uid + " " + kind + "]";
    }
}
