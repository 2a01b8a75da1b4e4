package cn.huyang.security;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a stream in chunks of {@value #CHUNK} bytes, each AES-256-GCM on its own, so that a large
 * body is neither held in memory nor read unauthenticated. The stream starts with a header: the magic
 * {@code HYSEAL1\n} and a random 32-byte salt. The chunk key is HKDF-SHA256(file key, salt), one per
 * stream, so nonces never repeat under a key; the nonce of chunk {@code i} is {@code i} (96 bits),
 * and its associated data is the header plus a final flag — the last chunk (shorter than
 * {@value #CHUNK}, possibly empty) is flagged, so a stream cut at a chunk boundary is detected, and
 * chunks cannot be reordered, dropped or taken from another stream.
 */
public final class SealedOutputStream extends OutputStream {
    public static final int CHUNK = 1 << 20;
    static final byte[] MAGIC = "HYSEAL1\n".getBytes(StandardCharsets.US_ASCII);
    static final int SALT = 32;
    static final int TAG = 16;

    private final OutputStream out;
    private final byte[] key;
    private final byte[] header;
    private final byte[] buffer = new byte[CHUNK];
    private int filled;
    private long index;
    private boolean finished;

    public SealedOutputStream(OutputStream out, FileKey fileKey) throws IOException {
        this.out = out;
        byte[] salt = KeyWrap.random(SALT);
        this.header = ByteBuffer.allocate(MAGIC.length + SALT).put(MAGIC).put(salt).array();
        byte[] k = fileKey.bytes();
        this.key = Hkdf.sha256(k, salt, "huyang sealed stream v1", 32);
        Arrays.fill(k, (byte) 0);
        out.write(header);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (filled == CHUNK) {
                seal(false);
            }
            int n = Math.min(len, CHUNK - filled);
            System.arraycopy(b, off, buffer, filled, n);
            filled += n;
            off += n;
            len -= n;
        }
    }

    /** Writes the final chunk; the underlying stream stays open. */
    public void finish() throws IOException {
        if (!finished) {
            if (filled == CHUNK) {
                seal(false);
            }
            seal(true);
            finished = true;
            Arrays.fill(key, (byte) 0);
            Arrays.fill(buffer, (byte) 0);
        }
    }

    private void seal(boolean last) throws IOException {
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, header, index, last).doFinal(buffer, 0, filled);
            out.write(sealed);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
        index++;
        filled = 0;
    }

    static Cipher cipher(int mode, byte[] key, byte[] header, long index, boolean last) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        byte[] nonce = ByteBuffer.allocate(12).putInt(0).putLong(index).array();
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG * 8, nonce));
        c.updateAAD(header);
        c.updateAAD(new byte[]{(byte) (last ? 1 : 0)});
        return c;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        finish();
        out.close();
    }
}
