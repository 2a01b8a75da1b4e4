package cn.huyang.training;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.DialogService;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;

/**
 * The training tab: the ledger, the year's compliance and the budget. Each loads when first shown;
 * a save or a delete in the ledger marks the others to load again.
 */
public class TrainingView {
    private final TrainingLedgerViewModel ledger;
    private final ComplianceViewModel compliance;
    private final TabPane tabs;
    private final TrainingLedgerView ledgerView;
    private final ComplianceView complianceView;
    private final Tab ledgerTab;
    private boolean ledgerStale = true;
    private boolean complianceStale = true;

    public TrainingView(TrainingLedgerViewModel ledger, ComplianceViewModel compliance, Messages m,
                        DialogService dialogs, Supplier<Window> owner) {
        this.ledger = ledger;
        this.compliance = compliance;
        ledger.setOnFailure(dialogs::failure);
        compliance.setOnFailure(dialogs::failure);
        ledgerView = new TrainingLedgerView(ledger, dialogs, owner, () -> complianceStale = true);
        ledgerTab = new Tab(m.get("training.tab.ledger"), ledgerView.node());
        ledgerTab.setId("ledgerTab");
        Tab complianceTab = new Tab(m.get("training.tab.compliance"), (complianceView = new ComplianceView(compliance)).node());
        complianceTab.setId("complianceTab");
        Tab budgetTab = new Tab(m.get("training.tab.budget"), new BudgetView(compliance).node());
        budgetTab.setId("budgetTab");
        tabs = new TabPane(ledgerTab, complianceTab, budgetTab);
        tabs.setId("trainingTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showing());
    }

    public Node node() {
        return tabs;
    }

    /** The tab became visible, or was asked to refresh: load what is stale and shown. */
    public void showing() {
        if (tabs.getSelectionModel().getSelectedItem() == ledgerTab) {
            if (ledgerStale) {
                ledgerStale = false;
                ledgerView.reloadKeepingPlace();
            }
        } else if (complianceStale) {
            complianceStale = false;
            compliance.load();
        }
    }

    /** Shows the compliance sub-tab (the dashboard opens it filtered). */
    public void showCompliance() {
        tabs.getTabs().stream().filter(t -> "complianceTab".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** The data changed elsewhere (demo data, the roster): everything loads again when shown. */
    public void invalidate() {
        ledgerStale = true;
        complianceStale = true;
    }

    /** Ctrl+F: the search box of the sub-tab shown (the budget has none). */
    public void focusSearch() {
        if (tabs.getSelectionModel().getSelectedItem() == ledgerTab) {
            ledgerView.focusSearch();
        } else if (tabs.getSelectionModel().getSelectedItem().getContent() == complianceView.node()) {
            complianceView.focusSearch();
        }
    }

    public TrainingLedgerViewModel ledger() {
        return ledger;
    }

    public ComplianceViewModel compliance() {
        return compliance;
    }

    public TrainingLedgerView ledgerView() {
        return ledgerView;
    }

    public ComplianceView complianceView() {
        return complianceView;
    }
}
