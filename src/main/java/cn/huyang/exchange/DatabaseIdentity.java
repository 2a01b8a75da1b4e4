package cn.huyang.exchange;

import java.security.PublicKey;
import java.time.LocalDateTime;

/**
 * Who this database is to other databases: its id (a UUID, never a numeric key) and the public halves
 * of its keys — Ed25519 to check what it signs, X25519 to seal packages to it.
 */
public record DatabaseIdentity(String databaseId, PublicKey signingKey, PublicKey agreementKey,
                               LocalDateTime createdAt) {
}
