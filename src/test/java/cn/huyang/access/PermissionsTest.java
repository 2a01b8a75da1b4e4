package cn.huyang.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.common.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/roles.md shows the one table of rights: rendered here from {@link Permissions}, so the page cannot drift. */
class PermissionsTest {
    private static final Messages ZH = Messages.forLanguage("zh");

    /** The table as docs/roles.md shows it: rows the operations, columns the roles; 全部 / 本系部 / —. */
    static String render() {
        StringBuilder out = new StringBuilder("| 操作 |");
        for (Role r : Role.values()) {
            out.append(' ').append(ZH.get(r.messageKey())).append(" |");
        }
        out.append("\n|---|").append("---|".repeat(Role.values().length)).append('\n');
        for (Operation op : Operation.values()) {
            out.append("| ").append(ZH.get(op.messageKey())).append(" |");
            for (Role r : Role.values()) {
                out.append(' ').append(switch (Permissions.reach(r, op)) {
                    case ALL -> "全部";
                    case OWN_DEPARTMENT -> "本系部";
                    case OWN_RECORDS -> "本人";
                    case NONE -> "—";
                }).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    @Test
    void docsRolesShowsExactlyTheTableOfRights() throws Exception {
        String doc = Files.readString(Path.of("docs", "roles.md"), StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(doc).contains(render());
        // one table only: no other row of it elsewhere on the page
        assertThat(doc.split("\\| 操作 \\|", -1)).hasSize(2);
    }

    @Test
    void everyOperationHasAReachForEveryRole() {
        for (Operation op : Operation.values()) {
            for (Role r : Role.values()) {
                assertThat(Permissions.reach(r, op)).as("%s %s", r, op).isNotNull();
            }
        }
    }

    @Test
    void theProgramItselfMayDoEverythingAndARoleOnlyWhatTheTableSays() {
        AccessGuard system = AccessGuard.system();
        AccessGuard leader = new AccessGuard(new Session(new Actor(1, "l", "领导", Role.LEADER, null)));
        for (Operation op : Operation.values()) {
            assertThat(system.may(op)).isTrue();
            assertThat(leader.may(op)).isEqualTo(Permissions.reach(Role.LEADER, op).any());
        }
        AccessGuard dept = new AccessGuard(new Session(new Actor(2, "d", "系部", Role.DEPARTMENT, 5L)));
        assertThat(dept.may(Operation.ROSTER_EDIT, 5L)).isTrue();
        assertThat(dept.may(Operation.ROSTER_EDIT, 6L)).isFalse();
        assertThat(dept.may(Operation.ROSTER_EDIT, null)).isFalse();
        assertThat(dept.readScope()).isEqualTo(5L);
        assertThat(leader.readScope()).isNull();
    }

    @Test
    void aCounselorsAccountReachesOnlyItsOwnRecordsAndReadsNoneOfTheCollegesData() {
        AccessGuard counselor = new AccessGuard(new Session(new Actor(3, "c", "辅导员", Role.COUNSELOR, 5L, 42L)));
        assertThat(counselor.may(Operation.WORKLOG_EDIT, 5L, 42L)).isTrue();
        assertThat(counselor.may(Operation.WORKLOG_EDIT, 5L, 43L)).isFalse();
        assertThat(counselor.may(Operation.WORKLOG_EDIT, 5L)).isFalse();
        assertThat(counselor.ownCounselor(Operation.WORKLOG_READ)).isEqualTo(42L);
        assertThat(counselor.scopeOf(Operation.WORKLOG_READ)).isEqualTo(AccessGuard.NO_DEPARTMENT);
        assertThat(counselor.readScope()).isEqualTo(AccessGuard.NO_DEPARTMENT);
        assertThat(counselor.may(Operation.ROSTER_EDIT, 5L, 42L)).isFalse();
        AccessGuard dept = new AccessGuard(new Session(new Actor(2, "d", "系部", Role.DEPARTMENT, 5L)));
        assertThat(dept.may(Operation.WORKLOG_READ, 5L, 42L)).isTrue();
        assertThat(dept.may(Operation.WORKLOG_READ, 6L, 42L)).isFalse();
        assertThat(dept.ownCounselor(Operation.WORKLOG_READ)).isNull();
        AccessGuard leader = new AccessGuard(new Session(new Actor(1, "l", "领导", Role.LEADER, null)));
        assertThat(leader.may(Operation.WORKLOG_SUMMARY, 6L, 42L)).isTrue();
        assertThat(leader.may(Operation.WORKLOG_READ, 6L, 42L)).isFalse();
    }
}
