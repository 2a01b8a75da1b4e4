package cn.huyang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditEntry;
import cn.huyang.access.AuditQuery;
import cn.huyang.access.LoginRefusedException;
import cn.huyang.access.Role;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate of a data folder on this PC, on real files: the upgrade of an unencrypted folder of the
 * last release (the V6 fixture) through the gate, logins and their refusals, the slow-down after five
 * wrong passwords, the failed logins in the audit log, and the recovery of a lost administrator password.
 */
class LocalGateTest {
    private static final char[] PW = "Gate-Test-2026".toCharArray();
    private static final String FIXTURE_ID = "652901199003080026";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

    private DataFolder released() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        Files.createDirectories(folder.path());
        Path script = dir.resolve("fixture.sql");
        try (InputStream in = LocalGateTest.class.getResourceAsStream("/db/fixtures/schema-v6.sql")) {
            Files.copy(in, script);
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.databaseBase().toAbsolutePath(),
                "huyang", ""); Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' CHARSET 'UTF-8'");
            st.execute("SHUTDOWN");
        }
        Files.delete(script);
        return folder;
    }

    @Test
    void anUnencryptedFolderOfTheLastReleaseIsUpgradedThroughTheGate() throws Exception {
        DataFolder folder = released();
        LocalGate gate = new LocalGate(folder, clock);
        assertThat(gate.state()).isEqualTo(FolderState.UPGRADE);

        Opening up = gate.upgrade("admin", "王老师", PW, Progress.NONE);
        Path plain = up.plainBackup();
        try (var store = up.store()) {
            AppContext ctx = new AppContext(up, Messages.forLanguage("zh"), clock);
            assertThat(ctx.roster().roster()).hasSize(3); // the administrator reads the data, numbers masked
            assertThat(ctx.roster().roster()).noneMatch(c -> c.idNumber().equals(FIXTURE_ID));
            assertThat(ctx.access().actor().role()).isEqualTo(Role.ADMIN);
            assertThat(ctx.audit().find(AuditQuery.all())).extracting(AuditEntry::action)
                    .contains(AuditAction.ENCRYPT.name(), AuditAction.LOGIN.name());
        }
        assertThat(up.recoveryKey()).matches("([0-9A-Z]{5}-){7}[0-9A-Z]{5}");
        assertThat(plain).exists();
        assertThat(gate.state()).isEqualTo(FolderState.LOGIN);

        gate.deletePlainBackup(plain);
        assertThat(plain).doesNotExist();
        assertThat(containsAnywhere(folder.path(), FIXTURE_ID)).isFalse();
        assertThat(containsAnywhere(folder.path(), "阿依古丽")).isFalse();

        Opening again = gate.login("admin", PW);
        try (var store = again.store()) {
            AppContext ctx = new AppContext(again, Messages.forLanguage("zh"), clock);
            assertThat(ctx.roster().counselors()).hasSize(3);
            assertThat(ctx.roster().counselors()).anyMatch(c -> c.idNumber().equals(FIXTURE_ID));
        }
    }

    @Test
    void wrongPasswordsAreRefusedThenSlowedDownAndAuditedAtTheNextLogin() {
        DataFolder folder = new DataFolder(dir.resolve("fresh"));
        LocalGate gate = new LocalGate(folder, clock);
        assertThat(gate.state()).isEqualTo(FolderState.NEW);
        assertThatThrownBy(() -> gate.create("admin", null, "short".toCharArray()))
                .hasMessageContaining("validation.passwordShort");
        assertThat(gate.state()).isEqualTo(FolderState.NEW); // nothing written for a refused password
        try (var store = gate.create("admin", null, PW).store()) {
            assertThat(store.location()).contains("fresh");
        }
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> gate.login("admin", "wrong-password-1".toCharArray()))
                    .isInstanceOf(LoginRefusedException.class)
                    .satisfies(e -> assertThat(((LoginRefusedException) e).messageKey()).isEqualTo("login.wrong"));
        }
        assertThatThrownBy(() -> gate.login("nobody", "wrong-password-1".toCharArray()))
                .satisfies(e -> assertThat(((LoginRefusedException) e).messageKey()).isEqualTo("login.wrong"));
        // the sixth wrong password in a row for admin waits, even with the right password
        assertThatThrownBy(() -> gate.login("admin", PW))
                .satisfies(e -> assertThat(((LoginRefusedException) e).messageKey()).isEqualTo("login.tooMany"));
        clock.advance(Duration.ofSeconds(31));
        Opening opened = gate.login("admin", PW);
        try (var store = opened.store()) {
            AppContext ctx = new AppContext(opened, Messages.forLanguage("zh"), clock);
            List<AuditEntry> failed = ctx.audit().find(AuditQuery.all()).stream()
                    .filter(e -> e.action().equals(AuditAction.LOGIN_FAILED.name())).toList();
            assertThat(failed).hasSizeGreaterThanOrEqualTo(6).anyMatch(e -> e.userName().equals("nobody"));
        }
    }

    @Test
    void theRecoveryKeySetsANewAdministratorPassword() {
        DataFolder folder = new DataFolder(dir.resolve("lost"));
        LocalGate gate = new LocalGate(folder, clock);
        Opening first = gate.create("admin", null, PW);
        String recovery = first.recoveryKey();
        first.store().close();

        assertThatThrownBy(() -> gate.recover("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "admin",
                "New-Admin-2026".toCharArray())).isInstanceOf(LoginRefusedException.class);
        gate.recover(recovery.toLowerCase().replace("-", " "), "admin", "New-Admin-2026".toCharArray()).store().close();
        assertThatThrownBy(() -> gate.login("admin", PW)).isInstanceOf(LoginRefusedException.class);
        clock.advance(Duration.ofMinutes(1));
        gate.login("admin", "New-Admin-2026".toCharArray()).store().close();
    }

    private static boolean containsAnywhere(Path folder, String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String hay = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                if (hay.contains(new String(needle, StandardCharsets.ISO_8859_1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A clock the test moves on. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
