package cn.huyang.common.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * The measure of the JavaFX thread being busy (the start-up probe's and the benchmarks'): a task posted to it
 * every 10 ms, and the longest wait for one to run.
 */
public final class FxHeartbeat {
    private final AtomicLong longest = new AtomicLong();
    private final Thread beating = new Thread(this::beat, "fx-heartbeat");

    private FxHeartbeat() {
    }

    /** A heartbeat started now. */
    public static FxHeartbeat start() {
        FxHeartbeat heartbeat = new FxHeartbeat();
        heartbeat.beating.setDaemon(true);
        heartbeat.beating.start();
        return heartbeat;
    }

    /** No more ticks. */
    public void stop() {
        beating.interrupt();
    }

    /** The longest wait so far, in milliseconds. */
    public long longestMs() {
        return longest.get();
    }

    private void beat() {
        while (!Thread.currentThread().isInterrupted()) {
            long posted = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(ran::countDown);
            try {
                ran.await();
                longest.accumulateAndGet((System.nanoTime() - posted) / 1_000_000, Math::max);
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
