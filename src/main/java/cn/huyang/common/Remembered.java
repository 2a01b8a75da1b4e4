package cn.huyang.common;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the program remembers for the user from one start to the next (the window's placement, the
 * last folder, the printer used last): kept in {@code settings.properties} in the data folder and
 * written when the window closes.
 */
public interface Remembered {

    Optional<String> get(String key);

    /** Remembers a value; null forgets it. */
    void put(String key, String value);

    /**
     * Writes what is remembered to disk now, for a value that must not wait for the window to close
     * (the data location); a failure is thrown, not logged. Remembered in memory: nothing to write.
     */
    default void persist() throws IOException {
    }

    /** Remembered only while the program runs: for tests and for the command line. */
    static Remembered inMemory() {
        Map<String, String> values = new ConcurrentHashMap<>();
        return new Remembered() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public void put(String key, String value) {
                if (value == null) {
                    values.remove(key);
                } else {
                    values.put(key, value);
                }
            }
        };
    }
}
