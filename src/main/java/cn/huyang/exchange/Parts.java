package cn.huyang.exchange;

import cn.huyang.access.AccessGuard;
import cn.huyang.access.AuditLog;
import cn.huyang.db.Transactor;
import java.time.Clock;

/** What the package services share on one store for the user at work: rights, audit, the repositories, the texts' key. */
record Parts(AccessGuard guard, AuditLog audit, Transactor tx, Clock clock, DatabaseIdentities identities,
             TravelRepository travel, LedgerRepository ledger, DirectoryRepository directory, RowTexts texts,
             Rederive rederive) {
}
