package cn.huyang.findings;

import cn.huyang.access.AuditRepository.ChangeMark;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The register of the last few years asked for, kept while nothing changed: every change writes an
 * audit row, so the audit log's mark read before the rules ran says whether a kept register still
 * holds (on the shared server too: another PC's change moves the mark). The day is part of the key,
 * since rules judge against today. The rules of every feature take most of a second at 10,000
 * counselors; 概览, its report and 合规提示 ask for the same year again and again.
 *
 * <p>When the mark moved only by changes that leave the rules' findings alone (a decision on a finding,
 * a print, a login: {@link RulesUntouched}), what the rules found is kept and only the decisions are laid
 * over it again: deciding findings one after another in 合规提示 does not count every rule each time.
 *
 * <p>A year being counted for the mark now is waited for, not counted a second time beside it: 概览 opened
 * while the register is counted ahead ({@link CountAhead}) takes that count's result.
 */
final class RegisterMemo {
    /** The years kept: the one shown, the previous one for comparisons, one more. */
    private static final int YEARS = 3;

    private record Key(int year, LocalDate day) {
    }

    private record Kept(ChangeMark mark, CountedYear counted, List<TrackedFinding> findings) {
    }

    /** A count under way: the mark it was started for, the thread counting, what it will find. */
    private record Counting(ChangeMark mark, Thread by, CompletableFuture<List<TrackedFinding>> result) {
    }

    private final Map<Key, Kept> kept = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > YEARS;
        }
    };
    private final Map<Key, Counting> counting = new java.util.HashMap<>();
    private final Supplier<ChangeMark> mark;
    private final BiPredicate<ChangeMark, ChangeMark> rulesUntouched;
    private final Supplier<LocalDate> today;

    /**
     * @param rulesUntouched whether every change between a kept mark and the mark now leaves what the
     *                       rules find as it was
     */
    RegisterMemo(Supplier<ChangeMark> mark, BiPredicate<ChangeMark, ChangeMark> rulesUntouched,
                 Supplier<LocalDate> today) {
        this.mark = mark;
        this.rulesUntouched = rulesUntouched;
        this.today = today;
    }

    /**
     * The year's register as kept; or what the rules found, kept, with the decisions laid over it again;
     * or as the rules find it now. Then kept.
     */
    List<TrackedFinding> get(int year, IntFunction<CountedYear> rules, Function<CountedYear, List<TrackedFinding>> judge) {
        Key key = new Key(year, today.get());
        ChangeMark now = mark.get();
        Kept k;
        Counting mine = null;
        CompletableFuture<List<TrackedFinding>> underWay = null;
        synchronized (kept) {
            k = kept.get(key);
            if (k != null && k.mark().equals(now)) {
                return k.findings();
            }
            Counting other = counting.get(key);
            if (other != null && other.mark().equals(now) && other.by() != Thread.currentThread()) {
                underWay = other.result();
            } else {
                mine = new Counting(now, Thread.currentThread(), new CompletableFuture<>());
                counting.put(key, mine);
            }
        }
        if (underWay != null) {
            try {
                return underWay.join();
            } catch (CompletionException failed) {
                // that count failed (its caller was told why): this caller counts for itself
                return List.copyOf(judge.apply(rules.apply(year)));
            }
        }
        try {
            CountedYear counted = k != null && rulesUntouched.test(k.mark(), now) ? k.counted() : rules.apply(year);
            List<TrackedFinding> found = List.copyOf(judge.apply(counted));
            synchronized (kept) {
                kept.put(key, new Kept(now, counted, found));
                counting.remove(key, mine);
            }
            mine.result().complete(found);
            return found;
        } catch (RuntimeException | Error e) {
            synchronized (kept) {
                counting.remove(key, mine);
            }
            mine.result().completeExceptionally(e);
            throw e;
        }
    }

    /** True when the year's register is kept for today and the data as they stand (the mark now). */
    boolean holds(int year) {
        ChangeMark now = mark.get();
        synchronized (kept) {
            Kept k = kept.get(new Key(year, today.get()));
            return k != null && k.mark().equals(now);
        }
    }
}
