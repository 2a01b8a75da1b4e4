package cn.huyang.title;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.DialogService;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;

/**
 * The title evaluation tab: the year's review (applications, criteria ✓/✗, the panel, results), the
 * plan and criteria, and each counselor's records (个人档案). Each loads when first shown; a write in one marks
 * the others to load again. The review and the plan follow the same year.
 */
public class TitleView {
    private final TitleReviewViewModel review;
    private final TargetsViewModel targets;
    private final TitleReviewView reviewView;
    private final TabPane tabs;
    private final Tab reviewTab;
    private final Tab targetsTab;
    private final Tab recordsTab;
    private final RecordsView records;
    private boolean reviewStale = true;
    private boolean targetsStale = true;
    private Runnable onChanged = () -> { };

    public TitleView(TitleReviewViewModel review, TargetsViewModel targets, RecordsViewModel recordsVm, Messages m,
                     DialogService dialogs, Supplier<Window> owner) {
        this.review = review;
        this.targets = targets;
        review.setOnFailure(dialogs::failure);
        targets.setOnFailure(dialogs::failure);
        review.setOnNotice(dialogs::notice);
        targets.setOnNotice(dialogs::notice);
        targets.yearProperty().bindBidirectional(review.yearProperty());
        records = new RecordsView(recordsVm, m, dialogs, owner);
        review.setOnChanged(() -> {
            targetsStale = true;
            records.invalidate();
            onChanged.run();
        });
        // A step of the history added by hand changes the roster's title, and the criteria read both.
        records.setOnChanged(() -> {
            reviewStale = true;
            onChanged.run();
        });
        targets.setOnChanged(() -> reviewStale = true);
        reviewView = new TitleReviewView(review, dialogs, owner);
        reviewTab = new Tab(m.get("title.tab.review"), reviewView.node());
        reviewTab.setId("titleReviewTab");
        targetsTab = new Tab(m.get("title.tab.targets"), new TargetsView(targets, dialogs, owner).node());
        targetsTab.setId("titleTargetsTab");
        recordsTab = new Tab(m.get("title.tab.records"), records.node());
        recordsTab.setId("titleRecordsTab");
        tabs = new TabPane(reviewTab, targetsTab, recordsTab);
        tabs.setId("titleTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showing());
        targets.yearProperty().addListener((o, a, b) -> {
            targetsStale = true;
            showing();
        });
    }

    /** The printing menu of the review: recommendation sheets (the selected one or all) and the year's list. */
    public void addPrinting(TitleFormActions actions, Messages m) {
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(m.get("title.print.menu"));
        menu.setId("titlePrintMenu");
        java.util.function.Supplier<Long> selected = () -> review.selectedProperty().get() == null ? null
                : review.selectedProperty().get().application().id();
        java.util.function.IntSupplier year = () -> review.yearProperty().get();
        javafx.scene.control.MenuItem previewOne = item(m, "title.print.previewSelected",
                () -> actions.previewSheets(year.getAsInt(), selected.get()));
        previewOne.disableProperty().bind(review.selectedProperty().isNull());
        javafx.scene.control.MenuItem printOne = item(m, "title.print.printSelected",
                () -> actions.printSheets(year.getAsInt(), selected.get()));
        printOne.disableProperty().bind(review.selectedProperty().isNull());
        menu.getItems().addAll(previewOne, printOne,
                item(m, "title.print.previewAll", () -> actions.previewSheets(year.getAsInt(), null)),
                printAll(m, () -> actions.printAllSheets(year.getAsInt())),
                item(m, "title.print.pdfEach", () -> actions.exportPdf(year.getAsInt(), null, false, true)),
                item(m, "title.print.pdfSingle", () -> actions.exportPdf(year.getAsInt(), null, true, true)),
                new javafx.scene.control.SeparatorMenuItem(),
                item(m, "title.print.previewList", () -> actions.previewList(year.getAsInt())),
                item(m, "title.print.printList", () -> actions.printList(year.getAsInt())));
        menu.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(review.rows()));
        reviewView.printButtons().getChildren().add(menu);
    }

    private static javafx.scene.control.MenuItem printAll(Messages m, Runnable action) {
        javafx.scene.control.MenuItem i = item(m, "title.print.printAll", action);
        i.setId("titlePrintAll");
        return i;
    }

    private static javafx.scene.control.MenuItem item(Messages m, String key, Runnable action) {
        javafx.scene.control.MenuItem i = new javafx.scene.control.MenuItem(m.get(key));
        i.setOnAction(e -> action.run());
        return i;
    }

    /** Called after a write that changes what other tabs show (titles on the roster). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public Node node() {
        return tabs;
    }

    /** The tab became visible, or was asked to refresh: load what is stale and shown. */
    public void showing() {
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        if (shown == reviewTab && reviewStale) {
            reviewStale = false;
            review.load();
        } else if (shown == targetsTab && targetsStale) {
            targetsStale = false;
            targets.load();
        } else if (shown == recordsTab) {
            records.showing();
        }
    }

    /** The data changed elsewhere (demo data, the roster, assessment, training): everything loads again when shown. */
    public void invalidate() {
        reviewStale = true;
        targetsStale = true;
        records.invalidate();
    }

    /**
     * Another PC changed data: everything is stale, and the sub-tab shown loads again now — the
     * review keeping the application selected and the scroll position.
     */
    public void reloadKeepingPlace() {
        invalidate();
        if (tabs.getSelectionModel().getSelectedItem() == reviewTab) {
            reviewStale = false;
            cn.huyang.common.ui.TablePlace.of(reviewView.table(), r -> r.application().id()).reloadKeeping(review::load);
        } else {
            showing();
        }
    }

    /** Ctrl+F: 个人档案's search (switching to it): the only search of the title tab. */
    public void focusSearch() {
        tabs.getSelectionModel().select(recordsTab);
        records.focusSearch();
    }

    public TitleReviewViewModel review() {
        return review;
    }

    public TitleReviewView reviewView() {
        return reviewView;
    }

    public TabPane tabs() {
        return tabs;
    }
}
