package cn.huyang.io;

import cn.huyang.roster.Counselor;
import java.util.List;

/**
 * What an import will do with one row: register a new counselor, update a stored one (with the
 * changes), leave one unchanged, or skip one already on the roster.
 */
public record PlannedRow(int row, Action action, Counselor counselor, List<Change> changes) {
    public PlannedRow {
        changes = List.copyOf(changes);
    }

    public enum Action implements cn.huyang.common.Coded {
        NEW, UPDATE, UNCHANGED, SKIP;

        @Override
        public String keyPrefix() {
            return "io.action";
        }
    }

    /** One field changed by an update, as shown: "联系电话：13900000000 → 13911111111". */
    public record Change(String field, String before, String after) {
    }
}
