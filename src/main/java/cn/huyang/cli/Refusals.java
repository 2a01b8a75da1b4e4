package cn.huyang.cli;

import cn.huyang.common.Messages;
import cn.huyang.exchange.PackageRefusal;
import cn.huyang.security.SecurityRefusal;
import java.io.PrintWriter;
import java.util.function.IntSupplier;

/** The package commands' refusals (a package refused, a key that does not open): one sentence, exit code 1. */
final class Refusals {
    private Refusals() {
    }

    /** The work's exit code, or {@link Failures#FAILED} with the refusal told on {@code err}. */
    static int told(PrintWriter err, Messages m, IntSupplier work) {
        try {
            return work.getAsInt();
        } catch (PackageRefusal e) {
            err.println(e.render(m));
        } catch (SecurityRefusal e) {
            err.println(e.render(m));
        }
        return Failures.FAILED;
    }
}
