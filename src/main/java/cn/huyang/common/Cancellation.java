package cn.huyang.common;

import java.util.function.BooleanSupplier;

/**
 * The user's 取消 for one piece of background work: the status bar sets it, the work looks at it
 * where it can stop cleanly (between pages, between forms) and ends with a
 * {@link java.util.concurrent.CancellationException}.
 */
public final class Cancellation implements BooleanSupplier {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public boolean getAsBoolean() {
        return cancelled;
    }
}
