package cn.huyang.security;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Overwrites a file before deleting it: once with zeros, once with random bytes, each pass forced
 * to disk, then deletes it.
 *
 * <p><b>Best effort only.</b> On SSDs and flash drives (wear levelling keeps old blocks), on
 * journaling or copy-on-write file systems (ext4 with data journaling, btrfs, APFS, ZFS), on
 * network drives, in snapshots, shadow copies and in backups of the disk, the old bytes may survive.
 * What it does guarantee is that the file is gone from the folder and that a plain undelete of
 * the file's blocks on a simple disk finds no data.
 */
public final class SecureDelete {
    private static final int BLOCK = 1 << 16;

    private SecureDelete() {
    }

    /** Overwrites (zeros, then random) and deletes a regular file; a missing file is nothing to do. */
    public static void overwriteAndDelete(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("not a regular file: " + file);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = ch.size();
            pass(ch, size, null);
            pass(ch, size, new SecureRandom());
        }
        Files.delete(file);
    }

    private static void pass(FileChannel ch, long size, SecureRandom random) throws IOException {
        byte[] block = new byte[BLOCK];
        long pos = 0;
        while (pos < size) {
            int n = (int) Math.min(BLOCK, size - pos);
            if (random != null) {
                random.nextBytes(block);
            }
            ByteBuffer b = ByteBuffer.wrap(block, 0, n);
            while (b.hasRemaining()) {
                pos += ch.write(b, pos);
            }
        }
        ch.force(true);
    }
}
