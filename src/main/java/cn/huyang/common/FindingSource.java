package cn.huyang.common;

import java.util.List;

/** A feature whose rules judge a year's data; {@code check} lists what every source finds. */
public interface FindingSource {
    List<Finding> findings(int year);
}
