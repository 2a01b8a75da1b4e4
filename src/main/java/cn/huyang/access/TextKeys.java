package cn.huyang.access;

import cn.huyang.db.Transactor;
import cn.huyang.security.AccountKeys;
import cn.huyang.security.RecoveryKey;
import cn.huyang.security.TextCipher;
import cn.huyang.security.WrongPasswordException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * The office's data key for sealed texts, the same in every store (docs/roles.md, "the data key").
 * It is created at the first login that finds none and reaches every account as a grant to the
 * account's public key: at login an account makes its key pair if it has none (or its password has
 * changed since), opens its grant, and grants the key to every account still waiting for it. Setting
 * a password gives the account a new pair and, when the person setting it holds the key, a grant.
 */
public final class TextKeys {
    /** The holder whose private half the recovery key of a data folder opens. */
    public static final String RECOVERY = "#recovery";

    private final Transactor tx;
    private final TextKeyRepository keys;
    private final Clock clock;

    public TextKeys(Transactor tx, TextKeyRepository keys, Clock clock) {
        this.tx = tx;
        this.keys = keys;
        this.clock = clock;
    }

    /** What a session holds: the cipher and, to grant it onward, the data key (none when withheld). */
    public static final class Held {
        private final byte[] dataKey;
        private final TextCipher cipher;

        private Held(byte[] dataKey) {
            this.dataKey = dataKey;
            this.cipher = dataKey == null ? TextCipher.withheld() : TextCipher.of(dataKey);
        }

        public static Held none() {
            return new Held(null);
        }

        public TextCipher cipher() {
            return cipher;
        }

        public boolean holdsKey() {
            return dataKey != null;
        }

        @Override
        public String toString() {
            return "Held[" + (dataKey != null) + "]";
        }
    }

    /** The key for an account that has just given its password (the login checked it). */
    public Held unlock(String userName, char[] password) {
        return tx.inTransaction(() -> {
            PrivateKey own = ownKey(userName, password);
            byte[] key = open(userName, own);
            if (key == null && keys.fingerprint().isEmpty()) {
                key = AccountKeys.newDataKey();
                keys.createKey(AccountKeys.fingerprint(key), now());
                keys.putGrant(userName, AccountKeys.grant(key, keys.pair(userName).orElseThrow().publicKey()), now());
            }
            Held held = new Held(key);
            grantWaiting(held);
            return held;
        });
    }

    /** The key through the recovery pair of a data folder; withheld when the folder has none. */
    public Held recover(RecoveryKey recovery) {
        return tx.inTransaction(() -> {
            Optional<TextKeyRepository.StoredPair> pair = keys.pair(RECOVERY);
            if (pair.isEmpty()) {
                return Held.none();
            }
            PrivateKey own = AccountKeys.openRecoveryPrivate(pair.get().sealedPrivate(), recovery);
            Held held = new Held(open(RECOVERY, own));
            grantWaiting(held);
            return held;
        });
    }

    /** Gives the recovery key of a data folder its own pair, granted the key when {@code by} holds it. */
    public void putRecovery(RecoveryKey recovery, Held by) {
        tx.inTransaction(() -> {
            AccountKeys.Pair pair = AccountKeys.newRecoveryPair(recovery);
            keys.putPair(RECOVERY, pair.publicKey(), pair.sealedPrivate(), now());
            grantWaiting(by);
        });
    }

    /** A password was set for this account (created, reset, changed, recovered): a new pair, granted by {@code by}. */
    public void passwordSet(String userName, char[] password, Held by) {
        tx.inTransaction(() -> {
            AccountKeys.Pair pair = AccountKeys.newPair(password);
            keys.putPair(userName, pair.publicKey(), pair.sealedPrivate(), now());
            grantWaiting(by);
        });
    }

    /** A disabled account keeps no pair and no grant. */
    public void removed(String userName) {
        tx.inTransaction(() -> keys.removeHolder(userName));
    }

    /** Credentials that keep the account pairs in step with every password set through {@code base}. */
    public Credentials following(Credentials base, Held by) {
        return new Credentials() {
            @Override
            public void put(String userName, char[] password) {
                base.put(userName, password);
                passwordSet(userName, password, by);
            }

            @Override
            public void remove(String userName) {
                base.remove(userName);
                removed(userName);
            }
        };
    }

    private PrivateKey ownKey(String userName, char[] password) {
        Optional<TextKeyRepository.StoredPair> stored = keys.pair(userName);
        if (stored.isPresent()) {
            try {
                return AccountKeys.openPrivate(stored.get().sealedPrivate(), password);
            } catch (WrongPasswordException e) {
                // the password was set where no pair followed it: a new pair below
            }
        }
        AccountKeys.Pair pair = AccountKeys.newPair(password);
        keys.putPair(userName, pair.publicKey(), pair.sealedPrivate(), now());
        return pair.privateKey();
    }

    private byte[] open(String holder, PrivateKey own) {
        Optional<String> grant = keys.grant(holder);
        if (grant.isEmpty()) {
            return null;
        }
        byte[] key;
        try {
            key = AccountKeys.openGrant(grant.get(), own);
        } catch (WrongPasswordException e) {
            keys.removeGrant(holder);
            return null;
        }
        if (!keys.fingerprint().map(AccountKeys.fingerprint(key)::equals).orElse(false)) {
            Arrays.fill(key, (byte) 0);
            keys.removeGrant(holder); // a grant of some other key: not this office's
            return null;
        }
        return key;
    }

    private void grantWaiting(Held by) {
        if (!by.holdsKey()) {
            return;
        }
        for (TextKeyRepository.StoredPair p : keys.pairsWithoutGrant()) {
            keys.putGrant(p.holder(), AccountKeys.grant(by.dataKey, p.publicKey()), now());
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
