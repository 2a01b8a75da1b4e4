package cn.huyang.assessment;

import java.util.List;

/**
 * A year's assessment as the grid shows it: the scheme, a row per counselor on the roster that year
 * (or with scores stored), the results computed over the whole year (ranks and the quota are the
 * year's, whatever department is shown), and the reasons given for unlocking it.
 */
public record Sheet(Scheme scheme, List<SheetRow> rows, Results results, List<String> unlockReasons) {
    public Sheet {
        rows = List.copyOf(rows);
        unlockReasons = List.copyOf(unlockReasons);
    }
}
