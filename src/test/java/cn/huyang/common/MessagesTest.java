package cn.huyang.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Texts with numbers come out exactly as {@link MessageFormat} writes them, in both languages. */
class MessagesTest {
    static String plain(Messages m, String key, Object... args) {
        ResourceBundle b = m.bundle();
        return new MessageFormat(b.getString(key), m.locale()).format(args);
    }

    @Test
    void numbersWithoutAFormatAreWrittenAsMessageFormatWouldWithThousandsSeparators() {
        for (Messages m : List.of(Messages.forLanguage("zh"), Messages.forLanguage("en"))) {
            Object[] args = {100, 12_450, 12_664L, 560_123, 38_529L};
            assertThat(m.get("demo.done", args)).isEqualTo(plain(m, "demo.done", args)).contains("12,450");
        }
    }

    @Test
    void numbersWithTheirOwnFormatInThePatternKeepIt() {
        Messages zh = Messages.forLanguage("zh");
        Object[] args = {2026, 24_500, 123, new BigDecimal("118.333"), new BigDecimal("4.667"), 200, "1/3"};
        assertThat(zh.get("finding.STAFFING_RATIO", args)).isEqualTo(plain(zh, "finding.STAFFING_RATIO", args))
                .startsWith("2026 年").contains("24,500", "118.33", "4.67");
        assertThat(zh.get("check.summary", 2026, 41_432, 40_627)).startsWith("2026 年共 41,432 条");
    }

    @Test
    void theSameTextsFromManyThreadsAtOnce() throws Exception {
        Messages zh = Messages.forLanguage("zh");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int base = t * 1_000_000;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        Object[] args = {i, base + i, 1.5 * i, i, i};
                        if (!zh.get("demo.done", args).equals(plain(zh, "demo.done", args))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPackageFromTheStartHoldsAllRecordsAndALaterOneTheChangesAfterItsBase() {
        Messages zh = Messages.forLanguage("zh");
        assertThat(zh.get("package.ui.exported", "a.hypkg", 1, 0L, 12_450, "学工部"))
                .isEqualTo("已导出第 1 号数据包（包含全部记录，共 12,450 行），发给学工部：a.hypkg");
        assertThat(zh.get("package.ui.exported", "b.hypkg", 3, 1_200L, 85, "学工部"))
                .isEqualTo("已导出第 3 号数据包（包含第 1200 号之后的改动，共 85 行），发给学工部：b.hypkg");
        assertThat(Messages.forLanguage("en").get("cli.package.export.done", "a.hypkg", 1, 0L, 12_450))
                .isEqualTo("Wrote the package a.hypkg (number 1, all records, 12,450 rows):");
    }
}
