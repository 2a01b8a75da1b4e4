package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Random;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EncryptedChannel} against H2's {@code FileEncrypt}: the same operations on two files with the
 * same salt leave the same bytes on disk, and each reads what the other wrote.
 */
class EncryptedChannelTest {
    private static final byte[] PASSWORD = EncryptedFilePath.passwordBytes("0123456789abcdef".toCharArray());
    private static final int SECTOR = XtsAes.SECTOR;

    @TempDir
    Path dir;
    private final Random random = new Random(7);

    @Test
    void writesAtAnyOffsetAndLengthLeaveTheBytesH2Leaves() throws IOException {
        for (int round = 0; round < 12; round++) {
            Path h2File = dir.resolve("h2-" + round);
            Path ourFile = dir.resolve("ours-" + round);
            byte[] model = new byte[0];
            BitSet written = new BitSet(); // a gap never written reads as whatever its sectors decrypt to
            try (FileChannel h2 = h2(h2File)) {
                h2.size(); // writes the header with a random salt
                Files.copy(h2File, ourFile);
                try (FileChannel ours = ours(ourFile)) {
                    for (int op = 0; op < 60; op++) {
                        long size = h2.size();
                        long pos;
                        int len;
                        do {
                            pos = random.nextInt(6) == 0 ? (long) random.nextInt(12) * SECTOR
                                    : random.nextInt((int) size + 3 * SECTOR);
                            len = random.nextInt(4) == 0 ? SECTOR * (1 + random.nextInt(3)) : 1 + random.nextInt(3 * SECTOR);
                        } while (!h2GetsItRight(size, pos, len));
                        byte[] data = new byte[len];
                        random.nextBytes(data);
                        assertThat(h2.write(ByteBuffer.wrap(data), pos)).isEqualTo(len);
                        assertThat(ours.write(ByteBuffer.wrap(data), pos)).isEqualTo(len);
                        model = apply(model, data, pos);
                        assertThat(ours.size()).isEqualTo(h2.size()).isEqualTo(model.length);
                        assertThat(Files.readAllBytes(ourFile)).isEqualTo(Files.readAllBytes(h2File));
                        written.set((int) pos, (int) pos + len);
                    }
                    for (int read = 0; read < 200; read++) {
                        long pos = random.nextInt(model.length);
                        int len = 1 + random.nextInt(2 * SECTOR);
                        byte[] h2Read = read(h2, pos, len);
                        byte[] ourRead = read(ours, pos, len);
                        assertThat(ourRead).as("reading %d bytes at %d of %d", len, pos, model.length).isEqualTo(h2Read)
                                .hasSize((int) Math.min(len, model.length - pos));
                        for (int i = 0; i < ourRead.length; i++) {
                            if (written.get((int) pos + i) && ourRead[i] != model[(int) pos + i]) {
                                throw new AssertionError("byte " + (pos + i) + " reads " + ourRead[i]);
                            }
                        }
                    }
                }
            }
            // each reads what the other wrote, after a reopen
            try (FileChannel h2 = h2(ourFile); FileChannel ours = ours(h2File)) {
                assertThat(h2.size()).isEqualTo(ours.size()).isEqualTo(model.length);
                assertThat(read(h2, 0, model.length)).isEqualTo(read(ours, 0, model.length));
                byte[] all = read(ours, 0, model.length);
                for (int i = written.nextSetBit(0); i >= 0; i = written.nextSetBit(i + 1)) {
                    assertThat(all[i]).as("byte %d", i).isEqualTo(model[i]);
                }
            }
        }
    }

    @Test
    void truncationLeavesTheBytesH2Leaves() throws IOException {
        Path h2File = dir.resolve("h2");
        Path ourFile = dir.resolve("ours");
        try (FileChannel h2 = h2(h2File)) {
            h2.size();
            Files.copy(h2File, ourFile);
            try (FileChannel ours = ours(ourFile)) {
                byte[] data = new byte[10 * SECTOR];
                random.nextBytes(data);
                h2.write(ByteBuffer.wrap(data), 0);
                ours.write(ByteBuffer.wrap(data), 0);
                for (long size : new long[] {9 * SECTOR, 5 * SECTOR + 123, 2 * SECTOR, 17}) {
                    h2.truncate(size);
                    ours.truncate(size);
                    assertThat(ours.size()).isEqualTo(h2.size()).isEqualTo(size);
                    assertThat(Files.readAllBytes(ourFile)).isEqualTo(Files.readAllBytes(h2File));
                    assertThat(EncryptedChannel.dataSize(Files.size(ourFile))).isEqualTo(size);
                }
            }
        }
    }

    /**
     * Where H2's {@code FileEncrypt} fails (an unaligned write across the end of the data reads whole
     * sectors past it) or loses the size (growing an unaligned size to an aligned one), this one works.
     */
    @Test
    void unalignedWritesAcrossTheEndWorkWhereH2sFail() throws IOException {
        Path h2File = dir.resolve("h2");
        byte[] data = new byte[SECTOR + 100];
        random.nextBytes(data);
        try (FileChannel h2 = h2(h2File)) {
            h2.write(ByteBuffer.wrap(data, 0, SECTOR), 0);
            assertThatThrownBy(() -> h2.write(ByteBuffer.wrap(data, SECTOR - 50, 150), SECTOR - 50))
                    .isInstanceOf(EOFException.class);
        }
        Path ourFile = dir.resolve("ours");
        try (FileChannel ours = ours(ourFile)) {
            ours.write(ByteBuffer.wrap(data, 0, SECTOR), 0);
            ours.write(ByteBuffer.wrap(data, SECTOR - 50, 150), SECTOR - 50);
            assertThat(ours.size()).isEqualTo(SECTOR + 100);
            byte[] rest = new byte[SECTOR - 100];
            ours.write(ByteBuffer.wrap(rest), SECTOR + 100);
            assertThat(ours.size()).isEqualTo(2 * SECTOR);
        }
        try (FileChannel h2 = h2(ourFile)) {
            assertThat(h2.size()).isEqualTo(2 * SECTOR);
            assertThat(read(h2, 0, SECTOR + 100)).isEqualTo(data);
        }
    }

    @Test
    void theKeyIsCheckedAgainstTheFirstSector() throws IOException {
        Path file = dir.resolve("store");
        try (FileChannel h2 = h2(file)) {
            h2.write(ByteBuffer.wrap("H:2,block:2,blockSize:1000".getBytes()), 0);
            h2.write(ByteBuffer.wrap(new byte[SECTOR]), SECTOR);
        }
        try (EncryptedChannel right = new EncryptedChannel("store", PASSWORD.clone(), raw(file))) {
            assertThat(right.keyFits()).isTrue();
        }
        try (FileChannel h2 = h2(file)) { // a torn first header: the second copy still says the key fits
            h2.write(ByteBuffer.wrap(new byte[100]), 0);
            try (EncryptedChannel torn = new EncryptedChannel("store", PASSWORD.clone(), raw(file))) {
                assertThat(torn.keyFits()).isFalse();
            }
            h2.write(ByteBuffer.wrap("H:2,block:2,blockSize:1000".getBytes()), SECTOR);
        }
        try (EncryptedChannel right = new EncryptedChannel("store", PASSWORD.clone(), raw(file))) {
            assertThat(right.keyFits()).isTrue();
        }
        byte[] wrong = EncryptedFilePath.passwordBytes("0123456789abcdee".toCharArray());
        try (EncryptedChannel other = new EncryptedChannel("store", wrong, raw(file))) {
            assertThat(other.keyFits()).isFalse();
        }
        try (EncryptedChannel fresh = new EncryptedChannel("new", wrong, raw(dir.resolve("new")))) {
            assertThat(fresh.keyFits()).isTrue();
            assertThat(Files.size(dir.resolve("new"))).isZero();
        }
    }

    /** The cases H2's own file gets right (see {@link #unalignedWritesAcrossTheEndWorkWhereH2sFail}). */
    private static boolean h2GetsItRight(long size, long pos, int len) {
        long p = pos / SECTOR * SECTOR;
        int l = (int) ((pos - p + len + SECTOR - 1) / SECTOR * SECTOR);
        long available = (size - p + SECTOR - 1) / SECTOR * SECTOR;
        boolean aligned = pos % SECTOR == 0 && len % SECTOR == 0;
        if (!aligned && available > 0 && available < l) {
            return false; // H2 reads past the end: EOFException
        }
        long end = pos + len;
        if (size % SECTOR != 0 && end > size && end % SECTOR == 0) {
            return false; // H2 leaves the old partial-sector mark: the size is lost on reopening
        }
        return aligned || size % SECTOR == 0 || p + l >= size; // H2 marks an unaligned size after the write
    }

    private static byte[] apply(byte[] model, byte[] data, long pos) {
        byte[] m = Arrays.copyOf(model, (int) Math.max(model.length, pos + data.length));
        System.arraycopy(data, 0, m, (int) pos, data.length);
        return m;
    }

    private static byte[] read(FileChannel c, long pos, int len) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(len);
        while (b.hasRemaining()) {
            if (c.read(b, pos + b.position()) < 0) {
                break;
            }
        }
        return Arrays.copyOf(b.array(), b.position());
    }

    private static FileChannel raw(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private static FileChannel h2(Path file) throws IOException {
        return new FileEncrypt(file.toString(), PASSWORD.clone(), raw(file));
    }

    private static FileChannel ours(Path file) throws IOException {
        return new EncryptedChannel(file.toString(), PASSWORD.clone(), raw(file));
    }
}
