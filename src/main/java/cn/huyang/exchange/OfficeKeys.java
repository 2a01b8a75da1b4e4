package cn.huyang.exchange;

import cn.huyang.access.AccessGuard;
import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditLog;
import cn.huyang.access.Operation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The office key file for department PCs ({@link OfficeKeyFile}): written by 学工部 or an administrator
 * ({@link Operation#PACKAGE_RECEIVE}) with the database's identity (made at the first need), audited as
 * an export.
 */
public final class OfficeKeys {
    private final DatabaseIdentities identities;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final Supplier<String> officeName;
    private final Clock clock;

    public OfficeKeys(DatabaseIdentities identities, AccessGuard guard, AuditLog audit, Supplier<String> officeName,
                      Clock clock) {
        this.identities = identities;
        this.guard = guard;
        this.audit = audit;
        this.officeName = officeName;
        this.clock = clock;
    }

    /** Writes the office key file to {@code out} (replacing it whole, never half-written) and returns what it says. */
    public OfficeKeyFile writeTo(Path out) {
        guard.require(Operation.PACKAGE_RECEIVE);
        DatabaseKeys keys = identities.keys();
        byte[] bytes = OfficeKeyFile.write(keys, blankToNull(officeName.get()), LocalDate.now(clock));
        Path target = FileOut.replace(out, bytes);
        OfficeKeyFile file = OfficeKeyFile.read(bytes, String.valueOf(target.getFileName()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", String.valueOf(target.getFileName()));
        details.put("databaseId", file.databaseId());
        details.put("signingKey", file.fingerprint());
        audit.record(AuditAction.EXPORT, "office_key", file.databaseId(), details);
        return file;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
