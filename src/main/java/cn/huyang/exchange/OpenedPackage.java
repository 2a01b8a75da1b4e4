package cn.huyang.exchange;

import java.util.List;
import java.util.Map;

/**
 * A package that passed every check of {@link PackageReader}: its manifest and its tables by name (in the
 * manifest's order). The signature is the manifest's own sender key's: whether that key is the one this
 * office knows for {@link PackageManifest#senderDatabase()} is the caller's question (pin the key per
 * database id at the first package, refuse a different one after).
 */
public record OpenedPackage(PackageManifest manifest, Map<String, PackageTable> tables) {
    public OpenedPackage {
        tables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tables));
    }

    /** The table of this name, or null when the package holds none. */
    public PackageTable table(String name) {
        return tables.get(name);
    }

    public List<String> tableNames() {
        return List.copyOf(tables.keySet());
    }
}
