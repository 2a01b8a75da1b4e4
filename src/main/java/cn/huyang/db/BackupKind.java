package cn.huyang.db;

import cn.huyang.common.Coded;

/** Why a backup was made; shown through {@code backup.kind.<NAME>} and written into its file name. */
public enum BackupKind implements Coded {
    /** The first start of a day. */
    DAILY,
    /** 文件 → 备份, or {@code backup} on the command line. */
    MANUAL,
    /** Before Flyway migrates an existing database to a newer schema. */
    BEFORE_MIGRATION,
    /** Before a bulk import changes many rows at once. */
    BEFORE_IMPORT,
    /** Before a restore replaces the database. */
    BEFORE_RESTORE;

    @Override
    public String keyPrefix() {
        return "backup.kind";
    }

    /** The part of a file name that names the kind: {@code before-restore}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
