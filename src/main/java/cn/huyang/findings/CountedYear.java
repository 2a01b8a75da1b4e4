package cn.huyang.findings;

import cn.huyang.common.Finding;
import java.util.List;
import java.util.Set;

/**
 * What every feature's rules found for a year, before the decisions are laid over it: each source's
 * findings of the year, those of each earlier confirmed year (newest first) from the sources that carry
 * findings across years, and the counselors still on the roster, whose carried findings stay.
 */
record CountedYear(List<List<Finding>> year, List<List<List<Finding>>> earlier, Set<Long> onRoster) {
}
