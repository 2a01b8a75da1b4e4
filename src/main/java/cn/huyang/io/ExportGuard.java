package cn.huyang.io;

import cn.huyang.access.Access;
import cn.huyang.access.NotPermittedException;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Operation;
import cn.huyang.common.Messages;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every export asks and leaves behind: the right to export (and, for full ID and phone
 * numbers, to see them) before a file is written, and one audit row after — the kind, the number of
 * rows, whether numbers were whole, and the file's name (never its folder or its content).
 */
final class ExportGuard {
    private final Access access;

    ExportGuard(Access access) {
        this.access = access;
    }

    Access access() {
        return access;
    }

    /** Refuses before anything is written unless the user may export, and see full numbers when asked. */
    void begin(boolean fullId) {
        access.guard().requireSome(Operation.EXPORT);
        if (fullId) {
            access.guard().requireSome(Operation.VIEW_FULL_ID);
        }
    }

    /** The export's audit row; returns the rows written. */
    int done(String kind, Path file, int rows, boolean fullId) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind);
        details.put("rows", rows);
        details.put("fullId", fullId);
        details.put("file", file.getFileName() == null ? "" : file.getFileName().toString());
        access.audit().record(AuditAction.EXPORT, kind, null, details);
        return rows;
    }

    /** A failed export in plain words: a refused right as its sentence, anything else as its message. */
    static String reason(Throwable e, Messages m) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof NotPermittedException a) {
                return a.render(m);
            }
        }
        return e.getMessage();
    }
}
