package cn.huyang.app;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.FeatureTab;
import cn.huyang.title.RecordsViewModel;
import cn.huyang.title.TargetsViewModel;
import cn.huyang.title.TitleFormActions;
import cn.huyang.title.TitleReviewViewModel;
import cn.huyang.title.TitleView;
import javafx.scene.Node;

/**
 * The title tab: the review, the plan and criteria, the records, and the printing menu. A confirmed
 * review or a step added by hand changes the roster's titles: the other tabs refresh.
 */
public final class TitleTab implements FeatureTab {
    private final TitleView view;
    /** What another PC's change must touch for the review, the plan or the records to load again. */
    private static final java.util.Set<String> SHOWN = java.util.Set.of("titleApplication", "titleTarget",
            "promotion", "counselor", "department", "policy", "assessmentReview", "training", "trainingRecord");

    TitleTab(Ui ui) {
        AppContext app = ui.app();
        Messages m = ui.messages();
        TitleReviewViewModel review = new TitleReviewViewModel(app.titles(), ui.runner(), m);
        TargetsViewModel targets = new TargetsViewModel(app.titles(), ui.runner(), m);
        RecordsViewModel records = new RecordsViewModel(app.titles().records(), ui.runner(), m);
        view = new TitleView(review, targets, records, m, ui.dialogs(), ui.owner());
        view.addPrinting(new TitleFormActions(app.titleForms(), ui.runner(), ui.dialogs(), ui.owner(), ui.remembered()),
                m);
        view.setOnChanged(() -> ui.dataChanged(this));
        ChangesElsewhere.follow(ui, view.node(), ChangesElsewhere.anyOf(SHOWN),
                () -> review.dirtyProperty().get(), view::invalidate, view::reloadKeepingPlace);
    }

    @Override
    public Node node() {
        return view.node();
    }

    @Override
    public void shown() {
        view.showing();
    }

    @Override
    public void refresh() {
        view.invalidate();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return view.review().dirtyProperty().get();
    }

    @Override
    public void find() {
        view.focusSearch();
    }

    public TitleView view() {
        return view;
    }
}
