package cn.huyang.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;

/**
 * Reads what {@link SealedOutputStream} wrote. A chunk is handed out only after its tag checked;
 * a changed, reordered, missing or cut chunk, or bytes after the final one, end the read with a
 * {@link TamperedException}. The end of the stream is reported only after the final chunk.
 */
public final class SealedInputStream extends InputStream {
    private final InputStream in;
    private final byte[] key;
    private final byte[] header;
    private byte[] plain = new byte[0];
    private int pos;
    private long index;
    private boolean done;

    /** A sealed stream that does not open: wrong key, changed or cut. */
    public static final class TamperedException extends IOException {
        TamperedException(String message) {
            super(message);
        }
    }

    public SealedInputStream(InputStream in, FileKey fileKey) throws IOException {
        this.in = in;
        this.header = in.readNBytes(SealedOutputStream.MAGIC.length + SealedOutputStream.SALT);
        if (header.length != SealedOutputStream.MAGIC.length + SealedOutputStream.SALT
                || !Arrays.equals(Arrays.copyOf(header, SealedOutputStream.MAGIC.length), SealedOutputStream.MAGIC)) {
            throw new TamperedException("not a sealed stream");
        }
        byte[] k = fileKey.bytes();
        this.key = Hkdf.sha256(k, Arrays.copyOfRange(header, SealedOutputStream.MAGIC.length, header.length),
                "huyang sealed stream v1", 32);
        Arrays.fill(k, (byte) 0);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos == plain.length) {
            if (done) {
                return -1;
            }
            next();
        }
        int n = Math.min(len, plain.length - pos);
        System.arraycopy(plain, pos, b, off, n);
        pos += n;
        return n;
    }

    private void next() throws IOException {
        byte[] sealed = in.readNBytes(SealedOutputStream.CHUNK + SealedOutputStream.TAG);
        boolean last = sealed.length < SealedOutputStream.CHUNK + SealedOutputStream.TAG;
        if (sealed.length < SealedOutputStream.TAG) {
            throw new TamperedException("cut short");
        }
        try {
            plain = SealedOutputStream.cipher(Cipher.DECRYPT_MODE, key, header, index, last).doFinal(sealed);
        } catch (GeneralSecurityException e) {
            throw new TamperedException("chunk " + index + " does not open");
        }
        pos = 0;
        index++;
        if (last) {
            done = true;
            if (in.read() >= 0) {
                throw new TamperedException("bytes after the final chunk");
            }
        }
    }

    /** Reads to the end, so that a cut or changed tail is found even when the reader needed no more. */
    public void verifyToEnd() throws IOException {
        transferTo(OutputStream.nullOutputStream());
    }

    @Override
    public void close() throws IOException {
        Arrays.fill(key, (byte) 0);
        in.close();
    }
}
