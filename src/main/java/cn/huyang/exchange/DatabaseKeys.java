package cn.huyang.exchange;

import java.security.PrivateKey;

/**
 * This database's identity with its private keys opened (under the office's data key): to sign the
 * packages it sends and to open the ones sent to it. Held only as long as the work needs it; its
 * {@link #toString()} names no key.
 */
public record DatabaseKeys(DatabaseIdentity identity, PrivateKey signing, PrivateKey agreement) {
    public String databaseId() {
        return identity.databaseId();
    }

    @Override
    public String toString() {
        return "DatabaseKeys[" + identity.databaseId() + "]";
    }
}
