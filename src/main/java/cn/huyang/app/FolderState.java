package cn.huyang.app;

/** What the first screen asks for when a data folder (or server) is opened. */
public enum FolderState {
    /** No account yet: the wizard creates the administrator (and on this PC the encrypted database). */
    NEW,
    /** A database of an earlier version, not encrypted and without accounts: upgraded, encrypted, an administrator created. */
    UPGRADE,
    /** Accounts exist: the login. */
    LOGIN
}
