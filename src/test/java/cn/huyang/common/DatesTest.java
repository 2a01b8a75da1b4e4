package cn.huyang.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as offices type them. */
class DatesTest {
    static final LocalDate MAY_1 = LocalDate.of(1990, 5, 1);

    @ParameterizedTest
    @ValueSource(strings = {"1990-05-01", "1990/5/1", "1990.05.01", "1990年5月1日", "19900501", " 1990-5-1 ",
            "１９９０－０５－０１", "1990 年 5 月 1 日"})
    void daysInEveryOfficeForm(String typed) {
        assertThat(Dates.parse(typed)).contains(MAY_1);
        assertThat(Dates.parseDayOrMonth(typed)).contains(MAY_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1990.05", "1990.5", "1990-05", "1990/5", "1990年5月", "199005", "１９９０．０５"})
    void aMonthIsReadAsItsFirstDayWhereAMonthIsEnough(String typed) {
        assertThat(Dates.parse(typed)).isEmpty();
        assertThat(Dates.parseDayOrMonth(typed)).contains(MAY_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1990-13", "199013", "1990-02-30", "五月", "", "1990", "90.5.1"})
    void impossibleOrIncompleteIsRefused(String typed) {
        assertThat(Dates.parseDayOrMonth(typed)).isEmpty();
    }
}
