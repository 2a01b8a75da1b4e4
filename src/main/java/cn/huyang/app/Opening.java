package cn.huyang.app;

import cn.huyang.security.TextCipher;
import cn.huyang.access.Credentials;
import cn.huyang.access.Session;
import cn.huyang.db.Store;
import java.nio.file.Path;

/**
 * A data folder opened for a user: the store, who is working, what keeps the key ring in step with
 * password changes, how to check the password again (the lock), and after a wizard or an upgrade
 * the recovery key to show once and the unencrypted pre-upgrade backup to offer for deletion, and
 * the office's text cipher as far as this account holds the data key ({@code access.TextKeys}).
 */
public record Opening(Store store, Session session, Credentials credentials, PasswordCheck passwordCheck,
                      String recoveryKey, Path plainBackup, boolean mustChangePassword,
                      TextCipher textCipher) {

    /** Checks the password of the user working now again (the idle lock). */
    @FunctionalInterface
    public interface PasswordCheck {
        /** @throws cn.huyang.access.LoginRefusedException when wrong (counted like a login) */
        void check(String userName, char[] password);
    }
}
