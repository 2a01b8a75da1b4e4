package cn.huyang.app;

import static cn.huyang.db.jooq.Tables.ACCOUNT_KEY;
import static cn.huyang.db.jooq.Tables.TEXT_KEY_GRANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.access.Role;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.security.SecurityRefusal;
import cn.huyang.security.TextCipher;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office's data key for sealed texts, on real stores: made at the first administrator's login,
 * reaching each account as a grant to its public key (created, reset, recovered), withheld from an
 * account no holder has granted it to yet, and never stored in the clear.
 */
class TextKeysTest {
    private static final char[] ADMIN_PW = "Admin-Key-2026".toCharArray();
    private static final char[] USER_PW = "Office-Key-2026".toCharArray();
    private static final Messages M = Messages.forLanguage("zh");

    @TempDir
    Path dir;

    private final LocalGateTest.MutableClock clock = new LocalGateTest.MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

    private static String seal(TextCipher c, String text) {
        return c.seal("work_record", "body", "7", text);
    }

    @Test
    void everyAccountAnAdministratorCreatesOrResetsOpensWhatAnotherSealed() {
        try (Store store = TestStores.open(dir.resolve("data"))) {
            PlainGate gate = new PlainGate(store, clock);
            Opening admin = gate.create("admin", "管理员", ADMIN_PW);
            assertThat(admin.textCipher().available()).isTrue();
            String sealed = seal(admin.textCipher(), "谈心：学业压力大，建议每周一次面谈");
            new AppContext(admin, M, clock).accounts().create("wang", "王老师", Role.OFFICE, null, USER_PW);

            Opening wang = gate.login("wang", USER_PW);
            assertThat(wang.textCipher().open("work_record", "body", "7", sealed)).isEqualTo("谈心：学业压力大，建议每周一次面谈");

            char[] temporary = "Temp-Reset-2026".toCharArray();
            new AppContext(gate.login("admin", ADMIN_PW), M, clock).accounts().resetPassword("wang", temporary);
            assertThat(gate.login("wang", temporary).textCipher().open("work_record", "body", "7", sealed))
                    .startsWith("谈心");

            assertThat(store.dsl().fetch(TEXT_KEY_GRANT)).extracting(r -> r.getSealedKey())
                    .allMatch(k -> k.startsWith("x1:")).hasSize(2);
            assertThat(store.dsl().fetch(ACCOUNT_KEY)).extracting(r -> r.getSealedPrivate())
                    .allMatch(k -> k.startsWith("k1:"));
        }
    }

    @Test
    void anAccountMadeWithoutAPairIsWithheldTheKeyUntilAHolderLogsIn() {
        try (Store store = TestStores.open(dir.resolve("data"))) {
            PlainGate gate = new PlainGate(store, clock);
            Opening admin = gate.create("admin", "管理员", ADMIN_PW);
            String sealed = seal(admin.textCipher(), "家访记录");
            // an account whose password was set where no key pair followed it (an older version, say)
            new AppContext(store, M, clock).accounts().create("li", "李老师", Role.OFFICE, null, USER_PW);

            TextCipher early = gate.login("li", USER_PW).textCipher();
            assertThat(early.available()).isFalse();
            assertThatThrownBy(() -> seal(early, "x")).isInstanceOf(SecurityRefusal.class)
                    .hasMessageContaining("密钥");

            gate.login("admin", ADMIN_PW); // a holder at work grants the key to the account waiting for it
            assertThat(gate.login("li", USER_PW).textCipher().open("work_record", "body", "7", sealed)).isEqualTo("家访记录");
        }
    }

    @Test
    void aDisabledAccountKeepsNoGrant() {
        try (Store store = TestStores.open(dir.resolve("data"))) {
            PlainGate gate = new PlainGate(store, clock);
            AppContext ctx = new AppContext(gate.create("admin", "管理员", ADMIN_PW), M, clock);
            ctx.accounts().create("zhao", "赵老师", Role.LEADER, null, USER_PW);
            assertThat(store.dsl().fetchCount(TEXT_KEY_GRANT)).isEqualTo(2);
            ctx.accounts().disable("zhao");
            assertThat(store.dsl().fetchCount(TEXT_KEY_GRANT)).isEqualTo(1);
            assertThat(store.dsl().fetchCount(ACCOUNT_KEY, ACCOUNT_KEY.HOLDER.eq("zhao"))).isZero();
        }
    }

    @Test
    void theRecoveryKeyOfADataFolderOpensTheTextsAfterALostPassword() {
        DataFolder folder = new DataFolder(dir.resolve("folder"));
        LocalGate gate = new LocalGate(folder, clock);
        Opening first = gate.create("admin", "管理员", ADMIN_PW);
        String sealed = seal(first.textCipher(), "心理疏导：持续关注");
        String recovery = first.recoveryKey();
        first.store().close();

        char[] next = "After-Recovery-2026".toCharArray();
        Opening recovered = gate.recover(recovery, "admin", next);
        assertThat(recovered.textCipher().open("work_record", "body", "7", sealed)).isEqualTo("心理疏导：持续关注");
        recovered.store().close();

        Opening again = gate.login("admin", next);
        assertThat(again.textCipher().open("work_record", "body", "7", sealed)).isEqualTo("心理疏导：持续关注");
        again.store().close();
    }

    @Test
    void aContextOnAStoreOfAnotherKeySealsNothing() {
        try (Store store = TestStores.open(dir.resolve("data"))) {
            new PlainGate(store, clock).create("admin", "管理员", ADMIN_PW);
            // the program itself, or a session whose key is not the store's: refused, not sealed under a stray key
            TextCipher stray = new AppContext(store, M, clock).textCipher();
            assertThat(stray.available()).isFalse();
        }
    }
}
