package cn.huyang.exchange;

import cn.huyang.access.Access;
import cn.huyang.db.Stamps;
import cn.huyang.db.Store;
import cn.huyang.security.TextCipher;
import java.time.Clock;
import java.util.function.Supplier;

/** The data packages' parts on an open store for the user working now: the database's identity, the office key. */
public final class Exchange {
    private final DatabaseIdentities identities;
    private final OfficeKeys officeKeys;
    private final PackageExport export;
    private final PackageImport receive;
    private final ConflictService conflicts;

    /**
     * @param cipher     the office's data key as the user holds it (seals the identity's private keys)
     * @param officeName the school's name from the unit settings (单位信息), or null
     */
    public Exchange(Store store, Access access, TextCipher cipher, Clock clock, Supplier<String> officeName,
                    Stamps stamps, Runnable backup, Rederive rederive) {
        this.identities = new DatabaseIdentities(store.transactor(), new DatabaseIdentityRepository(store.dsl()), cipher,
                access.audit(), clock);
        this.officeKeys = new OfficeKeys(identities, access.guard(), access.audit(), officeName, clock);
        Parts parts = new Parts(access.guard(), access.audit(), store.transactor(), clock, identities,
                new TravelRepository(store.dsl(), stamps), new LedgerRepository(store.dsl()),
                new DirectoryRepository(store.dsl()), new RowTexts(cipher), rederive);
        this.export = new PackageExport(parts);
        this.receive = new PackageImport(parts, backup);
        this.conflicts = new ConflictService(parts);
    }

    /** Writing a package for the office (系部, 辅导员). */
    public PackageExport export() {
        return export;
    }

    /** Previewing and applying a package (学工部, administrator). */
    public PackageImport receive() {
        return receive;
    }

    /** The 冲突 list. */
    public ConflictService conflicts() {
        return conflicts;
    }

    public DatabaseIdentities identities() {
        return identities;
    }

    public OfficeKeys officeKeys() {
        return officeKeys;
    }
}
