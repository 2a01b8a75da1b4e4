package cn.huyang.app;

import cn.huyang.common.ConfirmedYears;
import cn.huyang.policy.PolicyDialog;
import cn.huyang.policy.PolicyRepository;
import cn.huyang.policy.PolicyService;
import cn.huyang.policy.PolicyViewModel;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The policy parameters with their effective dates and the unit's details: started first, read by
 * every feature whose rules use a parameter. The features that confirm years (the assessment, the
 * title review) tell it their confirmed years, which a change may not alter without a reason. Its
 * screen opens from 文件 → 政策参数….
 */
public final class PolicyModule implements FeatureModule {
    private final List<ConfirmedYears> confirmed = new CopyOnWriteArrayList<>();
    private PolicyService service;

    @Override
    public void start(Kernel k) {
        service = new PolicyService(k.tx(), new PolicyRepository(k.dsl(), k.clock()), this::confirmedYears,
                k.clock(), k.access());
    }

    public PolicyService service() {
        return service;
    }

    /** A feature's confirmed years, supplied when it starts. */
    void confirmedBy(ConfirmedYears source) {
        confirmed.add(source);
    }

    /** 文件 → 政策参数…: the parameters, their history, a change, and the unit's name. */
    @Override
    public List<MenuAction> fileMenu() {
        return List.of(new MenuAction("menuPolicy", "menu.file.policy", this::open));
    }

    /** Opens the dialog; a stored change makes every tab judge again by the new values. */
    private void open(Ui ui) {
        PolicyViewModel vm = new PolicyViewModel(service, ui.runner(), ui.messages());
        vm.setOnFailure(ui.dialogs()::failure);
        vm.setOnChanged(() -> ui.dataChanged(null));
        new PolicyDialog(vm, ui.owner().get()).show();
    }

    private Set<Integer> confirmedYears() {
        Set<Integer> years = new TreeSet<>();
        confirmed.forEach(c -> years.addAll(c.confirmedYears()));
        return years;
    }
}
