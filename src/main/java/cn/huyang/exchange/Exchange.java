package cn.huyang.exchange;

import cn.huyang.access.Access;
import cn.huyang.db.Store;
import cn.huyang.security.TextCipher;
import java.time.Clock;
import java.util.function.Supplier;

/** The data packages' parts on an open store for the user working now: the database's identity, the office key. */
public final class Exchange {
    private final DatabaseIdentities identities;
    private final OfficeKeys officeKeys;

    /**
     * @param cipher     the office's data key as the user holds it (seals the identity's private keys)
     * @param officeName the school's name from the unit settings (单位信息), or null
     */
    public Exchange(Store store, Access access, TextCipher cipher, Clock clock, Supplier<String> officeName) {
        this.identities = new DatabaseIdentities(store.transactor(), new DatabaseIdentityRepository(store.dsl()), cipher,
                access.audit(), clock);
        this.officeKeys = new OfficeKeys(identities, access.guard(), access.audit(), officeName, clock);
    }

    public DatabaseIdentities identities() {
        return identities;
    }

    public OfficeKeys officeKeys() {
        return officeKeys;
    }
}
