package cn.huyang.common;

import java.util.function.Predicate;

/** Which findings still wait for a decision (the roster rows show only those). */
@FunctionalInterface
public interface OpenFindings {
    /** Every finding is open: where no decisions are kept. */
    OpenFindings ALL = () -> f -> true;

    /** A test read once (one query) and then asked per finding. */
    Predicate<Finding> snapshot();
}
