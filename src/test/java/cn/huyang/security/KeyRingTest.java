package cn.huyang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));

    @Test
    void createsAndUnlocksWithThePassword() throws Exception {
        KeyRing.Created c = KeyRing.create(dir, "admin", "正确 horse".toCharArray(), clock);
        assertThat(KeyRing.exists(dir)).isTrue();
        assertThat(c.ring().users()).containsExactly("admin");
        KeyRing loaded = KeyRing.load(dir, clock);
        assertThat(loaded.unlock("admin", "正确 horse".toCharArray()).sameAs(c.key())).isTrue();
        assertThat(loaded.recover(c.recovery()).sameAs(c.key())).isTrue();
        String text = Files.readString(KeyRing.file(dir));
        assertThat(text).doesNotContain(c.key().h2Password()).doesNotContain("horse");
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(KeyRing.file(dir)))).isEqualTo("rw-------");
        }
        assertThatThrownBy(() -> KeyRing.create(dir, "x", "y".toCharArray(), clock)).isInstanceOf(KeyRingException.class);
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameSentence() {
        KeyRing ring = KeyRing.create(dir, "admin", "pw".toCharArray(), clock).ring();
        String wrong = catchMessage(() -> ring.unlock("admin", "nope".toCharArray()));
        String unknown = catchMessage(() -> ring.unlock("nobody", "pw".toCharArray()));
        assertThat(wrong).isEqualTo(unknown).isEqualTo("用户名或密码不对。");
    }

    @Test
    void fiveFailuresThenAGrowingWaitAndASuccessResets() {
        FileKey key = KeyRing.create(dir, "admin", "pw".toCharArray(), clock).key();
        KeyRing ring = KeyRing.load(dir, clock);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> ring.unlock("admin", "bad".toCharArray())).isInstanceOf(WrongPasswordException.class);
        }
        TooManyAttemptsException e = (TooManyAttemptsException) catchThrowable(() -> ring.unlock("admin", "pw".toCharArray()));
        assertThat(e.waitSeconds()).isEqualTo(30);
        assertThat(e.getMessage()).contains("30");
        // the wait holds for a new start too: it is in the file
        clock.advance(Duration.ofSeconds(10));
        assertThat(((TooManyAttemptsException) catchThrowable(() -> KeyRing.load(dir, clock)
                .unlock("admin", "pw".toCharArray()))).waitSeconds()).isEqualTo(20);
        clock.advance(Duration.ofSeconds(20));
        assertThatThrownBy(() -> ring.unlock("admin", "bad".toCharArray())).isInstanceOf(WrongPasswordException.class);
        assertThat(((TooManyAttemptsException) catchThrowable(() -> ring.unlock("admin", "pw".toCharArray())))
                .waitSeconds()).isEqualTo(60);
        clock.advance(Duration.ofSeconds(60));
        assertThat(ring.unlock("admin", "pw".toCharArray()).sameAs(key)).isTrue();
        assertThatThrownBy(() -> ring.unlock("admin", "bad".toCharArray())).isInstanceOf(WrongPasswordException.class);
        assertThat(ring.unlock("admin", "pw".toCharArray()).sameAs(key)).isTrue(); // count was reset
    }

    @Test
    void theWaitIsCappedAtFifteenMinutes() {
        KeyRing ring = KeyRing.create(dir, "admin", "pw".toCharArray(), clock).ring();
        long last = 0;
        for (int i = 0; i < 12; i++) {
            assertThatThrownBy(() -> ring.unlock("ghost", "bad".toCharArray())).isInstanceOf(WrongPasswordException.class);
            Throwable t = catchThrowable(() -> ring.unlock("ghost", "bad".toCharArray()));
            if (t instanceof TooManyAttemptsException tm) {
                last = tm.waitSeconds();
                clock.advance(Duration.ofSeconds(last));
            }
        }
        assertThat(last).isEqualTo(900);
    }

    @Test
    void failedLoginsAreDrainedOnce() {
        KeyRing ring = KeyRing.create(dir, "admin", "pw".toCharArray(), clock).ring();
        String longName = "x".repeat(100);
        catchThrowable(() -> ring.unlock(longName, "bad".toCharArray()));
        catchThrowable(() -> ring.unlock("admin", "bad".toCharArray()));
        KeyRing reloaded = KeyRing.load(dir, clock);
        assertThat(reloaded.drainFailures()).extracting(KeyRing.FailedLogin::user)
                .containsExactly("x".repeat(64), "admin");
        assertThat(reloaded.drainFailures()).isEmpty();
        assertThat(KeyRing.load(dir, clock).drainFailures()).isEmpty();
    }

    @Test
    void usersAddedReplacedAndRemoved() {
        KeyRing.Created c = KeyRing.create(dir, "admin", "pw".toCharArray(), clock);
        c.ring().put("李老师", "li".toCharArray(), c.key());
        assertThat(KeyRing.load(dir, clock).unlock("李老师", "li".toCharArray()).sameAs(c.key())).isTrue();
        c.ring().put("李老师", "new".toCharArray(), c.key());
        assertThatThrownBy(() -> KeyRing.load(dir, clock).unlock("李老师", "li".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
        c.ring().remove("李老师");
        assertThat(KeyRing.load(dir, clock).users()).containsExactly("admin");
        RecoveryKey renewed = c.ring().renewRecovery(c.key());
        assertThatThrownBy(() -> KeyRing.load(dir, clock).recover(c.recovery())).isInstanceOf(WrongRecoveryKeyException.class);
        assertThat(KeyRing.load(dir, clock).recover(renewed).sameAs(c.key())).isTrue();
    }

    @Test
    void aBackupsCopyHasTheEntriesButNoAttempts() {
        KeyRing.Created c = KeyRing.create(dir, "admin", "pw".toCharArray(), clock);
        catchThrowable(() -> c.ring().unlock("admin", "bad".toCharArray()));
        byte[] header = c.ring().headerCopy();
        assertThat(new String(header, StandardCharsets.UTF_8)).doesNotContain("attempts").doesNotContain("failedLogins");
        KeyRing copy = KeyRing.fromHeader(header);
        assertThat(copy.unlock("admin", "pw".toCharArray()).sameAs(c.key())).isTrue();
        assertThat(copy.recover(c.recovery()).sameAs(c.key())).isTrue();
    }

    @Test
    void aTamperedOrMalformedFileIsRefusedPlainly() throws Exception {
        KeyRing.Created c = KeyRing.create(dir, "admin", "pw".toCharArray(), clock);
        Path f = KeyRing.file(dir);
        String good = Files.readString(f);
        // another user's entry moved to a new name does not open (the name is bound to the entry)
        Files.writeString(f, good.replace("\"admin\"", "\"mallory\""));
        assertThatThrownBy(() -> KeyRing.load(dir, clock).unlock("mallory", "pw".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
        for (String bad : new String[]{"", "{", "[]", good.replace("\"format\": 1", "\"format\": 1, \"x\": 1"),
                good.replace("\"kdf\": \"argon2id\", \"m\": 19456", "\"kdf\": \"argon2id\", \"m\": 99999999"),
                good.replace("\"format\": 1", "\"format\": \"1\""), "{\"a\":" + "[".repeat(5000)}) {
            Files.writeString(f, bad);
            assertThatThrownBy(() -> KeyRing.load(dir, clock)).isInstanceOf(KeyRingException.class)
                    .hasMessageContaining("keyring.json");
        }
        Files.write(f, new byte[KeyRingCodec.MAX_BYTES + 1]);
        assertThatThrownBy(() -> KeyRing.load(dir, clock)).isInstanceOf(KeyRingException.class);
        Files.writeString(f, good.replace("\"format\": 1", "\"format\": 2"));
        assertThatThrownBy(() -> KeyRing.load(dir, clock)).hasMessageContaining("更新版本");
        Files.delete(f);
        assertThatThrownBy(() -> KeyRing.load(dir, clock)).isInstanceOf(KeyRingException.class);
    }

    private static Throwable catchThrowable(Runnable r) {
        try {
            r.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static String catchMessage(Runnable r) {
        return catchThrowable(r).getMessage();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
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
