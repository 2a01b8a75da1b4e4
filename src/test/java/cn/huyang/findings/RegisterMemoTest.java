package cn.huyang.findings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.AuditRepository.ChangeMark;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The kept register: reused while the audit mark and the day stay, counted again when either moves, and
 * judged again without counting when only changes that leave the rules alone moved the mark.
 */
class RegisterMemoTest {
    final AtomicReference<ChangeMark> mark = new AtomicReference<>(new ChangeMark(10, 10));
    final AtomicReference<LocalDate> day = new AtomicReference<>(LocalDate.of(2026, 6, 15));
    /** Whether the changes between two marks leave the rules alone, as the audit log would say. */
    final AtomicBoolean untouched = new AtomicBoolean(false);
    final List<ChangeMark[]> asked = new ArrayList<>();
    final RegisterMemo memo = new RegisterMemo(mark::get, (from, to) -> {
        asked.add(new ChangeMark[] {from, to});
        return untouched.get();
    }, day::get);
    final List<Integer> counted = new ArrayList<>();
    final List<CountedYear> judged = new ArrayList<>();

    List<TrackedFinding> get(int year) {
        return memo.get(year, y -> {
            counted.add(y);
            return new CountedYear(List.of(), List.of(), Set.of((long) counted.size()));
        }, c -> {
            judged.add(c);
            return List.of();
        });
    }

    @Test
    void aYearIsCountedOnceWhileTheMarkAndTheDayStay() {
        get(2025);
        get(2025);
        assertThat(counted).containsExactly(2025);
    }

    @Test
    void aNewAuditRowALateRowOrANewDayCountsAgain() {
        get(2025);
        mark.set(new ChangeMark(11, 11));
        get(2025);
        mark.set(new ChangeMark(11, 12)); // a row committed late below the newest id
        get(2025);
        day.set(LocalDate.of(2026, 6, 16));
        get(2025);
        get(2025);
        assertThat(counted).containsExactly(2025, 2025, 2025, 2025);
    }

    @Test
    void changesThatLeaveTheRulesAloneOnlyJudgeWhatWasCountedAgain() {
        get(2025);
        untouched.set(true);
        mark.set(new ChangeMark(12, 12)); // two decisions on findings
        get(2025);
        get(2025); // the same mark: kept as judged
        assertThat(counted).containsExactly(2025);
        assertThat(judged).hasSize(2).allMatch(c -> c == judged.get(0));
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).containsExactly(new ChangeMark(10, 10), new ChangeMark(12, 12));

        untouched.set(false);
        mark.set(new ChangeMark(13, 13)); // a counselor changed
        get(2025);
        assertThat(counted).containsExactly(2025, 2025);
        assertThat(judged.get(2)).isNotSameAs(judged.get(0));
        assertThat(asked.get(1)).containsExactly(new ChangeMark(12, 12), new ChangeMark(13, 13));
    }

    @Test
    void aNewDayCountsAgainWhateverTheChanges() {
        get(2025);
        untouched.set(true);
        day.set(LocalDate.of(2026, 6, 16));
        get(2025);
        assertThat(counted).containsExactly(2025, 2025);
    }

    @Test
    void onlyTheLastThreeYearsAskedForAreKept() {
        get(2023);
        get(2024);
        get(2025);
        get(2026); // 2023 goes
        get(2024);
        get(2023);
        assertThat(counted).containsExactly(2023, 2024, 2025, 2026, 2023);
    }

    @Test
    void aCountUnderWayForTheSameMarkIsWaitedForNotCountedTwice() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<TrackedFinding> found = List.of(tracked());
        java.util.concurrent.atomic.AtomicInteger counts = new java.util.concurrent.atomic.AtomicInteger();
        IntFunction<CountedYear> slow = y -> {
            counts.incrementAndGet();
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return new CountedYear(List.of(), List.of(), Set.of());
        };
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var ahead = pool.submit(() -> memo.get(2025, slow, c -> found));
            started.await();
            var asked = pool.submit(() -> memo.get(2025, slow, c -> found));
            Thread.sleep(100);
            assertThat(asked.isDone()).isFalse(); // it waits for the count under way
            release.countDown();
            assertThat(asked.get()).isSameAs(ahead.get());
            assertThat(counts.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCountForAnOlderMarkIsNotWaitedForAndAFailedOneIsCountedAgainByWhoWaited() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var failing = pool.submit(() -> memo.get(2025, y -> {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                throw new IllegalStateException("the data was closed");
            }, c -> List.of()));
            started.await();
            var waiting = pool.submit(() -> get(2025));
            Thread.sleep(100);
            release.countDown();
            assertThat(waiting.get()).isEmpty();
            assertThat(counted).containsExactly(2025); // counted by the one who waited, once the other failed
            assertThat(failing).failsWithin(java.time.Duration.ofSeconds(5));

            mark.set(new ChangeMark(20, 20));
            get(2025); // nothing under way for this mark: counted
            assertThat(counted).containsExactly(2025, 2025);
        } finally {
            pool.shutdownNow();
        }
    }

    private static TrackedFinding tracked() {
        return new TrackedFinding(new cn.huyang.common.Finding("TRAINING_HOURS", cn.huyang.common.Finding.Severity.WARNING,
                "学生工作部", 1L, "张三", "学时不足"), FindingStatus.OPEN, null, false);
    }
}
