package cn.huyang.roster;

import cn.huyang.common.Coded;

/** 专业技术职务 (职称) on the ideological-political education line. */
public enum TitleRank implements Coded {
    ASSISTANT, LECTURER, ASSOCIATE_PROFESSOR, PROFESSOR;

    @Override
    public String keyPrefix() {
        return "title";
    }
}
