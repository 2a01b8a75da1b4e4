package cn.huyang.exchange;

import cn.huyang.common.Messages;

/**
 * A data package or office key file refused, with its reason ({@link Reason}) and the arguments its
 * sentence names ({@code package.refusal.<REASON>} in the bundles). {@link #getMessage()} is the
 * Chinese sentence (for the log); {@link #render(Messages)} is the user's language. Holds no key and no
 * row of the package: only names, numbers and versions.
 */
public class PackageRefusal extends RuntimeException {
    /** Why a file was refused. */
    public enum Reason {
        /** Not a data package at all (no magic line). Args: file. */
        NOT_A_PACKAGE,
        /** Larger than the limit. Args: what, its size, the limit. */
        TOO_LARGE,
        /** Made by a newer program: a format this one cannot read. Args: its format, ours. */
        NEWER_FORMAT,
        /** Sent to another database. Args: the package's recipient, this database's id. */
        NOT_ADDRESSED,
        /** Decryption failed: changed on the way, damaged, or truncated. */
        TAMPERED,
        /** The zip inside breaks a rule (a name, a duplicate, an extra file, too many or too large entries). Args: detail. */
        UNSAFE_CONTENT,
        /** The manifest does not read. Args: detail. */
        BAD_MANIFEST,
        /** The manifest's signature is not the sender key's. */
        BAD_SIGNATURE,
        /** A table file differs from what the manifest says (hash, rows) or is missing or extra. Args: file. */
        FILE_MISMATCH,
        /** A table file breaks the line format. Args: file, line, detail key's text. */
        BAD_TABLE,
        /** From a database of a newer schema. Args: the package's schema version, this program's. */
        NEWER_SCHEMA,
        /** An office key file that is damaged, changed or not one. Args: file. */
        BAD_OFFICE_KEY,
        /** A department PC that knows no office yet. */
        NO_OFFICE_KEY,
        /** A database known here under another key. Args: its id, the known key's fingerprint, the new one's. */
        KEY_CHANGED,
        /** A package this database wrote itself. */
        OWN_PACKAGE,
        /** Packages are missing before this one. Args: the first missing sequence, this package's sequence. */
        MISSING_SEQUENCE,
        /** A table this sender may not send, or a table with other columns. Args: table. */
        UNEXPECTED_TABLE,
        /** A value that is not of its column's kind, a uid twice. Args: table, line, column. */
        BAD_VALUE,
        /** A row outside the sender's department or records. Args: table, line. */
        OUT_OF_SCOPE,
        /** A row naming a row neither in the package nor here. Args: table, line, column. */
        MISSING_REFERENCE,
        /** A new row with the key of another row here (the same 身份证号, 学号, training…). Args: table, line. */
        DUPLICATE_KEY,
        /** The package could not be written into the database; nothing was. Args: table, detail. */
        APPLY_FAILED,
        /** The office exports for a department: which one? */
        NEEDS_DEPARTMENT,
        /** No department has that code. Args: code. */
        NO_DEPARTMENT,
        /** An office package for a new PC opened with a wrong setup code (or damaged). */
        WRONG_SETUP_CODE,
        /** A package for a new PC imported into a folder that has its data already. */
        NOT_A_NEW_FOLDER,
        /** An office package from an office this PC does not know (another key file, another office). */
        UNKNOWN_OFFICE;

        public String messageKey() {
            return "package.refusal." + name();
        }
    }

    private final Reason reason;
    private final transient Object[] args;

    public PackageRefusal(Reason reason, Object... args) {
        this(reason, null, args);
    }

    public PackageRefusal(Reason reason, Throwable cause, Object... args) {
        super(render(Messages.forLanguage("zh"), reason, args), cause);
        this.reason = reason;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    /** The arguments of the sentence (file names, line numbers, versions, ids). */
    public Object[] args() {
        return args.clone();
    }

    public String render(Messages messages) {
        return render(messages, reason, args);
    }

    private static String render(Messages messages, Reason reason, Object[] args) {
        Object[] texts = args.clone();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] instanceof Detail d) {
                texts[i] = messages.get(d.key(), d.args());
            }
        }
        return messages.get(reason.messageKey(), texts);
    }

    /** A part of a refusal's sentence in words of the bundle, rendered in the language of the sentence. */
    public record Detail(String key, Object... args) {
        @Override
        public String toString() {
            return key;
        }
    }
}
