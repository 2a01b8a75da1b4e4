package cn.huyang.title;

import cn.huyang.common.Coded;

/** A year's review: open for entry, or confirmed and locked. */
public enum ReviewState implements Coded {
    DRAFT, CONFIRMED;

    @Override
    public String keyPrefix() {
        return "reviewState";
    }
}
