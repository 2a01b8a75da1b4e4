package cn.huyang.exchange;

import cn.huyang.exchange.PackageRefusal.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The payload of a package: a zip of {@code manifest.json}, {@code manifest.sig} and
 * {@code tables/<name>.tsv}. Reading holds it to {@link PackageLimits} and refuses any other name, a
 * directory, a path, a name twice, too many entries or too many bytes — counted while inflating.
 */
final class PackageZip {
    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    static final String TABLES = "tables/";
    static final String TABLE_SUFFIX = ".tsv";
    /** Entries carry this time, so the same content makes the same zip. */
    private static final long TIME = 0L;

    private PackageZip() {
    }

    /** A zip of these entries, in this order. */
    static byte[] write(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The entries by name, in the zip's order; refused unless every one is allowed and within the limits. */
    static Map<String, byte[]> read(byte[] zipBytes, PackageLimits limits) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (!allowed(name) || entry.isDirectory()) {
                    throw unsafe("package.unsafe.name", name);
                }
                if (out.containsKey(name)) {
                    throw unsafe("package.unsafe.duplicate", name);
                }
                if (out.size() >= limits.maxEntries()) {
                    throw unsafe("package.unsafe.entries", limits.maxEntries());
                }
                long max = Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - total);
                if (name.equals(MANIFEST)) {
                    max = Math.min(max, limits.maxManifestBytes());
                }
                if (entry.getSize() > max) {
                    throw unsafe("package.unsafe.size", name);
                }
                byte[] data = readAtMost(zip, max, name);
                total += data.length;
                out.put(name, data);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PackageRefusal(Reason.UNSAFE_CONTENT, e, new PackageRefusal.Detail("package.unsafe.zip"));
        }
        if (out.isEmpty()) {
            throw new PackageRefusal(Reason.UNSAFE_CONTENT, new PackageRefusal.Detail("package.unsafe.zip"));
        }
        return out;
    }

    /** Whether a zip entry may have this name: the manifest, its signature, or a table file. */
    static boolean allowed(String name) {
        if (name.equals(MANIFEST) || name.equals(SIGNATURE)) {
            return true;
        }
        return name.startsWith(TABLES) && name.endsWith(TABLE_SUFFIX)
                && PackageTable.NAME.matcher(tableOf(name)).matches();
    }

    /** The table of a table file's name. */
    static String tableOf(String name) {
        return name.substring(TABLES.length(), name.length() - TABLE_SUFFIX.length());
    }

    private static byte[] readAtMost(ZipInputStream zip, long max, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long n = 0;
        int r;
        while ((r = zip.read(buffer)) > 0) {
            n += r;
            if (n > max) {
                throw unsafe("package.unsafe.size", name);
            }
            out.write(buffer, 0, r);
        }
        return out.toByteArray();
    }

    private static PackageRefusal unsafe(String key, Object arg) {
        return new PackageRefusal(Reason.UNSAFE_CONTENT, new PackageRefusal.Detail(key, String.valueOf(arg)));
    }
}
