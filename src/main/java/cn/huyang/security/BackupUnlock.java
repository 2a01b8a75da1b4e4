package cn.huyang.security;

/**
 * What opens an encrypted backup: a user's name and password, or the recovery key. A backup's
 * copy of the key ring is unlocked with it; the password is not kept.
 */
public sealed interface BackupUnlock {
    /** The file key of the ring. @throws SecurityRefusal when this does not open it */
    FileKey unlock(KeyRing ring);

    static BackupUnlock password(String user, char[] password) {
        return new Password(user, password);
    }

    static BackupUnlock recovery(RecoveryKey key) {
        return new Recovery(key);
    }

    record Password(String user, char[] password) implements BackupUnlock {
        @Override
        public FileKey unlock(KeyRing ring) {
            return ring.unlock(user, password);
        }

        @Override
        public String toString() {
            return "Password[" + user + ", hidden]";
        }
    }

    record Recovery(RecoveryKey key) implements BackupUnlock {
        @Override
        public FileKey unlock(KeyRing ring) {
            return ring.recover(key);
        }
    }
}
