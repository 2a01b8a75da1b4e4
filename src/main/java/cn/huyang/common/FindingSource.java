package cn.huyang.common;

import java.util.List;
import java.util.Set;

/** A feature whose rules judge a year's data; {@code check} lists what every source finds. */
public interface FindingSource {
    List<Finding> findings(int year);

    /** The codes its findings may carry: the register asks only the sources that can find what it looks for. */
    Set<String> codes();
}
