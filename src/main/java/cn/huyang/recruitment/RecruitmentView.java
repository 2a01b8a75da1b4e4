package cn.huyang.recruitment;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.DialogService;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The 选聘 tab: a round chosen at the top with its posts and 公示, its candidates with stage, scores,
 * total, rank and standing; the selected candidate's conditions ✓/✗/!, scores, objection and trial
 * period, and the step to the next stage. Buttons the user has no right to are disabled.
 */
public final class RecruitmentView {
    private final RecruitmentViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final VBox root;
    private final FlowPane toolbar = new FlowPane(6, 6);
    private boolean loaded;

    public RecruitmentView(RecruitmentViewModel vm, Messages m, DialogService dialogs, Supplier<Window> owner) {
        this.vm = vm;
        this.m = m;
        this.dialogs = dialogs;
        this.owner = owner;
        vm.setOnFailure(dialogs::failure);
        vm.setOnNotice(dialogs::notice);
        Label header = new Label();
        header.setId("roundHeader");
        header.setWrapText(true);
        header.textProperty().bind(vm.headerProperty());
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(vm.headerProperty());
        header.setTooltip(whole); // a small screen may cut the round's line: the whole of it on hover
        Label message = new Label();
        message.setId("recruitmentMessage");
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: #b00020;");
        message.textProperty().bind(vm.messageProperty());
        SplitPane split = new SplitPane(candidates(), detail());
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(6, bar(), toolbar, header, notice(), message, split);
        root.setPadding(new Insets(8));
    }

    public Node node() {
        return root;
    }

    public RecruitmentViewModel viewModel() {
        return vm;
    }

    /** Extra buttons (printing, export) the composition root adds. */
    public void addTools(Node... nodes) {
        toolbar.getChildren().addAll(nodes);
    }

    public void showing() {
        if (!loaded) {
            loaded = true;
            vm.load();
        }
    }

    public void invalidate() {
        if (loaded) {
            vm.load();
        }
    }

    private Node bar() {
        ComboBox<Round> rounds = new ComboBox<>(vm.rounds());
        rounds.setId("roundChoice");
        rounds.valueProperty().bindBidirectional(vm.roundProperty());
        rounds.setConverter(new StringConverter<>() {
            @Override
            public String toString(Round r) {
                return r == null ? "" : m.get("recruitment.roundLabel", r.year(), r.title());
            }

            @Override
            public Round fromString(String s) {
                return null;
            }
        });
        boolean edit = vm.service().mayEdit();
        RecruitmentDialogs forms = new RecruitmentDialogs(vm, m, owner);
        Button newRound = button("newRoundButton", "recruitment.newRound", edit, () -> forms.round(null));
        Button editRound = button("editRoundButton", "recruitment.editRound", edit,
                () -> forms.round(vm.roundProperty().get()));
        Button post = button("addPostButton", "recruitment.addPost", edit, forms::post);
        Button apply = button("recruitmentApplyButton", "recruitment.apply", edit, forms::candidate);
        Button finish = button("finishRoundButton", "recruitment.finish", edit, () -> {
            if (dialogs.confirm(m.get("recruitment.finishConfirm"))) {
                vm.finish();
            }
        });
        for (Button b : List.of(editRound, post, apply, finish)) {
            b.disableProperty().bind(vm.roundProperty().isNull().or(Bindings.createBooleanBinding(() -> !edit)));
        }
        FlowPane bar = new FlowPane(6, 6, label("recruitment.field.round"), rounds, newRound, editRound,
                post, apply, finish);
        return bar;
    }

    private Node notice() {
        TextField start = field("noticeStartField", vm.noticeStartProperty(), 10);
        TextField end = field("noticeEndField", vm.noticeEndProperty(), 10);
        end.setPromptText(m.get("recruitment.noticeDefault"));
        Button save = button("noticeButton", "recruitment.setNotice", vm.service().mayEdit(), vm::saveNotice);
        return row(label("recruitment.field.noticeStart"), start, label("recruitment.field.noticeEnd"), end, save);
    }

    private Node candidates() {
        TableView<RoundSheet.CandidateRow> table = new TableView<>(vm.rows());
        table.setId("candidateTable");
        table.setPlaceholder(new Label(m.get("recruitment.noCandidates")));
        table.getColumns().setAll(List.of(
                col("recruitment.col.name", 120, r -> r.candidate().name()),
                col("recruitment.col.post", 110, r -> r.department() + " " + r.post().postType().label(m)),
                col("recruitment.col.source", 90, r -> r.candidate().source().label(m)),
                col("recruitment.col.stage", 110, r -> r.candidate().stage().label(m)),
                col("recruitment.col.outcome", 76, r -> r.candidate().outcome() == null ? ""
                        : r.candidate().outcome().label(m)),
                col("recruitment.col.qualified", 56, r -> r.qualified() ? "✓" : "✗"),
                col("recruitment.col.written", 84, r -> plain(r.candidate().writtenScore())),
                col("recruitment.col.interview", 84, r -> plain(r.candidate().interviewScore())),
                col("recruitment.field.total", 68, r -> r.placing() == null ? "" : r.placing().total().toPlainString()),
                col("recruitment.field.rank", 48, r -> r.placing() == null ? "" : String.valueOf(r.placing().rank())),
                col("recruitment.col.standing", 140, r -> r.placing() == null ? ""
                        : r.placing().standing().label(m))));
        // The table may drop its selection when its rows are replaced (a reload after each save): the view
        // model keeps the candidate it reloaded, and the table shows it selected again.
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        Runnable reselect = () -> {
            RoundSheet.CandidateRow b = vm.selectedProperty().get();
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        };
        vm.selectedProperty().addListener((o, a, b) -> reselect.run());
        vm.rows().addListener((javafx.collections.ListChangeListener<RoundSheet.CandidateRow>) c ->
                javafx.application.Platform.runLater(reselect));
        return table;
    }

    private Node detail() {
        Label title = new Label();
        title.setId("candidateDetail");
        title.setWrapText(true);
        title.textProperty().bind(vm.detailProperty());
        TableView<ConditionCheck> conditions = new TableView<>(vm.checks());
        conditions.setId("conditionTable");
        conditions.setPrefHeight(150);
        conditions.setPlaceholder(new Label(m.get("recruitment.noConditions")));
        conditions.getColumns().setAll(List.of(
                checkCol("", 34, ConditionCheck::mark),
                checkCol("recruitment.col.condition", 120, c -> c.condition().label(m)),
                checkCol("recruitment.col.requirement", 160, ConditionCheck::requirement),
                checkCol("recruitment.col.evidence", 120, ConditionCheck::evidence),
                checkCol("recruitment.col.remark", 160, c -> c.remark() == null ? "" : c.remark())));
        boolean edit = vm.service().mayEdit();
        FlowPane scores = row(label("recruitment.field.written"), field("writtenField", vm.writtenProperty(), 5),
                label("recruitment.field.interview"), field("interviewField", vm.interviewProperty(), 5),
                button("saveScoresButton", "recruitment.saveScores", vm.service().mayScore(), vm::saveScores));
        CheckBox upheld = new CheckBox(m.get("recruitment.upheld"));
        upheld.setId("objectionUpheldBox");
        upheld.setMinWidth(Region.USE_PREF_SIZE);
        upheld.selectedProperty().bindBidirectional(vm.objectionUpheldProperty());
        FlowPane objection = row(label("recruitment.field.objection"), field("objectionField",
                vm.objectionProperty(), 16), upheld,
                button("saveObjectionButton", "recruitment.saveObjection", edit, vm::saveObjection));
        ComboBox<TrialResult> result = new ComboBox<>();
        result.setId("trialResultChoice");
        result.getItems().setAll(TrialResult.values());
        result.setConverter(coded());
        result.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(TrialResult t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? "" : t.label(m));
            }
        });
        result.valueProperty().bindBidirectional(vm.trialResultProperty());
        FlowPane trial = row(label("recruitment.field.trialStart"), field("trialStartField", vm.trialStartProperty(),
                9), label("recruitment.field.trialEnd"), field("trialEndField", vm.trialEndProperty(), 9),
                label("recruitment.field.trialResult"), result, label("recruitment.field.trialNote"),
                field("trialNoteField", vm.trialNoteProperty(), 12),
                button("saveTrialButton", "recruitment.saveTrial", edit, vm::saveTrial));
        Button advance = button("advanceButton", "recruitment.advance", edit, vm::advance);
        Button withdraw = button("recruitmentWithdrawButton", "recruitment.withdraw", edit,
                () -> stop(Outcome.WITHDRAWN));
        Button notSelected = button("notSelectedButton", "recruitment.notSelected", edit,
                () -> stop(Outcome.NOT_SELECTED));
        VBox box = new VBox(6, title, conditions, scores, objection, trial, row(advance, withdraw, notSelected));
        box.setPadding(new Insets(6));
        box.disableProperty().bind(vm.selectedProperty().isNull());
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true); // on a small screen the steps scroll rather than leave the window
        return scroll;
    }

    private void stop(Outcome outcome) {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(owner.get());
        ask.setTitle(outcome.label(m));
        ask.setHeaderText(m.get("recruitment.reasonFor", outcome.label(m)));
        ask.getEditor().setId("stopReasonField");
        ask.showAndWait().ifPresent(reason -> vm.stop(outcome, reason));
    }

    private <T extends cn.huyang.common.Coded> StringConverter<T> coded() {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : t.label(m);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private Label label(String key) {
        Label l = new Label(m.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static FlowPane row(Node... nodes) {
        FlowPane p = new FlowPane(6, 6, nodes);
        p.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return p;
    }

    private static String plain(BigDecimal v) {
        return RecruitmentViewModel.plain(v);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private Button button(String id, String key, boolean allowed, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setDisable(!allowed);
        b.setOnAction(e -> action.run());
        return b;
    }

    private TableColumn<RoundSheet.CandidateRow, String> col(String key, double width,
                                                             Function<RoundSheet.CandidateRow, String> value) {
        TableColumn<RoundSheet.CandidateRow, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.apply(x.getValue())));
        return c;
    }

    private TableColumn<ConditionCheck, String> checkCol(String key, double width,
                                                         Function<ConditionCheck, String> value) {
        TableColumn<ConditionCheck, String> c = new TableColumn<>(key.isEmpty() ? "" : m.get(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.apply(x.getValue())));
        return c;
    }
}
