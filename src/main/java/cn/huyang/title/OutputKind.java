package cn.huyang.title;

import cn.huyang.common.Coded;

/** Kinds of research output; online cultural works (网络文化成果) count as research outputs [三(三)1]. */
public enum OutputKind implements Coded {
    PAPER, PROJECT, TEXTBOOK, ONLINE_CULTURE, AWARD;

    @Override
    public String keyPrefix() {
        return "outputKind";
    }
}
