package cn.huyang.exchange;

/**
 * How large a package the reader opens (docs/packages.md): the .hypkg file, the number of entries of its
 * zip, each entry's and all entries' uncompressed size, the manifest, and one line of a table file.
 * Sizes are counted while reading, never taken from what the zip declares.
 */
public record PackageLimits(long maxFileBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes,
                            int maxManifestBytes, int maxLineBytes) {
    /** A department's years of data fit many times over; a zip bomb does not. */
    public static final PackageLimits DEFAULT = new PackageLimits(256L << 20, 200, 256L << 20, 512L << 20,
            1 << 20, 1 << 20);
}
