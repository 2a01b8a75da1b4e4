package cn.huyang.exchange;

import static cn.huyang.exchange.PackageFixtures.keys;
import static cn.huyang.exchange.PackageFixtures.manifest;
import static cn.huyang.exchange.PackageFixtures.tables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.common.Messages;
import cn.huyang.exchange.PackageRefusal.Reason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Sealing and opening a package: the round trip, and every refusal before the caller gets a row. */
class PackageReaderTest {
    private final DatabaseKeys office = keys();
    private final DatabaseKeys department = keys();
    private final PackageReader reader = new PackageReader(office, PackageLimits.DEFAULT, "20");

    private byte[] sealed() {
        return PackageWriter.write(manifest(department, office), tables(), department, office.databaseId(),
                office.identity().agreementKey());
    }

    /** A payload sealed to the office as it is, whatever it holds. */
    private byte[] seal(byte[] payload) {
        return PackageSeal.seal(payload, office.databaseId(), office.identity().agreementKey());
    }

    private AbstractThrowableAssert<?, ?> refused(byte[] file, Reason reason) {
        return assertThatThrownBy(() -> reader.read(file, "x.hypkg")).isInstanceOfSatisfying(PackageRefusal.class,
                r -> assertThat(r.reason()).as(r.getMessage()).isEqualTo(reason));
    }

    @Test
    void aSealedPackageOpensWithEveryValueAsItWasWritten() {
        OpenedPackage p = reader.read(sealed(), "x.hypkg");
        assertThat(p.tables().values()).containsExactlyElementsOf(tables());
        PackageManifest m = p.manifest();
        assertThat(m.senderDatabase()).isEqualTo(department.databaseId());
        assertThat(m.recipientDatabase()).isEqualTo(office.databaseId());
        assertThat(m.senderAccount()).isEqualTo("xibu-jsj");
        assertThat(m.department()).isEqualTo("JSJ");
        assertThat(m.sequence()).isEqualTo(3);
        assertThat(m.base()).isEqualTo(2L);
        assertThat(m.files()).extracting(PackageManifest.FileEntry::table, PackageManifest.FileEntry::rows)
                .containsExactly(org.assertj.core.api.Assertions.tuple("counselor", 3L),
                        org.assertj.core.api.Assertions.tuple("work_record", 2L));
        assertThat(p.table("counselor").rows().get(0).get(2)).isEqualTo("谈心\t谈话\n第二行\r\n");
        assertThat(p.table("counselor").rows().get(1).get(2)).isNull();
        assertThat(p.table("counselor").rows().get(2).get(1)).isEqualTo("\\N");
        // nothing of the content is readable in the file
        String raw = new String(sealed(), StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("huyang-package 1\n" + office.databaseId() + "\n")
                .doesNotContain("counselor").doesNotContain("manifest");
    }

    @Test
    void oneByteChangedAnywhereIsRefusedAndNothingIsReturned() {
        byte[] good = sealed();
        int afterId = PackageSeal.MAGIC.length + PackageSeal.ID_CHARS + 1;
        Map<Integer, Reason> positions = Map.of(
                0, Reason.NOT_A_PACKAGE,                       // the magic line
                PackageSeal.MAGIC.length + 3, Reason.NOT_ADDRESSED, // the recipient's id
                afterId + 10, Reason.TAMPERED,                 // the fresh public key
                PackageSeal.HEADER_BYTES - 2, Reason.TAMPERED,  // the nonce
                PackageSeal.HEADER_BYTES + 40, Reason.TAMPERED, // the ciphertext
                good.length - 1, Reason.TAMPERED);             // the tag
        positions.forEach((at, reason) -> {
            byte[] bad = good.clone();
            bad[at] ^= 0x01;
            refused(bad, reason);
        });
        refused(java.util.Arrays.copyOf(good, good.length - 20), Reason.TAMPERED);
        refused(java.util.Arrays.copyOf(good, 50), Reason.TAMPERED);
        refused("PK\u0003\u0004 a zip".getBytes(StandardCharsets.ISO_8859_1), Reason.NOT_A_PACKAGE);
    }

    @Test
    void aPackageForAnotherOfficeIsRefusedBeforeDecryptionNamingBothDatabases() {
        DatabaseKeys other = keys();
        byte[] forOther = PackageWriter.write(manifest(department, other), tables(), department, other.databaseId(),
                other.identity().agreementKey());
        // our reader could not decrypt it anyway; the reason given is the address, read in clear
        refused(forOther, Reason.NOT_ADDRESSED).hasMessageContaining(other.databaseId())
                .hasMessageContaining(office.databaseId());
        // the header says this office, the signed manifest another: refused too
        byte[] inside = PackageWriter.payload(manifest(department, other), tables(), department.signing());
        refused(seal(inside), Reason.NOT_ADDRESSED);
    }

    @Test
    void aSignatureByAnotherKeyThanTheManifestsIsRefused() {
        DatabaseKeys impostor = keys();
        byte[] payload = PackageWriter.payload(manifest(department, office), tables(), impostor.signing());
        refused(seal(payload), Reason.BAD_SIGNATURE);
        Map<String, byte[]> entries = PackageFixtures.entries(manifest(department, office), tables(), department);
        entries.put(PackageZip.SIGNATURE, new byte[3]);
        refused(seal(PackageFixtures.zip(entries)), Reason.BAD_SIGNATURE);
    }

    @Test
    void aTableFileOtherThanTheManifestSaysIsRefused() {
        Map<String, byte[]> good = PackageFixtures.entries(manifest(department, office), tables(), department);
        Map<String, byte[]> changed = PackageFixtures.copy(good);
        byte[] file = changed.get("tables/work_record.tsv").clone();
        file[file.length - 2] = 'X';
        changed.put("tables/work_record.tsv", file);
        refused(seal(PackageFixtures.zip(changed)), Reason.FILE_MISMATCH).hasMessageContaining("tables/work_record.tsv");

        Map<String, byte[]> missing = PackageFixtures.copy(good);
        missing.remove("tables/counselor.tsv");
        refused(seal(PackageFixtures.zip(missing)), Reason.FILE_MISMATCH).hasMessageContaining("tables/counselor.tsv");

        Map<String, byte[]> extra = PackageFixtures.copy(good);
        extra.put("tables/student.tsv", "uuid\nx\n".getBytes(StandardCharsets.UTF_8));
        refused(seal(PackageFixtures.zip(extra)), Reason.FILE_MISMATCH).hasMessageContaining("tables/student.tsv");

        // the hash fits but the row count does not: the manifest is signed, so this is the sender's mistake
        PackageManifest lying = manifest(department, office).withFiles(List.of(new PackageManifest.FileEntry(
                "work_record", 5, PackageKeys.sha256Hex(good.get("tables/work_record.tsv")))));
        byte[] m = ManifestCodec.write(lying);
        Map<String, byte[]> rows = new java.util.LinkedHashMap<>();
        rows.put(PackageZip.MANIFEST, m);
        rows.put(PackageZip.SIGNATURE, PackageKeys.sign(department.signing(), m));
        rows.put("tables/work_record.tsv", good.get("tables/work_record.tsv"));
        refused(seal(PackageFixtures.zip(rows)), Reason.FILE_MISMATCH);
    }

    @Test
    void aNewerFormatOrSchemaIsRefusedNamingBothVersions() {
        byte[] newerSchema = PackageWriter.write(manifest(department, office, 1, "21"), tables(), department,
                office.databaseId(), office.identity().agreementKey());
        refused(newerSchema, Reason.NEWER_SCHEMA).hasMessageContaining("21").hasMessageContaining("20");
        assertThat(new PackageReader(office, PackageLimits.DEFAULT, "21").read(newerSchema, "x").tables()).hasSize(2);
        assertThat(new PackageReader(office, PackageLimits.DEFAULT, "20.1").read(sealed(), "x").tables()).hasSize(2);

        byte[] newerFormat = PackageWriter.write(manifest(department, office, 2, "20"), tables(), department,
                office.databaseId(), office.identity().agreementKey());
        refused(newerFormat, Reason.NEWER_FORMAT).hasMessageContaining("2").hasMessageContaining("1");
        byte[] outer = sealed();
        outer[PackageSeal.MAGIC.length - 2] = '7';
        refused(outer, Reason.NEWER_FORMAT).hasMessageContaining("格式版本 7");
        // a newer format whose manifest does not read as this one's
        String v2 = "{\"format\":2,\"everything\":\"else\"}";
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put(PackageZip.MANIFEST, v2.getBytes(StandardCharsets.UTF_8));
        entries.put(PackageZip.SIGNATURE, PackageKeys.sign(department.signing(), v2.getBytes(StandardCharsets.UTF_8)));
        refused(seal(PackageFixtures.zip(entries)), Reason.NEWER_FORMAT);
    }

    @Test
    void theRefusalSpeaksTheUsersLanguage() {
        byte[] bad = sealed();
        bad[bad.length - 1] ^= 1;
        PackageRefusal r = org.junit.jupiter.api.Assertions.assertThrows(PackageRefusal.class,
                () -> reader.read(bad, "x.hypkg"));
        assertThat(r.render(Messages.forLanguage("zh"))).contains("已被改动或已损坏");
        assertThat(r.render(Messages.forLanguage("en"))).contains("was changed or is damaged");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() {
        PackageReader small = new PackageReader(office, new PackageLimits(100, 10, 1000, 1000, 1000, 1000), "20");
        assertThatThrownBy(() -> small.read(sealed(), "big.hypkg")).isInstanceOfSatisfying(PackageRefusal.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.TOO_LARGE));
    }
}
