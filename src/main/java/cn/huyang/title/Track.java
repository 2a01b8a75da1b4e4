package cn.huyang.title;

import cn.huyang.common.Coded;

/** The two lines of promotion (双线晋升): professional titles (专业技术职务) and administrative ranks (职员等级). */
public enum Track implements Coded {
    TITLE, RANK;

    @Override
    public String keyPrefix() {
        return "track";
    }
}
