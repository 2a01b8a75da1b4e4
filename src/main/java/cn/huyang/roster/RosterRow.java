package cn.huyang.roster;

import cn.huyang.common.Finding;
import java.util.List;
import java.util.Locale;

/**
 * A counselor as the roster table shows it: the department's name, the findings, and the text the
 * search box looks in (name, ID number, phone), lower-cased once.
 */
public record RosterRow(Counselor counselor, String department, List<Finding> findings, String haystack) {

    public static RosterRow of(Counselor c, String department, List<Finding> findings) {
        String hay = (c.name() + '\u0001' + c.idNumber() + '\u0001' + (c.phone() == null ? "" : c.phone()))
                .toLowerCase(Locale.ROOT);
        return new RosterRow(c, department, List.copyOf(findings), hay);
    }

    public long id() {
        return counselor.id();
    }

    public boolean matches(String needle) {
        return needle.isEmpty() || haystack.contains(needle);
    }
}
