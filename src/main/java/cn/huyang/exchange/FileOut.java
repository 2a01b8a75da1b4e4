package cn.huyang.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file the office hands on (a key file, a package) whole or not at all: a temporary file, then a move. */
final class FileOut {
    private FileOut() {
    }

    /** Replaces {@code target} with {@code bytes}; returns its absolute path. */
    static Path replace(Path target, byte[] bytes) {
        Path abs = target.toAbsolutePath();
        try {
            Path tmp = Files.createTempFile(abs.getParent(), ".huyang-", ".tmp");
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return abs;
    }
}
