package cn.huyang.db;

import cn.huyang.common.Messages;
import java.nio.file.Path;

/**
 * An encrypted data folder opened without its key, or with a key that does not open it. Nothing is
 * touched. {@link #render} says it in plain words; no H2 message reaches the user.
 */
public final class EncryptedFolderException extends RuntimeException {
    /** Why the folder did not open. */
    public enum Reason {
        /** The folder has a key ring (or an encrypted database) and no key was given. */
        NEEDS_KEY,
        /** The key given does not open the database. */
        WRONG_KEY;

        public String messageKey() {
            return this == NEEDS_KEY ? "error.encrypted.needsKey" : "error.encrypted.wrongKey";
        }
    }

    private final Reason reason;
    private final Path folder;

    public EncryptedFolderException(Reason reason, Path folder) {
        super(Messages.forLanguage("zh").get(reason.messageKey(), folder));
        this.reason = reason;
        this.folder = folder;
    }

    public Reason reason() {
        return reason;
    }

    public Path folder() {
        return folder;
    }

    public String render(Messages m) {
        return m.get(reason.messageKey(), folder);
    }
}
