package cn.huyang.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditEntry;
import cn.huyang.access.AuditQuery;
import cn.huyang.access.Role;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore puts the backup's data back but keeps the accounts and the audit rows made since the backup. */
class BackupServiceTest {
    @TempDir
    Path dir;

    @Test
    void aRestoreKeepsTheAccountsAndTheAuditLogMadeSinceTheBackup() {
        try (Store db = TestStores.open(dir.resolve("data"))) {
            AppContext ctx = new AppContext(db, Messages.forLanguage("zh"), Clock.systemDefaultZone());
            ctx.audit().record(AuditAction.EXPORT, "roster", null, Map.of("rows", 1));
            Path backup = dir.resolve("备份.zip");
            db.backups().backupTo(backup);
            ctx.accounts().create("lingdao", "领导", Role.LEADER, null, "Leader-2026-pw".toCharArray());
            for (int i = 0; i < 1500; i++) { // more than one batch
                ctx.audit().record(AuditAction.EXPORT, "ledger", i, Map.of("rows", i));
            }
            int before = ctx.audit().find(AuditQuery.all().byUser(null)).size();

            ctx.backups().restore(ctx.backups().prepareRestore(backup, null));

            assertThat(ctx.accounts().account("lingdao")).isPresent();
            var rows = ctx.audit().find(new AuditQuery(null, null, null, null, null, 100_000));
            assertThat(rows).hasSize(before + 1);
            assertThat(rows).extracting(AuditEntry::action).contains(AuditAction.RESTORE.name());
            assertThat(rows).filteredOn(e -> "ledger".equals(e.entity())).hasSize(1500);
        }
    }
}
