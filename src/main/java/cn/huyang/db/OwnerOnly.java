package cn.huyang.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder and everything in it belong to its owner alone: folders {@code rwx------}, files
 * {@code rw-------}, where the file system has POSIX permissions (on Windows the user's profile
 * folder already keeps others out). Holds personal data: ID numbers, phones, assessments.
 */
public final class OwnerOnly {
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    static boolean posix(Path p) {
        FileSystem fs = p.getFileSystem();
        return fs.supportedFileAttributeViews().contains("posix");
    }

    /**
     * Creates the folder owner-only (its missing parents, outside the data, as usual); an existing
     * folder is left as it is.
     */
    public static Path createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent)) {
            Files.createDirectories(parent);
        }
        if (posix(dir)) {
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(FOLDER));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made meanwhile
            }
            set(dir, FOLDER); // the umask may have taken bits away, never added: set exactly
        } else {
            Files.createDirectories(dir);
        }
        return dir;
    }

    /** Creates a new empty file readable and writable by its owner only (replacing a leftover). */
    static Path createFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (posix(file)) {
            FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(FILE);
            Files.createFile(file, attr);
        } else {
            Files.createFile(file);
        }
        return file;
    }

    /**
     * Writes a small file whole or not at all, readable by its owner only: a new owner-only
     * temporary sibling, forced to disk, then renamed over {@code file}.
     */
    public static void writeNew(Path file, byte[] content) throws IOException {
        Path tmp = createFile(file.resolveSibling("." + file.getFileName() + ".tmp"));
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(content);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Makes the folder, every folder below it and every file in them owner-only (symbolic links are
     * not followed). Best effort: a file that cannot be changed is logged and left.
     */
    public static void secureTree(Path root) {
        if (!Files.isDirectory(root) || !posix(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.forEach(p -> {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    set(p, FOLDER);
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    set(p, FILE);
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            log().warn("Could not make everything in {} owner-only: {}", root, e.toString());
        }
    }

    static void set(Path p, Set<PosixFilePermission> permissions) {
        if (!posix(p)) {
            return;
        }
        try {
            if (!Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).equals(permissions)) {
                Files.setPosixFilePermissions(p, permissions);
            }
        } catch (IOException | UnsupportedOperationException e) {
            log().warn("Could not make {} owner-only: {}", p, e.toString());
        }
    }

    /**
     * Asked only when there is something to say: the log folder is made owner-only here before the
     * log exists, and a logger made that early would open the log in its default place.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(OwnerOnly.class);
    }
}
