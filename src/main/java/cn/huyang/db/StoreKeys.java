package cn.huyang.db;

import cn.huyang.security.FileKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys of the encrypted H2 files this program has open or is about to open, by the file's real
 * path: {@link EncryptedFilePath} finds its key here, so that no key is ever part of a JDBC URL or a
 * file name (H2 puts both in its messages). Holds the {@link FileKey}s themselves, no copies: a
 * destroyed key opens nothing.
 */
final class StoreKeys {
    private static final Map<String, FileKey> KEYS = new ConcurrentHashMap<>();

    private StoreKeys() {
    }

    /** The key H2 uses for {@code file} (an {@code .mv.db}) until {@link #forget}. */
    static void put(Path file, FileKey key) {
        KEYS.put(canonical(file), key);
    }

    static void forget(Path file) {
        KEYS.remove(canonical(file));
    }

    /** The key of {@code file}, or null. */
    static FileKey get(Path file) {
        return KEYS.get(canonical(file));
    }

    /** The file's path with its folder's symbolic links resolved, as H2 names it. */
    private static String canonical(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        try {
            return parent == null ? abs.toString() : parent.toRealPath().resolve(abs.getFileName()).toString();
        } catch (IOException e) {
            return abs.toString();
        }
    }
}
