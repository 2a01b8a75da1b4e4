package cn.huyang.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The register counted in the background after a change: once after a burst, and never failing its caller. */
class CountAheadTest {
    final List<Integer> counted = new CopyOnWriteArrayList<>();

    @Test
    void aBurstOfRequestsIsCountedOnceAfterTheLastWithItsYear() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        CountAhead ahead = new CountAhead(y -> {
            counted.add(y);
            done.countDown();
        }, Duration.ofMillis(300));
        ahead.request(2024);
        ahead.request(2025);
        ahead.request(2025);
        assertThat(counted).isEmpty(); // not before the pause
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(400);
        assertThat(counted).containsExactly(2025);
    }

    @Test
    void aCountThatFailsIsDroppedAndTheNextRequestStillCounts() throws Exception {
        CountDownLatch second = new CountDownLatch(2);
        CountAhead ahead = new CountAhead(y -> {
            counted.add(y);
            second.countDown();
            if (counted.size() == 1) {
                throw new IllegalStateException("the data was closed");
            }
        }, Duration.ofMillis(50));
        ahead.request(2025);
        Thread.sleep(300);
        ahead.request(2026);
        assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(counted).containsExactly(2025, 2026);
    }
}
