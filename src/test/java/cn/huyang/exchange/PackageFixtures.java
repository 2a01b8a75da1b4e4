package cn.huyang.exchange;

import cn.huyang.access.Role;
import java.security.KeyPair;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Keys of databases held in memory, a manifest and two tables for the package tests. */
final class PackageFixtures {
    private PackageFixtures() {
    }

    /** A database's identity with its private keys, made here (no store). */
    static DatabaseKeys keys() {
        KeyPair signing = PackageKeys.newSigningPair();
        KeyPair agreement = PackageKeys.newAgreementPair();
        DatabaseIdentity id = new DatabaseIdentity(UUID.randomUUID().toString(), signing.getPublic(),
                agreement.getPublic(), LocalDateTime.of(2026, 6, 15, 10, 0));
        return new DatabaseKeys(id, signing.getPrivate(), agreement.getPrivate());
    }

    /** New keys under a given database id (an impostor's). */
    static DatabaseKeys keysNamed(String databaseId) {
        DatabaseKeys k = keys();
        DatabaseIdentity id = new DatabaseIdentity(databaseId, k.identity().signingKey(), k.identity().agreementKey(),
                k.identity().createdAt());
        return new DatabaseKeys(id, k.signing(), k.agreement());
    }

    static PackageManifest manifest(DatabaseKeys sender, DatabaseKeys office) {
        return manifest(sender, office, PackageManifest.FORMAT, "20");
    }

    static PackageManifest manifest(DatabaseKeys sender, DatabaseKeys office, int format, String schema) {
        return new PackageManifest(format, schema, sender.databaseId(),
                PackageKeys.encode(sender.identity().signingKey()), PackageKeys.encode(sender.identity().agreementKey()),
                office.databaseId(), "xibu-jsj", Role.DEPARTMENT, "JSJ", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), 3, 2, 2L,
                LocalDateTime.of(2026, 6, 15, 10, 30), List.of());
    }

    /** Two tables with nulls, tabs, line feeds, returns, backslashes and Chinese text. */
    static List<PackageTable> tables() {
        PackageTable counselors = new PackageTable("counselor", List.of("uuid", "name", "note", "born", "allowance"),
                List.of(row("6f1c0a52-1d5e-4c1e-9c59-0d8a9b7c1a01", "王芳", "谈心\t谈话\n第二行\r\n", "1990-05-01", "1500.50"),
                        row("6f1c0a52-1d5e-4c1e-9c59-0d8a9b7c1a02", "李娜", null, null, "0"),
                        row("6f1c0a52-1d5e-4c1e-9c59-0d8a9b7c1a03", "\\N", "", "2001-02-03", "\\t不是制表符\\")));
        PackageTable records = new PackageTable("work_record", List.of("uuid", "text"),
                List.of(row("a1", "班会：\t“安全教育”"), row("a2", null)));
        return List.of(counselors, records);
    }

    static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    /** A zip of these entries as given (names as they are, nothing checked). */
    static byte[] zip(Map<String, byte[]> entries) {
        return PackageZip.write(entries);
    }

    /** The entries of a good payload, to change one by one. */
    static Map<String, byte[]> entries(PackageManifest manifest, List<PackageTable> tables, DatabaseKeys signer) {
        return PackageZip.read(PackageWriter.payload(manifest, tables, signer.signing()), PackageLimits.DEFAULT);
    }

    static Map<String, byte[]> copy(Map<String, byte[]> entries) {
        return new LinkedHashMap<>(entries);
    }
}
