package cn.huyang.app;

import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditEntry;
import cn.huyang.access.AuditRepository;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the lists of this window when another PC changed data: every change writes an audit row in
 * its own transaction, so the newest row's id is a cheap change mark, on any store. A background
 * daemon thread reads it every {@code interval} (10 s in the window: no more often); when it moved,
 * the rows since are read (id, action, entity), the changes this window wrote itself are left out
 * (the audit log says which rows are its own), and each subscriber is told the entities that changed
 * ({@link #ALL} for an import, the demo data or a restore). A row committed late with a lower id (two
 * PCs writing at once) is caught at the next change: each look reads back a little before its mark.
 * Subscribers are called on the watcher's thread. Stopped by {@link #close}, at logout or when the
 * window closes.
 *
 * <p>A restore made by another PC is told apart: it replaced the data under every open form, so the
 * window is asked to reconnect ({@link #onRestoredElsewhere}) instead of reloading its lists, and
 * the watcher stops — the new connection watches again.
 */
public final class DataChanges implements AutoCloseable {
    /** The window's interval: a list refreshes at most this often. */
    public static final Duration INTERVAL = Duration.ofSeconds(10);
    /** The entity a subscriber is told for a bulk step (import, demo data, restore): anything may have changed. */
    public static final String ALL = "*";

    private static final Logger LOG = LoggerFactory.getLogger(DataChanges.class);
    private static final int BATCH = 500;
    /** How far before its mark each look reads again, for rows that committed after a higher id. */
    private static final int LOOKBACK = 100;
    /** The actions that change data; logins, exports, views of a full ID number and the like do not. */
    private static final Set<AuditAction> CHANGES = EnumSet.of(AuditAction.CREATE, AuditAction.UPDATE,
            AuditAction.DELETE, AuditAction.LEAVE, AuditAction.RETURN, AuditAction.DEREGISTER,
            AuditAction.REREGISTER, AuditAction.SCORES, AuditAction.OVERRIDE, AuditAction.CONFIRM,
            AuditAction.UNLOCK, AuditAction.DECIDE, AuditAction.REOPEN, AuditAction.IMPORT, AuditAction.DEMO,
            AuditAction.RESTORE);
    private static final Set<AuditAction> BULK = EnumSet.of(AuditAction.IMPORT, AuditAction.DEMO,
            AuditAction.RESTORE);

    private final AuditRepository audit;
    private final Duration interval;
    private final Set<Long> own = ConcurrentHashMap.newKeySet();
    /** The rows looked at already, back to {@link #LOOKBACK} before the mark. */
    private final Set<Long> handled = ConcurrentHashMap.newKeySet();
    private final List<Consumer<Set<String>>> subscribers = new CopyOnWriteArrayList<>();
    private final List<Consumer<RestoredElsewhere>> restoreListeners = new CopyOnWriteArrayList<>();
    private volatile long seen = -1;
    private volatile boolean watching;
    private ScheduledExecutorService timer;

    public DataChanges(AuditRepository audit, Duration interval) {
        this.audit = audit;
        this.interval = interval;
    }

    /** An audit row this window wrote: its change is no news to its own lists. */
    public void own(long auditId) {
        if (watching || seen >= 0) {
            own.add(auditId); // not kept while nobody watches (a batch command writes many)
        }
    }

    /** Told the entities another PC changed (on the watcher's thread). */
    public void subscribe(Consumer<Set<String>> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<Set<String>> subscriber) {
        subscribers.remove(subscriber);
    }

    /**
     * Told (on the watcher's thread) when another PC restored a backup into this database: the window
     * reconnects. Without such a listener a restore is told to the subscribers as {@link #ALL}.
     */
    public void onRestoredElsewhere(Consumer<RestoredElsewhere> listener) {
        restoreListeners.add(listener);
    }

    /** Another PC's restore: who (the name to show) and when. */
    public record RestoredElsewhere(String by, java.time.LocalDateTime at) {
    }

    /** Starts watching from the change mark as it is now (what the lists show was read after it). */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        mark();
        watching = true;
        ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(DataChanges::daemon);
        timer = t;
        long ms = Math.max(1, interval.toMillis());
        // the timer's thread holds the watcher weakly: a window dropped without closing it (a screen
        // test's, a context replaced) is not kept alive by it, and the thread ends with it
        java.lang.ref.WeakReference<DataChanges> self = new java.lang.ref.WeakReference<>(this);
        t.scheduleWithFixedDelay(() -> {
            DataChanges watcher = self.get();
            if (watcher == null) {
                t.shutdown();
            } else {
                watcher.pollQuietly();
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "huyang-data-changes");
        t.setDaemon(true);
        return t;
    }

    /** Reads the change mark now: what came before it is known. */
    public synchronized void mark() {
        long last = audit.lastId();
        handled.clear();
        audit.after(Math.max(0, last - LOOKBACK), LOOKBACK).forEach(r -> handled.add(r.id()));
        seen = last;
    }

    public boolean running() {
        return watching;
    }

    /** Stops watching (logout, the window closed); a later {@link #start} watches again. */
    @Override
    public synchronized void close() {
        watching = false;
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            // the store closed under the timer, a network hiccup: the next look tries again
            LOG.debug("Looking for changes failed", e);
        }
    }

    /**
     * Looks once: when others changed data since the last look, tells the subscribers which
     * entities. The timer calls it; tests call it directly.
     *
     * @return the entities others changed, empty when none
     */
    public synchronized Set<String> poll() {
        if (seen < 0) {
            mark();
            return Set.of();
        }
        long last = audit.lastId();
        if (last <= seen) {
            return Set.of();
        }
        Set<String> changed = new HashSet<>();
        AuditEntry restore = null;
        long from = Math.max(0, seen - LOOKBACK);
        List<AuditEntry> rows;
        do {
            rows = audit.after(from, BATCH);
            for (AuditEntry row : rows) {
                from = Math.max(from, row.id());
                if (!handled.add(row.id()) || own.remove(row.id())) {
                    continue;
                }
                AuditAction action = action(row.action());
                if (action == AuditAction.RESTORE) {
                    restore = row;
                }
                if (action != null && CHANGES.contains(action)) {
                    changed.add(BULK.contains(action) || row.entity() == null ? ALL : row.entity());
                }
            }
        } while (rows.size() == BATCH && from < last);
        seen = Math.max(from, last);
        long forgotten = seen - LOOKBACK;
        handled.removeIf(id -> id <= forgotten);
        own.removeIf(id -> id <= forgotten);
        if (restore != null && !restoreListeners.isEmpty()) {
            RestoredElsewhere told = new RestoredElsewhere(audit.displayName(restore.userName()), restore.at());
            watching = false; // the window reconnects, and its new connection watches again
            if (timer != null) {
                timer.shutdown();
                timer = null;
            }
            restoreListeners.forEach(l -> l.accept(told));
            return Set.of(ALL);
        }
        if (!changed.isEmpty()) {
            Set<String> told = Set.copyOf(changed);
            subscribers.forEach(s -> s.accept(told));
            return told;
        }
        return Set.of();
    }

    private static AuditAction action(String name) {
        try {
            return AuditAction.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
