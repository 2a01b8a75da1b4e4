package cn.huyang.io;

import cn.huyang.common.Coded;

/** What a file brings in: the roster, training records, or a year's assessment scores. */
public enum ImportKind implements Coded {
    ROSTER, TRAINING, SCORES;

    @Override
    public String keyPrefix() {
        return "io.kind";
    }
}
