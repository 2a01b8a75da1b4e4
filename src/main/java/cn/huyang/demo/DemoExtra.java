package cn.huyang.demo;

/** A feature's demo data, written after the roster and the training ledger within the same transaction. */
public interface DemoExtra {
    /**
     * @param thisYear the current year
     * @param years    how many years of history the demo covers
     * @param seed     the demo's seed, so the same request writes the same data
     */
    void write(int thisYear, int years, long seed);
}
