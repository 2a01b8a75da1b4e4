package cn.huyang.exchange;

import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditLog;
import cn.huyang.db.Transactor;
import cn.huyang.security.TextCipher;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * This database's identity for the data packages, made at its first need: a random UUID and two key
 * pairs whose private halves are sealed under the office's data key ({@link TextCipher}, as the student
 * files are), so only an account holding that key can sign or open a package. The public identity
 * reads without the key. Creating it is one transaction with its audit row.
 */
public final class DatabaseIdentities {
    static final String TABLE = "database_identity";
    static final String SIGNING_COLUMN = "signing_sealed";
    static final String AGREEMENT_COLUMN = "agreement_sealed";

    private final Transactor tx;
    private final DatabaseIdentityRepository repository;
    private final TextCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    public DatabaseIdentities(Transactor tx, DatabaseIdentityRepository repository, TextCipher cipher, AuditLog audit,
                              Clock clock) {
        this.tx = tx;
        this.repository = repository;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** The identity, if this database has one yet. */
    public Optional<DatabaseIdentity> existing() {
        return tx.inTransaction(repository::find).map(DatabaseIdentities::identity);
    }

    /**
     * The identity, made now when there is none. Making it needs the office's data key: a user without
     * it is refused ({@code textKey.withheld}) and nothing is written.
     */
    public DatabaseIdentity identity() {
        return identity(stored());
    }

    /**
     * The identity under the id an office package for this new PC gave it, made now (the folder has none
     * yet); an identity already made under another id is kept and refused.
     */
    DatabaseIdentity identity(String givenId) {
        DatabaseIdentityRepository.Stored s = tx.inTransaction(() -> create(givenId));
        if (!s.databaseId().equals(givenId)) {
            throw new IllegalStateException("this database has another identity already");
        }
        return identity(s);
    }

    /** The identity with its private keys opened; refused ({@code textKey.withheld}) without the data key. */
    public DatabaseKeys keys() {
        DatabaseIdentityRepository.Stored s = stored();
        String id = s.databaseId();
        return new DatabaseKeys(identity(s),
                open(PackageKeys.SIGNING, cipher.open(TABLE, SIGNING_COLUMN, id, s.signingSealed())),
                open(PackageKeys.AGREEMENT, cipher.open(TABLE, AGREEMENT_COLUMN, id, s.agreementSealed())));
    }

    private DatabaseIdentityRepository.Stored stored() {
        Optional<DatabaseIdentityRepository.Stored> found = tx.inTransaction(repository::find);
        if (found.isPresent()) {
            return found.get();
        }
        try {
            return tx.inTransaction(() -> create(UUID.randomUUID().toString()));
        } catch (RuntimeException e) {
            // another PC on the same server made it a moment ago: theirs stands
            return tx.inTransaction(repository::find).orElseThrow(() -> e);
        }
    }

    private DatabaseIdentityRepository.Stored create(String id) {
        Optional<DatabaseIdentityRepository.Stored> found = repository.find();
        if (found.isPresent()) {
            return found.get();
        }
        if (!cipher.available()) {
            throw new cn.huyang.security.SecurityRefusal("textKey.withheld");
        }
        KeyPair signing = PackageKeys.newSigningPair();
        KeyPair agreement = PackageKeys.newAgreementPair();
        DatabaseIdentityRepository.Stored s = new DatabaseIdentityRepository.Stored(id,
                PackageKeys.encode(signing.getPublic()), PackageKeys.encode(agreement.getPublic()),
                cipher.seal(TABLE, SIGNING_COLUMN, id, encode(signing.getPrivate())),
                cipher.seal(TABLE, AGREEMENT_COLUMN, id, encode(agreement.getPrivate())),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        repository.insert(s);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("databaseId", id);
        details.put("signingKey", PackageKeys.fingerprint(signing.getPublic()));
        details.put("agreementKey", PackageKeys.fingerprint(agreement.getPublic()));
        audit.record(AuditAction.CREATE, TABLE, id, details);
        return s;
    }

    private static DatabaseIdentity identity(DatabaseIdentityRepository.Stored s) {
        return new DatabaseIdentity(s.databaseId(), PackageKeys.publicKey(PackageKeys.SIGNING, s.signingPublic()),
                PackageKeys.publicKey(PackageKeys.AGREEMENT, s.agreementPublic()), s.createdAt());
    }

    private static String encode(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    private static PrivateKey open(String algorithm, String base64) {
        return PackageKeys.privateKey(algorithm, Base64.getDecoder().decode(base64));
    }
}
