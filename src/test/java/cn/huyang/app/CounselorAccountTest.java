package cn.huyang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.access.Account;
import cn.huyang.access.NotPermittedException;
import cn.huyang.access.Role;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.db.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 辅导员 account belongs to one counselor (on H2 and PostgreSQL): made by the administrator, refused without
 * its counselor, for another role with one, or twice for the same counselor; at login it reaches that
 * counselor's work records and nobody else's, and no one on the roster.
 */
class CounselorAccountTest {
    private static final char[] PW = "Admin-Key-2026".toCharArray();
    private static final Messages M = Messages.forLanguage("zh");

    @TempDir
    Path dir;

    private final LocalGateTest.MutableClock clock = new LocalGateTest.MutableClock(Instant.parse("2026-06-15T02:00:00Z"));

    @Test
    void aCounselorsAccountReachesOnlyItsOwnRecords() {
        try (Store store = TestStores.open(dir.resolve("data"))) {
            PlainGate gate = new PlainGate(store, clock);
            AppContext admin = new AppContext(gate.create("admin", "管理员", PW), M, clock);
            AppContext program = new AppContext(store, M, clock);
            Department d = program.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
            Counselor zhao = program.roster().register(TestData.counselor("赵磊", d.id(), PostType.FULL_TIME, 21),
                    LocalDate.of(2020, 9, 1));
            Counselor qian = program.roster().register(TestData.counselor("钱敏", d.id(), PostType.FULL_TIME, 23),
                    LocalDate.of(2021, 9, 1));

            assertThatThrownBy(() -> admin.accounts().create("zl", null, Role.COUNSELOR, null, null, PW))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).render(M)).isEqualTo("所属辅导员：必填"));
            assertThatThrownBy(() -> admin.accounts().create("zl", null, Role.OFFICE, null, zhao.id(), PW))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).render(M)).contains("只有“辅导员”角色"));
            Account made = admin.accounts().create("zl", "赵磊", Role.COUNSELOR, null, zhao.id(), PW);
            assertThat(made.counselorId()).isEqualTo(zhao.id());
            assertThatThrownBy(() -> admin.accounts().create("zl2", null, Role.COUNSELOR, null, zhao.id(), PW))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).render(M)).contains("已经有账户"));
            assertThat(admin.accounts().account("zl").orElseThrow().counselorId()).isEqualTo(zhao.id());

            var opening = gate.login("zl", PW);
            assertThat(opening.session().actor().counselorId()).isEqualTo(zhao.id());
            AppContext own = new AppContext(opening, M, clock);
            WorklogModule w = WorklogModule.of(own);
            assertThat(w.records().counselors()).extracting(Counselor::name).containsExactly("赵磊");
            assertThat(w.records().mayEdit(zhao.id())).isTrue();
            assertThat(w.records().mayEdit(qian.id())).isFalse();
            assertThat(own.roster().roster()).isEmpty();
            assertThatThrownBy(() -> WorklogModule.of(own).records().month(qian.id(), java.time.YearMonth.of(2026, 6)))
                    .isInstanceOf(NotPermittedException.class);
        }
    }
}
