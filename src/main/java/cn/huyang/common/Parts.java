package cn.huyang.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Independent reads counted side by side (the dashboard's parts, the findings rules of each feature
 * and year) on a few daemon threads, the results in the order asked. A part asked from one of these
 * threads runs on it at once, so parts never wait for each other's threads. A part's failure is the
 * caller's: the first one in order is thrown as it was.
 */
public final class Parts {
    private static final int THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final ThreadLocal<Boolean> WORKER = ThreadLocal.withInitial(() -> false);
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(() -> {
            WORKER.set(true);
            r.run();
        }, "huyang-parts");
        t.setDaemon(true);
        return t;
    });

    private Parts() {
    }

    /** One part started now, to be joined with {@link #join}. */
    public static <T> CompletableFuture<T> start(Supplier<T> part) {
        return WORKER.get() ? CompletableFuture.completedFuture(part.get()) : CompletableFuture.supplyAsync(part, WORKERS);
    }

    /** Every part's result, in order. */
    public static <T> List<T> all(List<Supplier<T>> parts) {
        List<CompletableFuture<T>> started = new ArrayList<>(parts.size());
        for (Supplier<T> p : parts) {
            started.add(start(p));
        }
        List<T> out = new ArrayList<>(parts.size());
        for (CompletableFuture<T> f : started) {
            out.add(join(f));
        }
        return out;
    }

    /** A started part's result; its failure thrown as it was. */
    public static <T> T join(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
