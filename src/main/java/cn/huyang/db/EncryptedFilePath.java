package cn.huyang.db;

import cn.huyang.security.FileKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's file system for encrypted databases, {@code huyangaes:<path>}: the database file
 * ({@code .mv.db}, and the {@code .tempFile}/{@code .newFile} of H2's offline compaction) is an
 * {@link EncryptedChannel} with the key {@link StoreKeys} holds for it, every other file (the trace) is
 * the plain file. The bytes are those of H2's {@code CIPHER=AES}, so either opens what the other wrote.
 *
 * <p>Public with a public constructor: H2 makes its paths by reflection.
 */
public final class EncryptedFilePath extends FilePathWrapper {
    static final String SCHEME = "huyangaes";
    private static final String STORE = ".mv.db";
    private static final String[] COMPACTION = {".tempFile", ".newFile"};

    static {
        FilePath.register(new EncryptedFilePath());
    }

    /** Registers the scheme with H2 (once; every call after the first does nothing). */
    static void register() {
        // the static initializer did the work
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        Path store = storeFile();
        if (store == null) {
            return getBase().open(mode);
        }
        FileKey key = StoreKeys.get(store);
        if (key == null) {
            throw new IOException("No key for the encrypted database " + store);
        }
        char[] password = key.h2Password().toCharArray();
        byte[] bytes = passwordBytes(password);
        java.util.Arrays.fill(password, '\0');
        FileChannel raw = getBase().open(mode);
        EncryptedChannel channel = new EncryptedChannel(name, bytes, raw);
        if (!channel.keyFits()) {
            channel.close();
            throw DbException.get(ErrorCode.FILE_ENCRYPTION_ERROR_1, name);
        }
        return channel;
    }

    @Override
    public long size() {
        return storeFile() == null ? getBase().size() : EncryptedChannel.dataSize(getBase().size());
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return storeFile() == null ? getBase().newInputStream() : Channels.newInputStream(open("r"));
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return storeFile() == null ? getBase().newOutputStream(append)
                : newFileChannelOutputStream(open("rw"), append);
    }

    /** The {@code .mv.db} whose key this file takes, or null for a file that is not encrypted. */
    private Path storeFile() {
        String base = getBase().toString();
        for (String suffix : COMPACTION) {
            if (base.endsWith(STORE + suffix)) {
                base = base.substring(0, base.length() - suffix.length());
            }
        }
        return base.endsWith(STORE) ? Path.of(base) : null;
    }

    /** What H2 derives the key from: the file password in UTF-16BE (H2's {@code FilePathEncrypt}). */
    static byte[] passwordBytes(char[] password) {
        byte[] b = new byte[password.length * 2];
        for (int i = 0; i < password.length; i++) {
            b[2 * i] = (byte) (password[i] >>> 8);
            b[2 * i + 1] = (byte) password[i];
        }
        return b;
    }
}
