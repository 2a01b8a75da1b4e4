package cn.huyang.findings;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts a year's register in the background a moment after data changed, so that 概览 or 合规提示
 * opened afterwards find it kept instead of counting every rule while the user waits (most of a second
 * at 10,000 counselors). A later request before the count starts replaces the earlier one: a burst of
 * saves is counted once, after the last. A count already under way is finished and kept under its own
 * audit mark; one who asks meanwhile waits for it ({@link RegisterMemo}).
 *
 * <p>Nothing is shown and nothing is written: counting only reads. A count that fails (the data closed at
 * logout, the server gone) is dropped; whoever asks for the register next counts it and is told. The one
 * thread ends when idle, so a context let go leaves nothing running.
 */
public final class CountAhead {
    /** The pause after the last request before counting: the saving tab reloads its own list first. */
    public static final Duration DELAY = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(CountAhead.class);

    private final IntConsumer count;
    private final long delayMs;
    private final ScheduledThreadPoolExecutor timer;
    private ScheduledFuture<?> pending;

    /** @param count counts (and keeps) the year's register */
    public CountAhead(IntConsumer count, Duration delay) {
        this.count = count;
        this.delayMs = delay.toMillis();
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "huyang-count-ahead");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        timer.setKeepAliveTime(5, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        timer.setRemoveOnCancelPolicy(true);
    }

    /** The year's register is to be counted after the pause, unless asked again before it ends. */
    public synchronized void request(int year) {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(() -> quietly(year), delayMs, TimeUnit.MILLISECONDS);
    }

    private void quietly(int year) {
        try {
            count.accept(year);
        } catch (RuntimeException e) {
            LOG.debug("The register of {} was not counted ahead: {}", year, e.getClass().getSimpleName());
        }
    }
}
