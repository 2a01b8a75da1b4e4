package cn.huyang.assessment;

import cn.huyang.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The assessment's side panel: the selected counselor's summary (述职, typed or left to be handwritten),
 * the result in words, and the override and review buttons.
 */
final class AssessmentSidePanel {
    private final AssessmentViewModel vm;
    private final Messages m;
    private final TableView<GridRow> table;
    private final Runnable onOverride;
    private final Runnable onReview;
    private final TextArea summary = new TextArea();
    private final Label detail = new Label();
    private GridRow bound;

    /** Follows the grid's selection; the buttons run {@code onOverride} and {@code onReview}. */
    AssessmentSidePanel(AssessmentViewModel vm, Messages m, TableView<GridRow> table, Runnable onOverride,
                        Runnable onReview) {
        this.vm = vm;
        this.m = m;
        this.table = table;
        this.onOverride = onOverride;
        this.onReview = onReview;
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> bind(row));
    }

    Node node() {
        Label title = new Label(m.get("assessment.column.summary"));
        title.getStyleClass().add("section-title");
        summary.setId("assessmentSummaryText");
        summary.setWrapText(true);
        summary.setPromptText(m.get("assessment.summary.prompt"));
        summary.editableProperty().bind(vm.lockedProperty().not());
        VBox.setVgrow(summary, Priority.ALWAYS);
        detail.setId("assessmentDetail");
        detail.setWrapText(true);
        Button override = new Button(m.get("assessment.override"));
        override.setId("assessmentOverride");
        override.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.lockedProperty()));
        override.setOnAction(e -> onOverride.run());
        Button review = new Button(m.get("assessment.review"));
        review.setId("assessmentReview");
        review.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        review.setOnAction(e -> onReview.run());
        // the panel is a fifth of the split: at 1024 px, in English, the two buttons do not fit on one line
        FlowPane buttons = new FlowPane(8, 8, override, review);
        VBox box = new VBox(8, title, summary, new Separator(), detail, buttons);
        box.setPadding(new Insets(8));
        box.setMinWidth(200);
        return box;
    }

    private void bind(GridRow row) {
        if (bound != null) {
            summary.textProperty().unbindBidirectional(bound.summaryProperty());
            bound.resultProperty().removeListener(detailListener);
        }
        bound = row;
        if (row == null) {
            summary.clear();
            detail.setText("");
            return;
        }
        summary.textProperty().bindBidirectional(row.summaryProperty());
        row.resultProperty().addListener(detailListener);
        describe(row);
    }

    private final javafx.beans.value.ChangeListener<Result> detailListener = (o, a, b) -> {
        if (bound != null) {
            describe(bound);
        }
    };

    private void describe(GridRow row) {
        Result r = row.resultProperty().get();
        Entry e = row.source().entry();
        List<String> lines = new ArrayList<>();
        lines.add(row.name() + " · " + row.department());
        if (r == null || !r.complete()) {
            lines.add(m.get("assessment.detail.incomplete"));
        } else {
            lines.add(m.get("assessment.detail.result", r.total().toPlainString(), r.rank(), r.band().label(m),
                    r.proposed().label(m), r.grade().label(m)));
            lines.add(r.quota().label(m));
            if (r.vetoed()) {
                lines.add(m.get("assessment.detail.veto", row.vetoProperty().get()));
            }
        }
        if (e.overrideGrade() != null) {
            lines.add(m.get("assessment.detail.override", e.overrideGrade().label(m), e.overrideReason()));
        }
        if (e.review() != null) {
            lines.add(m.get("assessment.detail.review", String.valueOf(e.review().requested()),
                    e.review().outcome() == null ? "" : e.review().outcome().label(m),
                    e.review().note() == null ? "" : e.review().note()));
        }
        detail.setText(String.join("\n", lines));
    }
}
