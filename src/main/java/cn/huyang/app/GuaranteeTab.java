package cn.huyang.app;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.FeatureTab;
import cn.huyang.guarantee.AllowanceView;
import cn.huyang.guarantee.AllowanceViewModel;
import cn.huyang.guarantee.FacilityView;
import cn.huyang.guarantee.FacilityViewModel;
import cn.huyang.guarantee.IncomeView;
import cn.huyang.guarantee.IncomeViewModel;
import cn.huyang.guarantee.Writes;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * 待遇保障: 津贴发放 (the grid and a payment), 津贴标准, 收入对比 (roles that may see incomes), 宿舍楼与年级大会.
 * A save changes the findings, so the other tabs refresh.
 */
public final class GuaranteeTab implements FeatureTab {
    private final TabPane root = new TabPane();
    private final AllowanceViewModel allowance;
    private final IncomeViewModel income;
    private final FacilityViewModel facility;
    private boolean loaded;

    GuaranteeTab(Ui ui) {
        Messages m = ui.messages();
        GuaranteeModule g = GuaranteeModule.of(ui.app());
        allowance = new AllowanceViewModel(g.allowances(), ui.app().roster(), ui.runner(), m, writes(ui));
        income = new IncomeViewModel(g.incomes(), allowance.yearProperty(), ui.runner(), m, writes(ui));
        facility = new FacilityViewModel(g.facilities(), allowance.yearProperty(), ui.runner(), m, writes(ui));
        allowance.setOnFailure(ui.dialogs()::failure);
        income.setOnFailure(ui.dialogs()::failure);
        facility.setOnFailure(ui.dialogs()::failure);
        allowance.yearProperty().addListener((o, a, b) -> {
            income.load();
            facility.load();
        });
        AllowanceView view = new AllowanceView(allowance, m);
        root.setId("guaranteeTabs");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.getTabs().addAll(tab("allowanceSubTab", m.get("guarantee.tab.allowance"), view.gridNode()),
                tab("standardSubTab", m.get("guarantee.tab.standards"), view.standardsNode()),
                tab("incomeSubTab", m.get("guarantee.tab.income"), new IncomeView(income, allowance, m).node()),
                tab("facilitySubTab", m.get("guarantee.tab.facilities"),
                        new FacilityView(facility, allowance, m).node()));
    }

    private Writes writes(Ui ui) {
        Writes w = new Writes(ui.runner(), ui.messages());
        w.setOnFailure(ui.dialogs()::failure);
        w.setOnNotice(ui.dialogs()::notice);
        w.setOnChanged(() -> ui.dataChanged(this));
        return w;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    public AllowanceViewModel allowance() {
        return allowance;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        if (!loaded) {
            loaded = true;
            load();
        }
    }

    @Override
    public void refresh() {
        if (loaded) {
            load();
        }
    }

    private void load() {
        allowance.load();
        income.load();
        facility.load();
    }
}
