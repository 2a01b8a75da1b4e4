package cn.huyang.server;

import cn.huyang.access.NotPermittedException;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.FieldGrid;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.PasswordFields;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 文件 → 数据位置…: 本机 or 服务器; for a server its host, port, database, login, password and SSL
 * mode, 测试连接 (in the background, a spinner while it runs, its sentence below the button) and
 * 保存, which stays open with what was typed when a field or the user's right is refused.
 */
public final class DataLocationDialog {
    private final DataLocationViewModel vm;
    private final Messages m;
    private final Dialog<ButtonType> d = new Dialog<>();
    private final FieldGrid grid;
    private final Label errors = Forms.dialogErrors("dataLocationErrors");
    private final PasswordField password = new PasswordField();

    public DataLocationDialog(DataLocationViewModel vm, Messages m, String folder, Window owner) {
        this.vm = vm;
        this.m = m;
        this.grid = new FieldGrid(m);
        d.setTitle(m.get("dataLocation.title"));

        ToggleGroup choice = new ToggleGroup();
        RadioButton local = radio(choice, "locationLocal", m.get("dataLocation.kind.LOCAL"), DataLocation.Kind.LOCAL);
        RadioButton server = radio(choice, "locationServer", m.get("dataLocation.kind.SERVER"), DataLocation.Kind.SERVER);
        choice.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.kindProperty().set((DataLocation.Kind) t.getUserData());
            }
        });
        vm.kindProperty().addListener((o, a, k) -> (k == DataLocation.Kind.SERVER ? server : local).setSelected(true));
        (vm.kindProperty().get() == DataLocation.Kind.SERVER ? server : local).setSelected(true);

        TextField host = bound("serverHost", vm.hostProperty());
        host.setPromptText(m.get("dataLocation.hostPrompt"));
        TextField port = bound("serverPort", vm.portProperty());
        port.setPrefColumnCount(6);
        TextField database = bound("serverDatabase", vm.databaseProperty());
        TextField user = bound("serverUser", vm.userProperty());
        password.setId("serverPassword");
        password.promptTextProperty().bind(javafx.beans.binding.Bindings.when(vm.passwordSavedProperty())
                .then(m.get("dataLocation.passwordSaved")).otherwise(""));
        ComboBox<SslMode> ssl = new ComboBox<>(FXCollections.observableArrayList(SslMode.values()));
        ssl.setId("serverSslMode");
        ssl.setConverter(Converters.coded(m, ""));
        ssl.valueProperty().bindBidirectional(vm.sslModeProperty());
        grid.add(ServerSettings.FIELD_HOST, host);
        grid.add(ServerSettings.FIELD_PORT, port);
        grid.add(ServerSettings.FIELD_DATABASE, database);
        grid.add(ServerSettings.FIELD_USER, user);
        grid.add(ServerSettings.FIELD_PASSWORD, password);
        grid.add(ServerSettings.FIELD_SSL, ssl);
        grid.node().disableProperty().bind(vm.serverChosen().not());
        grid.node().setPadding(new javafx.geometry.Insets(0, 0, 0, 24));

        Button test = new Button(m.get("dataLocation.test"));
        test.setId("testConnectionButton");
        test.disableProperty().bind(vm.serverChosen().not().or(vm.testingProperty()));
        test.setOnAction(e -> {
            errors.setText("");
            vm.test(PasswordFields.take(password), this::refused);
        });
        test.setMinWidth(Button.USE_PREF_SIZE);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("testConnectionProgress");
        spinner.setPrefSize(18, 18);
        spinner.setMaxSize(18, 18);
        spinner.visibleProperty().bind(vm.testingProperty());
        spinner.managedProperty().bind(vm.testingProperty());
        Label result = new Label();
        result.setId("testConnectionResult");
        result.setWrapText(true);
        result.setMinHeight(Label.USE_PREF_SIZE);
        result.textProperty().bind(vm.testMessageProperty());
        // the dialog grows with the test's sentence, as it does with a refusal, rather than push its buttons out
        result.textProperty().addListener((o, a, text) -> javafx.application.Platform.runLater(this::sizeToScene));
        vm.testKindProperty().addListener((o, a, k) -> {
            result.getStyleClass().removeAll("met", "finding-warning");
            if (k != null) {
                result.getStyleClass().add(k == ProbeKind.SUCCESS ? "met" : "finding-warning");
            }
        });
        HBox.setHgrow(result, Priority.ALWAYS);
        result.setMaxWidth(Double.MAX_VALUE);
        HBox testRow = new HBox(8, test, spinner, result);
        testRow.setAlignment(Pos.CENTER_LEFT);
        testRow.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));

        VBox content = new VBox(8, Dialogs.heading(m.get("dataLocation.heading")),
                Dialogs.note(m.get("dataLocation.note", folder)), errors, local, server, grid.node(), testRow);
        content.setPrefWidth(560);
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(m.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).setId("dataLocationSaveButton");
        Dialogs.prepare(d, owner);
        Dialogs.keepOpen(d, ok, attempt -> {
            errors.setText("");
            vm.save(PasswordFields.take(password), () -> {
                password.clear();
                attempt.accept(ok);
            }, e -> {
                attempt.refuse();
                refused(e);
            });
        });
    }

    private RadioButton radio(ToggleGroup group, String id, String text, DataLocation.Kind kind) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        r.setUserData(kind);
        r.setWrapText(true);
        return r;
    }

    private static TextField bound(String id, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    /** A refused field is marked and listed above; a refused right is said there too; anything else the window reports. */
    private void refused(Throwable e) {
        if (Forms.showRefusal(e, m, errors, grid.fields())) {
            return;
        }
        Forms.mark(grid.fields(), java.util.Map.of());
        if (e instanceof NotPermittedException denied) {
            errors.setText(denied.render(m));
            sizeToScene();
        } else {
            vm.fail(e);
        }
    }

    private void sizeToScene() {
        if (d.getDialogPane().getScene() != null && d.getDialogPane().getScene().getWindow() != null) {
            d.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    public void show() {
        vm.load();
        d.show();
    }

    Dialog<ButtonType> dialog() {
        return d;
    }
}
