package cn.huyang.exchange;

import static cn.huyang.db.jooq.Tables.DATABASE_IDENTITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.access.AuditEntry;
import cn.huyang.access.AuditQuery;
import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.security.SealedTextException;
import cn.huyang.security.SecurityRefusal;
import cn.huyang.security.TextCipher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database's identity on a real store (H2, or PostgreSQL): made once, sealed at rest, audited. */
class DatabaseIdentitiesTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(),
            ZONE);
    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    final TextCipher cipher = TextCipher.random();

    @BeforeEach
    void open() {
        db = TestStores.open(dir.resolve("data"), CLOCK);
        ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private DatabaseIdentities identities(TextCipher with) {
        return new Exchange(db, ctx.access(), with, CLOCK, () -> "阿克苏职业技术学院",
                cn.huyang.db.Stamps.system(CLOCK), () -> { }, (s, c, f, t) -> { }).identities();
    }

    @Test
    void theIdentityIsMadeOnceAndStaysTheSame() {
        DatabaseIdentities ids = identities(cipher);
        assertThat(ids.existing()).isEmpty();
        DatabaseIdentity first = ids.identity();
        assertThat(first.databaseId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(first.createdAt()).isEqualTo(LocalDate.of(2026, 6, 15).atTime(10, 0));
        DatabaseIdentity second = identities(cipher).identity();
        assertThat(second).isEqualTo(first);
        assertThat(ids.existing()).contains(first);
        assertThat(db.dsl().fetchCount(DATABASE_IDENTITY)).isEqualTo(1);

        List<AuditEntry> audit = ctx.audit().find(AuditQuery.all()).stream()
                .filter(e -> "database_identity".equals(e.entity())).toList();
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.entityId()).isEqualTo(first.databaseId());
            assertThat(e.details()).contains(PackageKeys.fingerprint(first.signingKey()));
        });
    }

    @Test
    void thePrivateKeysOpenOnlyWithTheOfficesDataKeyAndAreNotInTheTable() {
        DatabaseKeys keys = identities(cipher).keys();
        // the opened keys are the pairs of the public keys: a signature checks, an agreement matches
        byte[] data = "数据包".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(PackageKeys.verify(keys.identity().signingKey(), data, PackageKeys.sign(keys.signing(), data)))
                .isTrue();
        byte[] sealed = PackageSeal.seal(data, keys.databaseId(), keys.identity().agreementKey());
        assertThat(PackageSeal.open(sealed, PackageSeal.header(sealed, "x"), keys.agreement())).isEqualTo(data);

        Record row = db.dsl().selectFrom(DATABASE_IDENTITY).fetchOne();
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            raw.append(row.get(i)).append('|');
        }
        assertThat(row.get(DATABASE_IDENTITY.SIGNING_SEALED)).startsWith("g1:");
        assertThat(row.get(DATABASE_IDENTITY.AGREEMENT_SEALED)).startsWith("g1:");
        for (java.security.PrivateKey k : List.of(keys.signing(), keys.agreement())) {
            byte[] pkcs8 = k.getEncoded();
            byte[] rawKey = java.util.Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length);
            for (String form : List.of(Base64.getEncoder().encodeToString(pkcs8),
                    Base64.getEncoder().encodeToString(rawKey), HexFormat.of().formatHex(rawKey),
                    Base64.getEncoder().encodeToString(rawKey).substring(0, 20))) {
                assertThat(raw.toString()).as("a private key in the table's columns").doesNotContain(form);
            }
        }

        assertThatThrownBy(() -> identities(TextCipher.random()).keys()).isInstanceOf(SealedTextException.class);
        assertThatThrownBy(() -> identities(TextCipher.withheld()).keys()).isInstanceOf(SecurityRefusal.class);
        // the public identity reads without the key
        assertThat(identities(TextCipher.withheld()).identity()).isEqualTo(keys.identity());
    }

    @Test
    void withoutTheDataKeyNoIdentityIsMade() {
        assertThatThrownBy(() -> identities(TextCipher.withheld()).identity()).isInstanceOfSatisfying(
                SecurityRefusal.class, e -> assertThat(e.messageKey()).isEqualTo("textKey.withheld"));
        assertThat(db.dsl().fetchCount(DATABASE_IDENTITY)).isZero();
        assertThat(ctx.audit().find(AuditQuery.all())).noneMatch(e -> "database_identity".equals(e.entity()));
    }
}
