package cn.huyang.title;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.DialogService;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 确认评审结果 and 解锁 of the title review: each asks one thing (the date, the reason) in a dialog
 * that stays open with what was typed until the year is confirmed or unlocked.
 */
final class ReviewYearDialogs {
    private final TitleReviewViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final Supplier<Window> owner;

    ReviewYearDialogs(TitleReviewViewModel vm, DialogService dialogs, Supplier<Window> owner) {
        this.vm = vm;
        this.m = vm.messages();
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /**
     * 确认评审结果: first says who has no result yet (the year cannot be confirmed with them), then
     * asks for the date; a date that cannot be read, or a refusal, keeps the dialog open.
     */
    void confirm() {
        int y = vm.yearProperty().get();
        List<ApplicationRow> open = vm.rows().stream().filter(r -> r.application().verdict() == null).toList();
        if (!open.isEmpty()) {
            String names = open.stream().limit(20).map(r -> m.get("title.review.openOne", r.name(), r.targetLabel()))
                    .collect(java.util.stream.Collectors.joining(m.get("assessment.confirm.separator")));
            dialogs.error(m.get("title.review.confirm.open", y, open.size(), open.size() > 20
                    ? m.get("assessment.confirm.andMore", names, open.size()) : names));
            return;
        }
        ask(m.get("title.review.confirm"), m.get("title.review.confirmInfo", y), m.get("title.field.confirmedOn"),
                vm.today().toString(), "confirmDateField", (text, done) -> {
                    Optional<LocalDate> on = cn.huyang.common.Dates.parse(text.strip());
                    if (on.isEmpty()) {
                        done.accept(m.get("validation.format", m.get("title.field.confirmedOn"),
                                m.get("validation.date")));
                    } else {
                        vm.confirm(on.get(), done);
                    }
                });
    }

    void unlock() {
        ask(m.get("title.review.unlock"), m.get("title.review.unlockInfo", vm.yearProperty().get()),
                m.get("title.field.reason"), "", "unlockReasonField", vm::unlock);
    }

    /**
     * A one-field question that stays open with what was typed until {@code act} says it went
     * through (null) — else the refusal shows above the field.
     */
    private void ask(String title, String info, String label, String initial, String id,
                     java.util.function.BiConsumer<String, java.util.function.Consumer<String>> act) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
        d.setTitle(title);
        TextField field = new TextField(initial);
        field.setId(id);
        Label error = cn.huyang.common.ui.Forms.dialogErrors("askError");
        Label fieldLabel = new Label(label);
        fieldLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(8, fieldLabel, field);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        Label head = cn.huyang.common.ui.Dialogs.note(info);
        head.setMaxWidth(460);
        d.getDialogPane().setContent(new VBox(10, head, error, row));
        javafx.scene.control.ButtonType ok = new javafx.scene.control.ButtonType(m.get("common.ok"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, new javafx.scene.control.ButtonType(m.get("common.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        cn.huyang.common.ui.Dialogs.prepare(d, owner.get());
        cn.huyang.common.ui.Dialogs.keepOpen(d, ok, attempt -> act.accept(field.getText() == null ? ""
                : field.getText(), refusal -> {
                    if (refusal == null) {
                        attempt.accept(ok);
                    } else {
                        attempt.refuse();
                        error.setText(refusal);
                        d.getDialogPane().getScene().getWindow().sizeToScene();
                    }
                }));
        d.setOnShown(e -> field.requestFocus());
        d.showAndWait();
    }
}
