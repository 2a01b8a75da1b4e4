package cn.huyang.io;

import cn.huyang.db.BackupInfo;
import cn.huyang.db.Backups;
import cn.huyang.db.Transactor;
import cn.huyang.io.PlannedRow.Action;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.RosterService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Writes a roster import's plan: the before-import backup, then the new departments and every row in one transaction. */
final class RosterImportWriter {
    private final RosterService roster;
    private final Transactor tx;
    private final Backups backups;
    private final cn.huyang.access.Access access;

    RosterImportWriter(RosterService roster, Transactor tx, Backups backups, cn.huyang.access.Access access) {
        this.access = access;
        this.roster = roster;
        this.tx = tx;
        this.backups = backups;
    }

    ImportOutcome write(RosterImportPreview preview, boolean skipInvalid) {
        ImportAudit.require(access);
        if (preview.hasRefusals() && !skipInvalid) {
            throw new IllegalStateException("the preview has refused rows");
        }
        int unchanged = (int) preview.count(Action.UNCHANGED);
        int skipped = (int) preview.count(Action.SKIP);
        int refusedRows = (int) preview.refusedRows();
        List<PlannedRow> writes = preview.rows().stream()
                .filter(r -> r.action() == Action.NEW || r.action() == Action.UPDATE).toList();
        if (writes.isEmpty()) {
            return new ImportOutcome(0, 0, unchanged, skipped, refusedRows, 0, null);
        }
        String backup = ImportOutcome.backupName(backups.beforeBulkImport());
        Map<String, Long> placeholders = new HashMap<>();
        List<String> needed = preview.newDepartments();
        for (int i = 0; i < needed.size(); i++) {
            placeholders.put(needed.get(i), -(long) (i + 1));
        }
        int[] counts = new int[3];
        tx.inTransactionWriting(writes.size(), () -> ImportAudit.asOne(access, "roster", () -> {
            Map<Long, Long> realIds = new HashMap<>();
            int order = roster.departments().stream().mapToInt(Department::sortOrder).max().orElse(0);
            java.util.Set<String> codes = new java.util.HashSet<>();
            roster.departments().forEach(d -> codes.add(d.code()));
            for (String name : needed) {
                boolean used = writes.stream().anyMatch(r -> Objects.equals(r.counselor().departmentId(),
                        placeholders.get(name)));
                if (!used) {
                    continue;
                }
                String code = departmentCode(name, codes);
                codes.add(code);
                Department d = roster.saveDepartment(new Department(null, code, name, ++order, true));
                realIds.put(placeholders.get(name), d.id());
                counts[2]++;
            }
            List<Counselor> fresh = new ArrayList<>();
            for (PlannedRow r : writes) {
                Counselor c = r.counselor();
                if (c.departmentId() != null && c.departmentId() < 0) {
                    c = RosterImportService.withDepartment(c, realIds.get(c.departmentId()));
                }
                if (r.action() == Action.NEW) {
                    fresh.add(c);
                } else {
                    roster.update(c);
                    counts[1]++;
                }
            }
            counts[0] = roster.registerAll(fresh).size();
            return counts;
        }, c -> Map.of("created", c[0], "updated", c[1], "departmentsCreated", c[2], "unchanged", unchanged,
                "skipped", skipped, "refusedRows", refusedRows)));
        return new ImportOutcome(counts[0], counts[1], unchanged, skipped, refusedRows, counts[2],
                backup);
    }

    /** A department created by an import gets its name as code when it fits, else a numbered code. */
    static String departmentCode(String name, java.util.Set<String> taken) {
        if (name.length() <= 20 && !taken.contains(name)) {
            return name;
        }
        for (int i = 1; ; i++) {
            String code = "IMPORT-" + i;
            if (!taken.contains(code)) {
                return code;
            }
        }
    }
}
