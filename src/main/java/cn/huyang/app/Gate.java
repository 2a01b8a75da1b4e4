package cn.huyang.app;

import cn.huyang.common.Progress;

/**
 * The way into a data folder: the first administrator of a fresh folder, the upgrade of an
 * unencrypted one, the login, and the recovery of a lost administrator password. Each returns the
 * opened folder or throws {@link cn.huyang.access.LoginRefusedException} (wrong password, too many
 * attempts, wrong recovery key) or {@link cn.huyang.common.ValidationException} (a refused name or
 * password, naming the field); nothing is opened then.
 */
public interface Gate {
    FolderState state();

    /** A new folder: its administrator (on this PC also the key ring and the encrypted database). */
    Opening create(String adminName, String displayName, char[] password);

    /** An unencrypted folder of an earlier version: backed up, migrated, encrypted, and its administrator. */
    Opening upgrade(String adminName, String displayName, char[] password, Progress progress);

    Opening login(String userName, char[] password);

    /** A lost administrator password: the recovery key opens the folder and sets a new password. */
    Opening recover(String typedRecoveryKey, String adminName, char[] newPassword);

    /**
     * Deletes the unencrypted backup made before an upgrade ({@link Opening#plainBackup()}), when the
     * user agrees after the upgrade. This default only deletes the file; a gate that can overwrite it
     * first (the encrypted folder on this PC) does so.
     */
    default void deletePlainBackup(java.nio.file.Path backup) throws java.io.IOException {
        java.nio.file.Files.delete(backup);
    }
}
