package cn.huyang.app;

import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditEntry;
import cn.huyang.access.Operation;
import cn.huyang.accounts.AccountsDialog;
import cn.huyang.accounts.AccountsViewModel;
import cn.huyang.accounts.AuditDialog;
import cn.huyang.accounts.AuditViewModel;
import cn.huyang.common.Messages;
import cn.huyang.io.Column;
import cn.huyang.io.XlsxWriter;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.Department;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The screens of the accounts and the audit log, opened from the 文件 menu: 账户管理… for
 * administrators, 操作日志… for 学工部 and administrators (the window hides each from other roles;
 * the services refuse anyway). The accounts' services themselves live in {@code access} and are
 * built by {@link AppContext}; the roster gives the departments a 系部 account belongs to.
 */
public final class AccountsModule implements FeatureModule {
    private final RosterModule roster;

    public AccountsModule(RosterModule roster) {
        this.roster = roster;
    }

    @Override
    public void start(Kernel kernel) {
        // nothing to build: the account service and the audit log come with the context
    }

    @Override
    public List<MenuAction> fileMenu() {
        return List.of(new MenuAction("menuAccounts", "menu.file.accounts", this::openAccounts, Operation.ACCOUNTS_MANAGE),
                new MenuAction("menuAudit", "menu.file.audit", this::openAudit, Operation.AUDIT_VIEW));
    }

    private void openAccounts(Ui ui) {
        AccountsViewModel vm = new AccountsViewModel(ui.app().accounts(), ui.runner(), ui.messages(),
                () -> roster.service().departments().stream().collect(Collectors.toMap(Department::id,
                        Department::name, (a, b) -> a, LinkedHashMap::new)), () -> counselors(), ui.remembered());
        vm.setOnFailure(ui.dialogs()::failure);
        vm.setOnNotice(ui.dialogs()::notice);
        new AccountsDialog(vm, ui.messages(), ui.dialogs(), ui.owner().get()).show();
    }

    /** The counselors in post, for a 辅导员 account: 赵磊（信息工程系）, by department and name. */
    private Map<Long, String> counselors() {
        Map<Long, String> names = roster.service().departments().stream()
                .collect(Collectors.toMap(Department::id, Department::name));
        Map<Long, String> out = new LinkedHashMap<>();
        roster.service().roster().stream().filter(c -> c.status() != CounselorStatus.DEREGISTERED)
                .sorted(java.util.Comparator.comparing((Counselor c) -> names.getOrDefault(c.departmentId(), ""))
                        .thenComparing(Counselor::name))
                .forEach(c -> out.put(c.id(), c.name() + "（" + names.getOrDefault(c.departmentId(), "") + "）"));
        return out;
    }

    private void openAudit(Ui ui) {
        Messages m = ui.messages();
        AuditViewModel vm = new AuditViewModel(ui.app().audit(), ui.runner(), m);
        vm.setOnFailure(ui.dialogs()::failure);
        var export = ui.spreadsheets() == null ? null : ui.spreadsheets().button("auditExport",
                () -> m.get("auditView.sheet"), false, () -> {
                    List<AuditEntry> rows = vm.shown();
                    return (file, fullId) -> {
                        XlsxWriter.write(file, m.get("auditView.sheet"), columns(vm, m), rows);
                        ui.app().audit().record(AuditAction.EXPORT, "audit", null, Map.of("rows", rows.size()));
                        return rows.size();
                    };
                });
        new AuditDialog(vm, m, export, ui.owner().get()).show();
    }

    /** The columns of the exported log, as the screen shows them. */
    static List<Column<AuditEntry>> columns(AuditViewModel vm, Messages m) {
        return List.of(Column.text(m.get("auditView.col.time"), 20, vm::time),
                Column.text(m.get("auditView.col.user"), 14, AuditEntry::userName),
                Column.text(m.get("auditView.col.role"), 12, vm::role),
                Column.text(m.get("auditView.col.action"), 16, vm::action),
                Column.text(m.get("auditView.col.entity"), 14, AuditEntry::entity),
                Column.text(m.get("auditView.col.id"), 12, AuditEntry::entityId),
                Column.text(m.get("auditView.col.details"), 60, AuditEntry::details));
    }
}
