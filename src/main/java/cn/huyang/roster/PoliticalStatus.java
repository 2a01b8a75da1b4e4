package cn.huyang.roster;

import cn.huyang.common.Coded;

/** 政治面貌. Counselors are expected to be Party members in principle [三(二)2(1)]. */
public enum PoliticalStatus implements Coded {
    CPC_MEMBER, CPC_PROBATIONARY, CYL_MEMBER, DEMOCRATIC_PARTY, MASSES;

    public boolean isPartyMember() {
        return this == CPC_MEMBER || this == CPC_PROBATIONARY;
    }

    @Override
    public String keyPrefix() {
        return "political";
    }
}
