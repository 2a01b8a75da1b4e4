package cn.huyang.shell;

import static cn.huyang.shell.GateFixture.node;
import static cn.huyang.shell.GateFixture.windowWith;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.Account;
import cn.huyang.access.Role;
import cn.huyang.app.AppContext;
import cn.huyang.roster.Department;
import cn.huyang.testing.FxWait;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 账户管理: a 系部 account needs its department, a reset password, a disable behind a confirmation. */
@ExtendWith(ApplicationExtension.class)
class AccountsScreenTest {
    Stage primary;
    GateFixture f;
    AppContext ctx;
    Department it;

    @Start
    void start(Stage stage) throws Exception {
        primary = stage;
        f = new GateFixture();
        it = new AppContext(f.db, GateFixture.M, f.clock).roster().saveDepartment(
                new Department(null, "IT", "信息工程系", 1, true));
        MainWindow window = f.window(stage);
        ctx = f.adminWindow(window, (p, t) -> { });
        stage.show();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aDepartmentAccountNeedsItsDepartmentThenIsResetAndDisabled(FxRobot robot) throws Exception {
        f.settle();
        MenuBar bar = (MenuBar) primary.getScene().getRoot().lookup(".menu-bar");
        Window accounts = GateFixture.open(() -> bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(i -> "menuAccounts".equals(i.getId())).findFirst().orElseThrow().fire());
        TableView<Account> table = node(accounts, "#accountsTable");
        FxWait.until(() -> table.getItems().size() == 1);

        Window add = GateFixture.open(() -> ((Button) node(accounts, "#addAccountButton")).fire());
        ComboBox<Role> role = node(add, "#accountRole");
        ComboBox<Long> dept = node(add, "#accountDepartment");
        assertThat(dept.isDisabled()).as("only a 系部 account has a department").isTrue();
        robot.interact(() -> {
            ((TextField) node(add, "#accountUserName")).setText("li");
            ((TextField) node(add, "#accountDisplayName")).setText("李四");
            role.setValue(Role.DEPARTMENT);
            ((PasswordField) node(add, "#accountPassword")).setText("Erstes-Pass-1");
            ((PasswordField) node(add, "#accountPasswordAgain")).setText("Erstes-Pass-1");
            ((Button) node(add, "#accountOkButton")).fire();
        });
        Label errors = node(add, "#accountErrors");
        FxWait.until(() -> !errors.getText().isEmpty());
        assertThat(errors.getText()).isEqualTo("所在系部：必填");
        assertThat(add.isShowing()).isTrue();
        assertThat(((TextField) node(add, "#accountUserName")).getText()).isEqualTo("li");
        assertThat(dept.isDisabled()).isFalse();
        assertThat(dept.getConverter().toString(it.id())).isEqualTo("信息工程系");
        robot.interact(() -> {
            dept.setValue(it.id());
            ((Button) node(add, "#accountOkButton")).fire();
        });
        FxWait.until(() -> !add.isShowing() && table.getItems().size() == 2);
        Account li = table.getItems().stream().filter(a -> a.userName().equals("li")).findFirst().orElseThrow();
        assertThat(li.role()).isEqualTo(Role.DEPARTMENT);
        assertThat(li.departmentId()).isEqualTo(it.id());
        assertThat(li.mustChangePassword()).isTrue();

        robot.interact(() -> table.getSelectionModel().select(li));
        Window reset = GateFixture.open(() -> ((Button) node(accounts, "#resetPasswordButton")).fire());
        robot.interact(() -> {
            ((PasswordField) node(reset, "#resetPassword")).setText("Temp-Pass-22");
            ((PasswordField) node(reset, "#resetPasswordAgain")).setText("Temp-Pass-22");
            ((Button) node(reset, "#resetOkButton")).fire();
        });
        FxWait.until(() -> !reset.isShowing());
        f.settle();
        assertThat(ctx.accounts().authenticate("li", "Temp-Pass-22".toCharArray()).mustChangePassword()).isTrue();

        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(a -> a.userName().equals("li")).findFirst().orElseThrow()));
        Window confirm = GateFixture.open(() -> ((Button) node(accounts, "#disableAccountButton")).fire());
        Button safe = node(confirm, "#safeButton");
        assertThat(safe.isDefaultButton()).as("取消 is the default").isTrue();
        assertThat(safe.getText()).isEqualTo("取消");
        Platform.runLater(() -> ((Button) node(confirm, "#destructiveButton")).fire());
        FxWait.until(() -> table.getItems().stream().anyMatch(a -> a.userName().equals("li") && a.disabled()));
        assertThat(windowWith("#accountsTable")).isSameAs(accounts);
    }
}
