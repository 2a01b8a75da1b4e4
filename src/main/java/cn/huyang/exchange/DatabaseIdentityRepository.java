package cn.huyang.exchange;

import static cn.huyang.db.jooq.Tables.DATABASE_IDENTITY;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;

/** The one row of {@code database_identity}: the database's id, public keys and sealed private keys. */
public class DatabaseIdentityRepository {
    private final DSLContext dsl;

    public DatabaseIdentityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The row as stored: public keys base64 X.509, private keys sealed ({@code g1:…}). */
    public record Stored(String databaseId, String signingPublic, String agreementPublic, String signingSealed,
                         String agreementSealed, LocalDateTime createdAt) {
        @Override
        public String toString() {
            return "Stored[" + databaseId + "]";
        }
    }

    public Optional<Stored> find() {
        return dsl.selectFrom(DATABASE_IDENTITY).where(DATABASE_IDENTITY.ID.eq(1))
                .fetchOptional(r -> new Stored(r.getDatabaseId(), r.getSigningPublic(), r.getAgreementPublic(),
                        r.getSigningSealed(), r.getAgreementSealed(), r.getCreatedAt()));
    }

    /** Stores the identity once; a second one (another PC at the same moment) fails on the primary key. */
    public void insert(Stored s) {
        dsl.insertInto(DATABASE_IDENTITY, DATABASE_IDENTITY.ID, DATABASE_IDENTITY.DATABASE_ID,
                        DATABASE_IDENTITY.SIGNING_PUBLIC, DATABASE_IDENTITY.AGREEMENT_PUBLIC,
                        DATABASE_IDENTITY.SIGNING_SEALED, DATABASE_IDENTITY.AGREEMENT_SEALED,
                        DATABASE_IDENTITY.CREATED_AT)
                .values(1, s.databaseId(), s.signingPublic(), s.agreementPublic(), s.signingSealed(),
                        s.agreementSealed(), s.createdAt())
                .execute();
    }
}
