package cn.huyang.app;

/** What a data folder holds when the program starts: what the first screen asks for. */
public enum FolderState {
    /** Nothing yet: the wizard creates the administrator and the encrypted database. */
    FRESH,
    /** A database of an earlier version, not encrypted: upgraded, encrypted, then an administrator is created. */
    PLAIN,
    /** An encrypted database with its key ring: the login. */
    ENCRYPTED
}
