package cn.huyang.exchange;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A row changed both here and in a package since the package's base (docs/packages.md, "Conflicts"):
 * both versions kept, here sealed (their contents are the package's JSON of column to text).
 *
 * @param fields   the columns in which the two versions differ, comma-separated
 * @param status   OPEN or RESOLVED
 * @param resolution OFFICE (this database's version kept), PACKAGE (the package's taken) or null
 */
public record Conflict(long id, UUID uid, String senderId, long sequence, String entity, UUID rowUid,
                       boolean localDeleted, boolean packageDeleted, String localContent, String packageContent,
                       String fields, String status, LocalDateTime createdAt, LocalDateTime resolvedAt,
                       String resolvedBy, String resolution) {
    public boolean open() {
        return "OPEN".equals(status);
    }

    @Override
    public String toString() {
        return "Conflict[" + id + " " + entity + " " + rowUid + " " + status + "]";
    }
}
