package cn.huyang.server;

/** What the connection test found in the database, as far as Huyang is concerned. */
public enum SchemaState {
    /** No tables yet: {@code huyang server init} creates Huyang's. */
    EMPTY,
    /** Huyang's tables at this build's version. */
    CURRENT,
    /** Huyang's tables of an earlier version: to be upgraded. */
    OLDER,
    /** Huyang's tables of a newer version than this build. */
    NEWER,
    /** Tables of something else, no Huyang schema history. */
    OTHER
}
