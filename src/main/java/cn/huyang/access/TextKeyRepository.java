package cn.huyang.access;

import static cn.huyang.db.jooq.Tables.ACCOUNT_KEY;
import static cn.huyang.db.jooq.Tables.TEXT_KEY;
import static cn.huyang.db.jooq.Tables.TEXT_KEY_GRANT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The key pairs of the accounts, the grants of the office's data key, and the key's fingerprint. */
public class TextKeyRepository {
    private final DSLContext dsl;

    public TextKeyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An account's public key and sealed private half. */
    public record StoredPair(String holder, String publicKey, String sealedPrivate) {
        @Override
        public String toString() {
            return "StoredPair[" + holder + "]";
        }
    }

    public Optional<StoredPair> pair(String holder) {
        return dsl.select(ACCOUNT_KEY.HOLDER, ACCOUNT_KEY.PUBLIC_KEY, ACCOUNT_KEY.SEALED_PRIVATE).from(ACCOUNT_KEY)
                .where(ACCOUNT_KEY.HOLDER.eq(holder))
                .fetchOptional(r -> new StoredPair(r.value1(), r.value2(), r.value3()));
    }

    /** Replaces the holder's pair; its grant goes with the old pair. */
    public void putPair(String holder, String publicKey, String sealedPrivate, LocalDateTime at) {
        removeHolder(holder);
        dsl.insertInto(ACCOUNT_KEY, ACCOUNT_KEY.HOLDER, ACCOUNT_KEY.PUBLIC_KEY, ACCOUNT_KEY.SEALED_PRIVATE,
                ACCOUNT_KEY.CREATED_AT).values(holder, publicKey, sealedPrivate, at).execute();
    }

    public void removeHolder(String holder) {
        dsl.deleteFrom(TEXT_KEY_GRANT).where(TEXT_KEY_GRANT.HOLDER.eq(holder)).execute();
        dsl.deleteFrom(ACCOUNT_KEY).where(ACCOUNT_KEY.HOLDER.eq(holder)).execute();
    }

    public Optional<String> grant(String holder) {
        return dsl.select(TEXT_KEY_GRANT.SEALED_KEY).from(TEXT_KEY_GRANT).where(TEXT_KEY_GRANT.HOLDER.eq(holder))
                .fetchOptional(TEXT_KEY_GRANT.SEALED_KEY);
    }

    public void removeGrant(String holder) {
        dsl.deleteFrom(TEXT_KEY_GRANT).where(TEXT_KEY_GRANT.HOLDER.eq(holder)).execute();
    }

    public void putGrant(String holder, String sealedKey, LocalDateTime at) {
        removeGrant(holder);
        dsl.insertInto(TEXT_KEY_GRANT, TEXT_KEY_GRANT.HOLDER, TEXT_KEY_GRANT.SEALED_KEY, TEXT_KEY_GRANT.GRANTED_AT)
                .values(holder, sealedKey, at).execute();
    }

    /** The pairs that have no grant yet: whoever holds the key grants it to them. */
    public List<StoredPair> pairsWithoutGrant() {
        return dsl.select(ACCOUNT_KEY.HOLDER, ACCOUNT_KEY.PUBLIC_KEY, ACCOUNT_KEY.SEALED_PRIVATE).from(ACCOUNT_KEY)
                .whereNotExists(dsl.selectOne().from(TEXT_KEY_GRANT).where(TEXT_KEY_GRANT.HOLDER.eq(ACCOUNT_KEY.HOLDER)))
                .orderBy(ACCOUNT_KEY.HOLDER)
                .fetch(r -> new StoredPair(r.value1(), r.value2(), r.value3()));
    }

    public Optional<String> fingerprint() {
        return dsl.select(TEXT_KEY.FINGERPRINT).from(TEXT_KEY).where(TEXT_KEY.ID.eq(1)).fetchOptional(TEXT_KEY.FINGERPRINT);
    }

    /** Records the office's key once; a second key (another PC at the same moment) fails on the primary key. */
    public void createKey(String fingerprint, LocalDateTime at) {
        dsl.insertInto(TEXT_KEY, TEXT_KEY.ID, TEXT_KEY.FINGERPRINT, TEXT_KEY.CREATED_AT).values(1, fingerprint, at).execute();
    }
}
