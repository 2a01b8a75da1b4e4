package cn.huyang.db;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New uids (RFC 9562 version 7): the millisecond first, then a counter within it, then 62 random
 * bits. Unique like random UUIDs, but in the order they were made, so a table's unique index on uid
 * grows at its end instead of touching a random page for every row (a batch of 100,000 training
 * records wrote twice the file with random ones).
 */
final class Uids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static int counter;

    private Uids() {
    }

    static synchronized UUID next() {
        long now = System.currentTimeMillis();
        if (now > lastMillis) {
            lastMillis = now;
            counter = RANDOM.nextInt(0x800);
        } else if (++counter > 0xFFF) {
            lastMillis++; // more than 2,048 in a millisecond: borrow the next one
            counter = 0;
        }
        long msb = (lastMillis << 16) | 0x7000L | counter;
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
