package cn.huyang.exchange;

import cn.huyang.access.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a package says about itself (its {@code manifest.json}, signed by the sender): the format and
 * schema versions, who sent it (the sending database's id and Ed25519 key, the account and its role,
 * the department), to whom (the office database's id), the period it covers, its place in the
 * sender's sequence and the office package it builds on, and every table file with its row count and
 * SHA-256. Read by {@link ManifestCodec}.
 *
 * @param format       the package format, {@link #FORMAT} when written by this program
 * @param schema       the sender's schema version (Flyway's, e.g. {@code "20"})
 * @param senderKey    the sender database's Ed25519 public key, base64 X.509; the signature is checked with it
 * @param senderAgreementKey the sender database's X25519 public key, base64 X.509: what the recipient seals
 *                     its packages back to
 * @param department   the sending department's code, null for the office or a whole-college sender
 * @param periodFrom   the first day the package covers, or null
 * @param periodTo     the last day the package covers, or null
 * @param sequence     the sender's number of this package, from 1
 * @param since        the sender's sequence this package follows: it holds every change the sender made
 *                     after its package {@code since} (0: every row in the sender's scope)
 * @param base         the sequence of the last package of the recipient's that the sender had applied when
 *                     it wrote this one (for the office's packages: the acknowledgement), or null
 * @param files        the table files, in the order written
 */
public record PackageManifest(int format, String schema, String senderDatabase, String senderKey,
                              String senderAgreementKey, String recipientDatabase, String senderAccount,
                              Role senderRole, String department, LocalDate periodFrom, LocalDate periodTo,
                              long sequence, long since, Long base,
                              LocalDateTime createdAt, List<FileEntry> files) {
    /** The package format this program writes and the newest it reads. */
    public static final int FORMAT = 1;

    /** A table file: its table's name (the file is {@code tables/<name>.tsv}), rows and SHA-256 in hex. */
    public record FileEntry(String table, long rows, String sha256) {
        public FileEntry {
            Objects.requireNonNull(table);
            Objects.requireNonNull(sha256);
        }

        public String path() {
            return PackageZip.TABLES + table + PackageZip.TABLE_SUFFIX;
        }
    }

    public PackageManifest {
        Objects.requireNonNull(schema);
        Objects.requireNonNull(senderDatabase);
        Objects.requireNonNull(senderKey);
        Objects.requireNonNull(senderAgreementKey);
        if (since < 0 || since >= sequence) {
            throw new IllegalArgumentException("since " + since + " is not before sequence " + sequence);
        }
        Objects.requireNonNull(recipientDatabase);
        Objects.requireNonNull(senderAccount);
        Objects.requireNonNull(senderRole);
        Objects.requireNonNull(createdAt);
        files = List.copyOf(files);
    }

    /** The same manifest listing these files. */
    public PackageManifest withFiles(List<FileEntry> newFiles) {
        return new PackageManifest(format, schema, senderDatabase, senderKey, senderAgreementKey, recipientDatabase,
                senderAccount, senderRole, department, periodFrom, periodTo, sequence, since, base, createdAt, newFiles);
    }

    /** The entry of this table, or null. */
    public FileEntry file(String table) {
        return files.stream().filter(f -> f.table().equals(table)).findFirst().orElse(null);
    }
}
