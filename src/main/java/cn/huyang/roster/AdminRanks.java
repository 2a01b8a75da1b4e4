package cn.huyang.roster;

import java.util.List;

/** Suggested administrative ranks (职员等级 or 科级/处级); the college may type its own. */
public final class AdminRanks {
    public static final List<String> SUGGESTIONS = List.of(
            "科员", "副科级", "正科级", "副处级", "正处级",
            "十级职员", "九级职员", "八级职员", "七级职员", "六级职员", "五级职员");

    private AdminRanks() {
    }
}
