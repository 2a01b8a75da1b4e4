package cn.huyang.access;

/**
 * Where a user's password opens something besides the account row: on a single PC the key ring
 * (each user's wrapped copy of the database's file key). The account service calls it inside its
 * transaction, so a failure here leaves the account as it was.
 */
public interface Credentials {
    Credentials NONE = new Credentials() {
        @Override
        public void put(String userName, char[] password) {
        }

        @Override
        public void remove(String userName) {
        }
    };

    /** Lets this user open the data with this password (added or replaced). */
    void put(String userName, char[] password);

    /** This user can no longer open the data. */
    void remove(String userName);
}
