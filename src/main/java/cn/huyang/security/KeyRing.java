package cn.huyang.security;

import cn.huyang.common.JsonReader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code keyring.json} in the data folder: the folder's {@link FileKey}, stored only wrapped —
 * once per user under a key derived from the user's password (Argon2id, its parameters stored with
 * the entry), once under the {@link RecoveryKey} — and the count of wrong passwords in a row per
 * name with the time before which no new attempt is accepted, and the failed logins not yet written
 * to the audit log. Written whole or not at all, owner-only; read as data and refused whole when
 * anything in it is unexpected.
 *
 * <p>After {@value #FREE_ATTEMPTS} wrong passwords in a row for a name, each further attempt is
 * refused unchecked until a wait has passed: 30 s, then 60 s, doubling up to 15 minutes. A
 * success resets the count. Time comes from the injected clock; nothing sleeps.
 */
public final class KeyRing {
    public static final String FILE = "keyring.json";
    static final int FREE_ATTEMPTS = LoginThrottle.FREE_ATTEMPTS;
    /** Spent on an unknown name, so that it costs the same as a wrong password. */
    private static final byte[] NO_SALT = new byte[16];

    /** A failed login not yet in the audit log: the name as typed (at most 64 characters) and when. */
    public record FailedLogin(String user, Instant at) {
    }

    /** A new key ring with the folder's new file key and its recovery key (to be shown once, then forgotten). */
    public record Created(KeyRing ring, FileKey key, RecoveryKey recovery) {
    }

    private final Path file;
    private final Clock clock;
    private final Map<String, KeyWrap> users;
    private KeyWrap recovery;
    private final Map<String, KeyRingCodec.Attempts> attempts;
    private final List<FailedLogin> failed;

    private KeyRing(Path file, Clock clock, KeyRingCodec.Contents c) {
        this.file = file;
        this.clock = clock;
        this.users = new LinkedHashMap<>(c.users());
        this.recovery = c.recovery();
        this.attempts = new LinkedHashMap<>(c.attempts());
        this.failed = new ArrayList<>(c.failed());
    }

    public static Path file(Path folder) {
        return folder.resolve(FILE);
    }

    public static boolean exists(Path folder) {
        return Files.exists(file(folder));
    }

    /** Makes the folder's key ring: a new file key, the administrator's entry and a new recovery key. */
    public static Created create(Path folder, String adminName, char[] password, Clock clock) {
        refuseExisting(folder);
        FileKey key = FileKey.generate();
        RecoveryKey rk = RecoveryKey.generate();
        KeyRing ring = new KeyRing(file(folder), clock, new KeyRingCodec.Contents(Map.of(),
                sealRecovery(rk, key), Map.of(), List.of()));
        ring.put(adminName, password, key);
        return new Created(ring, key, rk);
    }

    /** Makes the folder's key ring from a backup's copy (a restore into a folder that had none). */
    public static KeyRing adopt(Path folder, byte[] header, Clock clock) {
        refuseExisting(folder);
        KeyRing copy = fromHeader(header);
        KeyRing ring = new KeyRing(file(folder), clock, new KeyRingCodec.Contents(copy.users, copy.recovery,
                Map.of(), List.of()));
        ring.save();
        return ring;
    }

    public static KeyRing load(Path folder, Clock clock) {
        Path f = file(folder);
        try {
            if (Files.size(f) > KeyRingCodec.MAX_BYTES) {
                throw new KeyRingException("security.keyring.unreadable", "too large");
            }
            return new KeyRing(f, clock, KeyRingCodec.read(utf8(Files.readAllBytes(f)), false));
        } catch (NoSuchFileException e) {
            throw new KeyRingException("security.keyring.missing", e.toString());
        } catch (KeyRingCodec.NewerFormat e) {
            throw new KeyRingException("security.keyring.newer", e.getMessage());
        } catch (IOException | JsonReader.SyntaxException e) {
            throw new KeyRingException("security.keyring.unreadable", e.getMessage());
        }
    }

    /** The wrapped copies a backup carries (users and recovery; no attempts, no failed logins). */
    public synchronized byte[] headerCopy() {
        return KeyRingCodec.write(new KeyRingCodec.Contents(users, recovery, Map.of(), List.of()), false)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A backup's copy, to unlock the backup; kept in memory only. */
    public static KeyRing fromHeader(byte[] header) {
        try {
            if (header.length > KeyRingCodec.MAX_BYTES) {
                throw new KeyRingException("security.keyring.unreadable", "too large");
            }
            return new KeyRing(null, Clock.systemUTC(), KeyRingCodec.read(utf8(header), true));
        } catch (KeyRingCodec.NewerFormat e) {
            throw new KeyRingException("security.keyring.newer", e.getMessage());
        } catch (IOException | JsonReader.SyntaxException e) {
            throw new KeyRingException("security.keyring.unreadable", e.getMessage());
        }
    }

    /**
     * The file key for a user's password.
     *
     * @throws WrongPasswordException     for an unknown name or a wrong password (the same sentence and cost)
     * @throws TooManyAttemptsException   while this name must wait after too many wrong passwords in a row
     */
    public synchronized FileKey unlock(String user, char[] password) {
        String name = user == null ? "" : truncate(user);
        long now = clock.millis();
        KeyRingCodec.Attempts a = attempts.get(name);
        if (a != null && now < a.notBefore()) {
            throw new TooManyAttemptsException((a.notBefore() - now + 999) / 1000);
        }
        KeyWrap w = user == null ? null : users.get(user);
        FileKey key;
        if (w == null) {
            java.util.Arrays.fill(Argon2id.deriveKey(password, NO_SALT), (byte) 0);
            key = null;
        } else {
            key = w.open(Argon2id.derive(password, w.salt(), w.params(), 32), KeyWrap.userPurpose(user));
        }
        if (key == null) {
            failure(name, now);
            save();
            throw new WrongPasswordException();
        }
        if (attempts.remove(name) != null) {
            save();
        }
        return key;
    }

    /** The file key for the recovery key. @throws WrongRecoveryKeyException when it is not this ring's */
    public synchronized FileKey recover(RecoveryKey key) {
        FileKey k = recovery.open(key.deriveKey(recovery.salt()), KeyWrap.recoveryPurpose());
        if (k == null) {
            throw new WrongRecoveryKeyException();
        }
        return k;
    }

    /** Adds the user, or gives an existing one a new password. */
    public synchronized void put(String user, char[] password, FileKey key) {
        if (user == null || user.isBlank() || user.length() > KeyRingCodec.MAX_NAME
                || user.chars().anyMatch(Character::isISOControl)) {
            throw new KeyRingException("security.keyring.badName", "user name");
        }
        byte[] salt = KeyWrap.random(16);
        users.put(user, KeyWrap.seal(KeyWrap.ARGON2ID, Argon2id.DEFAULT, salt,
                Argon2id.derive(password, salt, Argon2id.DEFAULT, 32), key, KeyWrap.userPurpose(user)));
        save();
    }

    public synchronized void remove(String user) {
        if (users.remove(user) != null) {
            save();
        }
    }

    public synchronized Set<String> users() {
        return new TreeSet<>(users.keySet());
    }

    /** A new recovery key in place of the old one (which no longer opens anything). */
    public synchronized RecoveryKey renewRecovery(FileKey key) {
        RecoveryKey rk = RecoveryKey.generate();
        recovery = sealRecovery(rk, key);
        save();
        return rk;
    }

    /** The failed logins not yet in the audit log; they are removed from the key ring. */
    public synchronized List<FailedLogin> drainFailures() {
        List<FailedLogin> out = List.copyOf(failed);
        if (!failed.isEmpty()) {
            failed.clear();
            save();
        }
        return out;
    }

    private void failure(String name, long now) {
        KeyRingCodec.Attempts old = attempts.remove(name);
        int n = old == null ? 1 : old.failures() + 1;
        long wait = LoginThrottle.waitMillis(n);
        long notBefore = wait == 0 ? 0 : now + wait;
        attempts.put(name, new KeyRingCodec.Attempts(n, notBefore));
        trim(attempts.keySet().iterator(), attempts.size());
        failed.add(new FailedLogin(name, Instant.ofEpochMilli(now)));
        trim(failed.iterator(), failed.size());
    }

    /** Drops the oldest entries beyond the limit, so that typed names cannot grow the file without end. */
    private static void trim(Iterator<?> oldestFirst, int size) {
        for (int extra = size - KeyRingCodec.MAX_TRACKED; extra > 0 && oldestFirst.hasNext(); extra--) {
            oldestFirst.next();
            oldestFirst.remove();
        }
    }

    private static KeyWrap sealRecovery(RecoveryKey rk, FileKey key) {
        byte[] salt = KeyWrap.random(32);
        return KeyWrap.seal(KeyWrap.HKDF, null, salt, rk.deriveKey(salt), key, KeyWrap.recoveryPurpose());
    }

    private void save() {
        if (file == null) {
            return; // a backup's copy lives in memory only
        }
        try {
            PrivateFile.writeAtomically(file, KeyRingCodec.write(new KeyRingCodec.Contents(users, recovery,
                    attempts, failed), true).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KeyRingException("security.keyring.writeFailed", e.toString());
        }
    }

    private static void refuseExisting(Path folder) {
        if (exists(folder)) {
            throw new KeyRingException("security.keyring.exists", file(folder).toString());
        }
        if (!Files.isDirectory(folder)) {
            throw new KeyRingException("security.keyring.writeFailed", "no folder " + folder);
        }
    }

    static String truncate(String user) {
        return user.length() <= KeyRingCodec.MAX_NAME ? user : user.substring(0, KeyRingCodec.MAX_NAME);
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    @Override
    public String toString() {
        return "KeyRing[" + users.size() + " users]";
    }
}
