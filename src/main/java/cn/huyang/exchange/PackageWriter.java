package cn.huyang.exchange;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a package (docs/packages.md): each table in the line format ({@link TableFile}), the manifest
 * listing their row counts and SHA-256, its Ed25519 signature by the sending database, all zipped, then
 * sealed to the office database ({@link PackageSeal}).
 */
public final class PackageWriter {
    private PackageWriter() {
    }

    /**
     * The .hypkg bytes of these tables under this manifest (its file list is filled here), signed by
     * {@code sender} and sealed to the database {@code recipientId} with X25519 key {@code recipientKey}.
     * The manifest must name the sender's database and key and the recipient.
     */
    public static byte[] write(PackageManifest manifest, List<PackageTable> tables, DatabaseKeys sender,
                               String recipientId, PublicKey recipientKey) {
        if (!manifest.senderDatabase().equals(sender.databaseId())
                || !manifest.senderKey().equals(PackageKeys.encode(sender.identity().signingKey()))
                || !manifest.recipientDatabase().equals(recipientId)) {
            throw new IllegalArgumentException("the manifest names another sender or recipient");
        }
        return PackageSeal.seal(payload(manifest, tables, sender.signing()), recipientId, recipientKey);
    }

    /** The zip inside: the manifest with its file list, its signature by {@code signingKey}, the table files. */
    static byte[] payload(PackageManifest manifest, List<PackageTable> tables, PrivateKey signingKey) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<PackageManifest.FileEntry> entries = new ArrayList<>();
        for (PackageTable t : tables) {
            byte[] data = TableFile.write(t);
            PackageManifest.FileEntry e = new PackageManifest.FileEntry(t.name(), t.rows().size(),
                    PackageKeys.sha256Hex(data));
            if (files.put(e.path(), data) != null) {
                throw new IllegalArgumentException("the table " + t.name() + " twice");
            }
            entries.add(e);
        }
        byte[] m = ManifestCodec.write(manifest.withFiles(entries));
        Map<String, byte[]> zip = new LinkedHashMap<>();
        zip.put(PackageZip.MANIFEST, m);
        zip.put(PackageZip.SIGNATURE, PackageKeys.sign(signingKey, m));
        zip.putAll(files);
        return PackageZip.write(zip);
    }
}
