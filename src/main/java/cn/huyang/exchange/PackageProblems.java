package cn.huyang.exchange;

import cn.huyang.access.NotPermittedException;
import cn.huyang.common.Messages;
import cn.huyang.security.SecurityRefusal;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * The sentence a package screen shows in place for a failure the user can act on: a refused package or
 * office key file (whole, in the user's language), a right not held, a data key not held, a file that is
 * not there or cannot be read or written. Anything else is null: the window reports it (and logs it).
 */
final class PackageProblems {
    private PackageProblems() {
    }

    static String sentence(Throwable e, Messages m) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof PackageRefusal r) {
                // the command line's sentence names --office-key; the window has a field for it
                return r.reason() == PackageRefusal.Reason.NO_OFFICE_KEY ? m.get("package.ui.noOfficeKey")
                        : r.render(m);
            }
            if (c instanceof NotPermittedException denied) {
                return denied.render(m);
            }
            if (c instanceof SecurityRefusal s) {
                return s.render(m);
            }
            if (c instanceof NoSuchFileException missing) {
                return m.get("package.ui.noSuchFile", missing.getFile());
            }
            if (c instanceof AccessDeniedException denied) {
                return m.get("package.ui.fileDenied", denied.getFile());
            }
            if (c instanceof java.nio.file.FileSystemException fs) {
                return m.get("package.ui.fileFailed", fs.getFile(), String.valueOf(fs.getReason()));
            }
            if (c instanceof IOException io && io.getCause() == null) {
                return m.get("package.ui.fileFailed", "", String.valueOf(io.getMessage()));
            }
        }
        return null;
    }
}
