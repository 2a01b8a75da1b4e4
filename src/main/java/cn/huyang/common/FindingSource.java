package cn.huyang.common;

import java.util.List;
import java.util.Set;

/** A feature whose rules judge a year's data; {@code check} lists what every source finds. */
public interface FindingSource {
    List<Finding> findings(int year);

    /** The codes its findings may carry: the register asks only the sources that can find what it looks for. */
    Set<String> codes();

    /**
     * Only the findings of the given codes (an earlier year's, of the kinds that stay until decided);
     * a source overrides this to skip the work the others need.
     */
    default List<Finding> findings(int year, Set<String> wanted) {
        return findings(year).stream().filter(f -> wanted.contains(f.code())).toList();
    }
}
