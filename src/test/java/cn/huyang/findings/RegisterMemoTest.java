package cn.huyang.findings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.AuditRepository.ChangeMark;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The kept register: reused while the audit mark and the day stay, counted again when either moves. */
class RegisterMemoTest {
    final AtomicReference<ChangeMark> mark = new AtomicReference<>(new ChangeMark(10, 10));
    final AtomicReference<LocalDate> day = new AtomicReference<>(LocalDate.of(2026, 6, 15));
    final RegisterMemo memo = new RegisterMemo(mark::get, day::get);
    final List<Integer> counted = new ArrayList<>();

    List<TrackedFinding> get(int year) {
        return memo.get(year, y -> {
            counted.add(y);
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
    void onlyTheLastThreeYearsAskedForAreKept() {
        get(2023);
        get(2024);
        get(2025);
        get(2026); // 2023 goes
        get(2024);
        get(2023);
        assertThat(counted).containsExactly(2023, 2024, 2025, 2026, 2023);
    }
}
