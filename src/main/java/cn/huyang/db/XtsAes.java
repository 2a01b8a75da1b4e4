package cn.huyang.db;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/*
 * The XTS of H2's org.h2.store.fs.encrypt.XTS (Copyright 2004-2025 H2 Group. Multiple-Licensed under
 * the MPL 2.0, and the EPL 1.0, https://h2database.com/html/license.html), done with the JDK's AES.
 */

/**
 * XTS-AES over H2's 4096-byte sectors, giving byte for byte what H2's {@code XTS} gives with its own
 * pure-Java {@code org.h2.security.AES}, but with the JDK's {@code AES/ECB/NoPadding} (AES-NI where the
 * CPU has it): the tweaks of a whole run of sectors are computed first, xored in, the run encrypted in
 * one cipher call, and the tweaks xored in again.
 *
 * <p>The tweak of sector {@code n} starts as AES(n as 16 little-endian bytes) and is multiplied by x in
 * GF(2<sup>128</sup>) (a left shift of the little-endian number, feedback 0x87) for each following
 * 16-byte block. H2's file layer only ever hands whole sectors to its XTS, so the ciphertext stealing
 * of partial sectors is never used and not needed here.
 */
final class XtsAes {
    static final int SECTOR = 4096;
    private static final int BLOCK = 16;
    private static final int GF_128_FEEDBACK = 0x87;
    /** The most bytes encrypted in one cipher call (and the size of the tweak buffer): 64 sectors. */
    private static final int RUN = 64 * SECTOR;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final Cipher encrypt;
    private final Cipher decrypt;
    private byte[] tweaks = new byte[SECTOR];

    /** @param key the 16 bytes of an AES-128 key */
    XtsAes(byte[] key) {
        try {
            SecretKeySpec spec = new SecretKeySpec(key, "AES");
            encrypt = Cipher.getInstance("AES/ECB/NoPadding");
            encrypt.init(Cipher.ENCRYPT_MODE, spec);
            decrypt = Cipher.getInstance("AES/ECB/NoPadding");
            decrypt.init(Cipher.DECRYPT_MODE, spec);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/ECB/NoPadding is missing from this JDK", e);
        }
    }

    /** Encrypts {@code len} bytes (whole sectors) in place, the first being sector {@code sector}. */
    synchronized void encrypt(long sector, byte[] data, int offset, int len) {
        crypt(encrypt, sector, data, offset, len);
    }

    /** Decrypts {@code len} bytes (whole sectors) in place, the first being sector {@code sector}. */
    synchronized void decrypt(long sector, byte[] data, int offset, int len) {
        crypt(decrypt, sector, data, offset, len);
    }

    private void crypt(Cipher cipher, long sector, byte[] data, int offset, int len) {
        if (len % SECTOR != 0 || len < 0) {
            throw new IllegalArgumentException("not whole sectors: " + len);
        }
        for (int done = 0; done < len; ) {
            int run = Math.min(len - done, RUN);
            byte[] t = tweaks(sector + done / SECTOR, run / SECTOR);
            try {
                xor(data, offset + done, t, run);
                int n = cipher.doFinal(data, offset + done, run, data, offset + done);
                if (n != run) {
                    throw new IllegalStateException("AES gave " + n + " of " + run + " bytes");
                }
                xor(data, offset + done, t, run);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES failed", e);
            }
            done += run;
        }
    }

    /** The tweak of every 16-byte block of {@code count} sectors from {@code sector} on. */
    private byte[] tweaks(long sector, int count) {
        if (tweaks.length < count * SECTOR) {
            tweaks = new byte[RUN];
        }
        byte[] t = tweaks;
        byte[] first = new byte[count * BLOCK];
        for (int s = 0; s < count; s++) {
            LONGS.set(first, s * BLOCK, sector + s);
        }
        try {
            encrypt.doFinal(first, 0, first.length, first, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES failed", e);
        }
        for (int s = 0; s < count; s++) {
            long lo = (long) LONGS.get(first, s * BLOCK);
            long hi = (long) LONGS.get(first, s * BLOCK + 8);
            int base = s * SECTOR;
            for (int i = 0; i < SECTOR; i += BLOCK) {
                if (i > 0) {
                    long carry = hi >>> 63;
                    hi = (hi << 1) | (lo >>> 63);
                    lo = (lo << 1) ^ (carry * GF_128_FEEDBACK);
                }
                LONGS.set(t, base + i, lo);
                LONGS.set(t, base + i + 8, hi);
            }
        }
        return t;
    }

    private static void xor(byte[] data, int offset, byte[] t, int len) {
        for (int i = 0; i < len; i += 8) {
            LONGS.set(data, offset + i, (long) LONGS.get(data, offset + i) ^ (long) LONGS.get(t, i));
        }
    }
}
