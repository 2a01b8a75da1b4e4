package cn.huyang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.access.LoginRefusedException;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared server's gate slows a name down after five wrong passwords in a row, as a PC's data
 * folder does, counting them in the audit log every PC writes to (on H2 and PostgreSQL).
 */
class PlainGateThrottleTest {
    private static final char[] PW = "Admin-Key-2026".toCharArray();
    private static final char[] WRONG = "wrong-password".toCharArray();
    private static final Messages M = Messages.forLanguage("zh");

    @TempDir
    Path dir;

    private final LocalGateTest.MutableClock clock = new LocalGateTest.MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

    private void wrong(PlainGate gate, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> gate.login("admin", WRONG)).isInstanceOf(LoginRefusedException.class)
                    .extracting(e -> ((LoginRefusedException) e).messageKey()).isEqualTo("login.wrong");
            clock.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void aSixthAttemptWaitsEvenWithTheRightPasswordThenTheWaitDoubles() {
        try (Store store = TestStores.open(dir.resolve("data"))) {
            PlainGate gate = new PlainGate(store, clock);
            gate.create("admin", "管理员", PW);
            wrong(gate, 4);
            assertThat(gate.login("admin", PW).session().actor().userName()).isEqualTo("admin"); // four are free

            wrong(gate, 5);
            assertThatThrownBy(() -> gate.login("admin", PW)).isInstanceOf(LoginRefusedException.class)
                    .satisfies(e -> assertThat(((LoginRefusedException) e).render(M)).contains("29 秒后再试"));
            // another PC asks the same server: the same wait
            assertThatThrownBy(() -> new PlainGate(store, clock).login("admin", PW))
                    .hasMessage("login.tooMany");

            clock.advance(Duration.ofSeconds(30));
            wrong(gate, 1); // the sixth in a row: now a minute
            clock.advance(Duration.ofSeconds(50));
            assertThatThrownBy(() -> gate.login("admin", PW)).hasMessage("login.tooMany");
            clock.advance(Duration.ofSeconds(10));
            assertThat(gate.login("admin", PW).session().actor().userName()).isEqualTo("admin");

            wrong(gate, 4); // a success started the count again
            assertThat(gate.login("admin", PW).session().actor().userName()).isEqualTo("admin");
        }
    }

    @Test
    void anotherNameIsNotSlowedDown() {
        try (Store store = TestStores.open(dir.resolve("data"))) {
            PlainGate gate = new PlainGate(store, clock);
            gate.create("admin", "管理员", PW);
            for (int i = 0; i < 6; i++) {
                assertThatThrownBy(() -> gate.login("mallory", WRONG)).isInstanceOf(LoginRefusedException.class);
            }
            assertThatThrownBy(() -> gate.login("mallory", WRONG)).hasMessage("login.tooMany");
            assertThat(gate.login("admin", PW).session().actor().userName()).isEqualTo("admin");
        }
    }
}
