package cn.huyang.db;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.h2.security.SHA256;
import org.h2.store.fs.FileBaseDefault;

/*
 * Ported from H2's org.h2.store.fs.encrypt.FileEncrypt (Copyright 2004-2025 H2 Group. Multiple-Licensed
 * under the MPL 2.0, and the EPL 1.0, https://h2database.com/html/license.html); the XTS is XtsAes.
 */

/**
 * A file in H2's {@code CIPHER=AES} format, read and written with the JDK's AES ({@link XtsAes}): the
 * same bytes on disk as H2's {@code FileEncrypt}. Layout: a 4096-byte header ({@code "H2encrypt\n"}, an
 * 8-byte random salt, zeros), then the data in 4096-byte sectors, each XTS-encrypted with its number
 * (counted from the first sector after the header). The AES-128 key is PBKDF2-HMAC-SHA256 of the
 * password bytes and the salt, 10 iterations. A size that is not a whole number of sectors is kept as
 * the length of an extra partial sector of zeros after the last one.
 */
final class EncryptedChannel extends FileBaseDefault {
    static final int HEADER_LENGTH = XtsAes.SECTOR;
    private static final int MASK = XtsAes.SECTOR - 1;
    private static final byte[] HEADER = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SALT_POS = HEADER.length;
    private static final int SALT_LENGTH = 8;
    private static final int HASH_ITERATIONS = 10;
    /** An MVStore file begins with its store header, {@code H:2,block:...}. */
    private static final byte[] STORE_HEADER = "H:2,".getBytes(StandardCharsets.ISO_8859_1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private final FileChannel base;
    private byte[] password;
    private volatile XtsAes xts;
    private volatile long size;

    /**
     * Nothing is read or written yet (the caller may lock the file first, as H2 does).
     *
     * @param password the bytes H2 derives the key from (the file password in UTF-16BE); kept until the
     *                 first use, then wiped
     */
    EncryptedChannel(String name, byte[] password, FileChannel base) {
        this.name = name;
        this.password = password;
        this.base = base;
    }

    /**
     * Whether the key opens the file: true for a file without data yet, or one whose first or second
     * sector decrypts to an MVStore header; also true when the file cannot be read now (another process's lock),
     * H2 then reporting what it finds.
     */
    boolean keyFits() {
        try {
            if (base.size() < HEADER_LENGTH + XtsAes.SECTOR) {
                return true;
            }
            // the MVStore writes its header twice, into the first two sectors: one may be torn by a crash
            int sectors = base.size() >= HEADER_LENGTH + 2 * XtsAes.SECTOR ? 2 : 1;
            ByteBuffer first = ByteBuffer.allocate(sectors * XtsAes.SECTOR);
            readInternal(first, 0, init());
            for (int i = 0; i < sectors; i++) {
                int at = i * XtsAes.SECTOR;
                if (Arrays.equals(first.array(), at, at + STORE_HEADER.length, STORE_HEADER, 0, STORE_HEADER.length)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private XtsAes init() throws IOException {
        XtsAes x = xts;
        return x != null ? x : createXts();
    }

    private synchronized XtsAes createXts() throws IOException {
        if (xts != null) {
            return xts;
        }
        long sz = base.size() - HEADER_LENGTH;
        boolean existing = sz >= 0;
        byte[] salt = new byte[SALT_LENGTH];
        if (existing) {
            readFully(base, SALT_POS, ByteBuffer.wrap(salt));
        } else {
            RANDOM.nextBytes(salt);
            byte[] header = Arrays.copyOf(HEADER, HEADER_LENGTH);
            System.arraycopy(salt, 0, header, SALT_POS, SALT_LENGTH);
            writeFully(base, 0, ByteBuffer.wrap(header));
        }
        byte[] key = SHA256.getPBKDF2(password, salt, HASH_ITERATIONS, 16);
        Arrays.fill(password, (byte) 0);
        password = null;
        XtsAes x = new XtsAes(key);
        Arrays.fill(key, (byte) 0);
        if (existing) {
            size = (sz & MASK) != 0 ? sz - XtsAes.SECTOR : sz;
        }
        xts = x;
        return x;
    }

    @Override
    protected void implCloseChannel() throws IOException {
        base.close();
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        int len = dst.remaining();
        if (len == 0) {
            return 0;
        }
        XtsAes x = init();
        if (position >= size) {
            return -1;
        } else if (position < 0) {
            throw new IllegalArgumentException("pos: " + position);
        }
        len = (int) Math.min(len, size - position);
        long p = position & ~MASK;
        int offset = (int) (position - p);
        if (offset == 0 && (len & MASK) == 0 && len == dst.remaining() && dst.hasArray()) {
            readInternal(dst, position, x);
            return len;
        }
        int l = (len + offset + MASK) & ~MASK;
        ByteBuffer temp = ByteBuffer.allocate(l);
        readInternal(temp, p, x);
        dst.put(temp.array(), offset, len);
        return len;
    }

    /** Reads and decrypts whole sectors into {@code dst} (a heap buffer), filling it. */
    private void readInternal(ByteBuffer dst, long position, XtsAes x) throws IOException {
        int start = dst.position();
        int len = dst.remaining();
        readFully(base, position + HEADER_LENGTH, dst);
        x.decrypt(position / XtsAes.SECTOR, dst.array(), dst.arrayOffset() + start, len);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        XtsAes x = init();
        int len = src.remaining();
        if ((position & MASK) == 0 && (len & MASK) == 0) {
            writeInternal(src, position, len, x);
        } else {
            // unaligned: read the sectors around it, change them, write them back
            long p = position & ~MASK;
            int offset = (int) (position - p);
            int l = (len + offset + MASK) & ~MASK;
            ByteBuffer temp = ByteBuffer.allocate(l);
            long available = (size - p + MASK) & ~MASK;
            int readLen = (int) Math.min(l, available);
            if (readLen > 0) {
                readInternal(temp.limit(readLen), p, x);
                temp.clear();
            }
            temp.position(offset);
            temp.put(src);
            temp.clear();
            writeInternal(temp, p, l, x);
        }
        long end = position + len;
        if (end > size) {
            markEnd(size, end);
            size = end;
        }
        return len;
    }

    /**
     * After a write that grew the data from {@code oldSize} to {@code newSize} bytes (the write reaching
     * the last sector): an unaligned size is the length of a run of zeros after that sector, as H2
     * writes it; an aligned one has none, an earlier run is cut off. (H2's {@code FileEncrypt} also
     * writes the run after an unaligned write inside the file, over the next sector, and leaves an old
     * run behind when the size becomes aligned; the MVStore writes whole sectors, where both agree.)
     */
    private void markEnd(long oldSize, long newSize) throws IOException {
        long lastSector = (newSize + MASK) & ~MASK;
        int plus = (int) (newSize & MASK);
        if (plus > 0) {
            writeFully(base, HEADER_LENGTH + lastSector, ByteBuffer.allocate(plus));
        } else if ((oldSize & MASK) != 0 && base.size() > HEADER_LENGTH + newSize) {
            base.truncate(HEADER_LENGTH + newSize);
        }
    }

    private void writeInternal(ByteBuffer src, long position, int len, XtsAes x) throws IOException {
        ByteBuffer crypt = ByteBuffer.allocate(len).put(src).flip();
        x.encrypt(position / XtsAes.SECTOR, crypt.array(), 0, len);
        writeFully(base, position + HEADER_LENGTH, crypt);
    }

    @Override
    public long size() throws IOException {
        init();
        return size;
    }

    @Override
    protected void implTruncate(long newSize) throws IOException {
        init();
        if (newSize > size) {
            return;
        }
        if (newSize < 0) {
            throw new IllegalArgumentException("newSize: " + newSize);
        }
        base.truncate((newSize & MASK) != 0 ? newSize + HEADER_LENGTH + XtsAes.SECTOR : newSize + HEADER_LENGTH);
        size = newSize;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    /** The size a file of {@code rawSize} bytes holds (what {@link #size()} gives once open). */
    static long dataSize(long rawSize) {
        long sz = Math.max(0, rawSize - HEADER_LENGTH);
        return (sz & MASK) != 0 ? sz - XtsAes.SECTOR : sz;
    }

    private static void readFully(FileChannel file, long pos, ByteBuffer dst) throws IOException {
        do {
            int len = file.read(dst, pos);
            if (len < 0) {
                throw new EOFException();
            }
            pos += len;
        } while (dst.remaining() > 0);
    }

    private static void writeFully(FileChannel file, long pos, ByteBuffer src) throws IOException {
        do {
            pos += file.write(src, pos);
        } while (src.remaining() > 0);
    }

    @Override
    public String toString() {
        return name;
    }
}
