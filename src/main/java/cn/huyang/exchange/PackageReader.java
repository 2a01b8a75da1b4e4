package cn.huyang.exchange;

import cn.huyang.db.Migrations;
import cn.huyang.exchange.PackageRefusal.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opens a package sent to this database and checks all of it before the caller sees a row
 * (docs/packages.md): magic and size; addressed to this database (told before decrypting); decrypts
 * (a changed byte: tampered); the zip within its limits; the manifest's signature by the sender key it
 * names; every table file's SHA-256, line format and row count, none missing or extra; and last the
 * format and schema versions, not newer than this program's. Any failure is one {@link PackageRefusal}.
 */
public final class PackageReader {
    private final DatabaseKeys own;
    private final PackageLimits limits;
    private final String schema;

    public PackageReader(DatabaseKeys own, PackageLimits limits) {
        this(own, limits, Migrations.latest().getVersion());
    }

    /** A reader that takes {@code schema} for this program's schema version (tests). */
    PackageReader(DatabaseKeys own, PackageLimits limits, String schema) {
        this.own = own;
        this.limits = limits;
        this.schema = schema;
    }

    public OpenedPackage read(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new PackageRefusal(Reason.TOO_LARGE, name, String.valueOf(size),
                        String.valueOf(limits.maxFileBytes()));
            }
            return read(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public OpenedPackage read(byte[] file, String name) {
        if (file.length > limits.maxFileBytes()) {
            throw new PackageRefusal(Reason.TOO_LARGE, name, String.valueOf(file.length),
                    String.valueOf(limits.maxFileBytes()));
        }
        PackageSeal.Header header = PackageSeal.header(file, name);
        if (!header.recipient().equals(own.databaseId())) {
            throw new PackageRefusal(Reason.NOT_ADDRESSED, header.recipient(), own.databaseId());
        }
        Map<String, byte[]> entries = PackageZip.read(PackageSeal.open(file, header, own.agreement()), limits);
        byte[] manifestBytes = required(entries, PackageZip.MANIFEST);
        byte[] signature = required(entries, PackageZip.SIGNATURE);
        PackageManifest manifest = ManifestCodec.read(manifestBytes);
        PublicKey senderKey = PackageKeys.publicKey(PackageKeys.SIGNING, manifest.senderKey());
        if (!PackageKeys.verify(senderKey, manifestBytes, signature)) {
            throw new PackageRefusal(Reason.BAD_SIGNATURE);
        }
        if (!manifest.recipientDatabase().equals(own.databaseId())) {
            throw new PackageRefusal(Reason.NOT_ADDRESSED, manifest.recipientDatabase(), own.databaseId());
        }
        Map<String, PackageTable> tables = tables(manifest, entries);
        if (manifest.format() > PackageManifest.FORMAT) {
            throw new PackageRefusal(Reason.NEWER_FORMAT, String.valueOf(manifest.format()),
                    String.valueOf(PackageManifest.FORMAT));
        }
        if (newer(manifest.schema(), schema)) {
            throw new PackageRefusal(Reason.NEWER_SCHEMA, manifest.schema(), schema);
        }
        return new OpenedPackage(manifest, tables);
    }

    private Map<String, PackageTable> tables(PackageManifest manifest, Map<String, byte[]> entries) {
        for (String entry : entries.keySet()) {
            if (entry.startsWith(PackageZip.TABLES) && manifest.file(PackageZip.tableOf(entry)) == null) {
                throw new PackageRefusal(Reason.FILE_MISMATCH, entry);
            }
        }
        Map<String, PackageTable> tables = new LinkedHashMap<>();
        for (PackageManifest.FileEntry f : manifest.files()) {
            byte[] data = entries.get(f.path());
            if (data == null || !PackageKeys.sha256Hex(data).equals(f.sha256())) {
                throw new PackageRefusal(Reason.FILE_MISMATCH, f.path());
            }
            PackageTable t = TableFile.read(f.path(), f.table(), data, limits.maxLineBytes());
            if (t.rows().size() != f.rows()) {
                throw new PackageRefusal(Reason.FILE_MISMATCH, f.path());
            }
            tables.put(f.table(), t);
        }
        return tables;
    }

    /** Whether the version {@code a} (dot-separated numbers, as Flyway's) is above {@code b}. */
    static boolean newer(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            java.math.BigInteger p = i < x.length ? new java.math.BigInteger(x[i]) : java.math.BigInteger.ZERO;
            java.math.BigInteger q = i < y.length ? new java.math.BigInteger(y[i]) : java.math.BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c > 0;
            }
        }
        return false;
    }

    private static byte[] required(Map<String, byte[]> entries, String name) {
        byte[] data = entries.get(name);
        if (data == null) {
            throw new PackageRefusal(Reason.UNSAFE_CONTENT, new PackageRefusal.Detail("package.unsafe.missing", name));
        }
        return data;
    }
}
