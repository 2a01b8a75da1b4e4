package cn.huyang.shell;

import static cn.huyang.shell.GateFixture.node;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditEntry;
import cn.huyang.access.AuditQuery;
import cn.huyang.access.Role;
import cn.huyang.app.AppContext;
import cn.huyang.common.ui.FilePicker;
import cn.huyang.testing.FxWait;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 操作日志: filtered by user and action; the export writes the rows shown and is itself in the log. */
@ExtendWith(ApplicationExtension.class)
class AuditScreenTest {
    Stage primary;
    GateFixture f;
    AppContext ctx;
    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        primary = stage;
        f = new GateFixture();
        window = f.window(stage);
        ctx = f.adminWindow(window, (p, t) -> { });
        ctx.accounts().create("zhang", "张三", Role.OFFICE, null, "Erstes-Pass-1".toCharArray());
        ctx.accounts().create("zhao", "赵六", Role.LEADER, null, "Erstes-Pass-2".toCharArray());
        stage.show();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void filtersByUserAndActionAndExportsTheRowsShown(FxRobot robot) throws Exception {
        f.settle();
        MenuBar bar = (MenuBar) primary.getScene().getRoot().lookup(".menu-bar");
        Window audit = GateFixture.open(() -> bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(i -> "menuAudit".equals(i.getId())).findFirst().orElseThrow().fire());
        TableView<AuditEntry> table = node(audit, "#auditTable");
        FxWait.until(() -> table.getItems().size() >= 3); // the login and two new accounts
        assertThat(audit.getScene().getRoot().lookupAll(".button").stream()
                .map(n -> ((ButtonBase) n).getText()).toList()).noneMatch(t -> t.contains("删除") || t.contains("编辑"));

        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = node(audit, "#auditAction");
        assertThat(action.getConverter().toString(AuditAction.ACCOUNT_CREATE)).isEqualTo("新增账户");
        robot.interact(() -> {
            ((TextField) node(audit, "#auditUser")).setText("admin");
            action.setValue(AuditAction.ACCOUNT_CREATE);
            ((Button) node(audit, "#auditSearch")).fire();
        });
        FxWait.until(() -> table.getItems().size() == 2
                && table.getItems().stream().allMatch(e -> e.action().equals("ACCOUNT_CREATE")));
        assertThat(table.getItems()).extracting(AuditEntry::entityId).containsExactlyInAnyOrder("zhang", "zhao");

        Path file = f.dir.resolve("audit.xlsx");
        window.spreadsheets().setFilePicker(new FilePicker() {
            @Override
            public Path open(Window owner, String title) {
                return null;
            }

            @Override
            public Path save(Window owner, String title, String initialName) {
                return file;
            }
        });
        robot.interact(() -> ((ButtonBase) node(audit, "#auditExport")).fire());
        FxWait.until(() -> Files.exists(file));
        f.settle();
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("the header and two rows").isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("操作");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("新增账户");
        }
        assertThat(ctx.audit().find(AuditQuery.all()).stream()
                .filter(e -> e.action().equals("EXPORT") && "audit".equals(e.entity())).toList())
                .singleElement().satisfies(e -> assertThat(e.details()).contains("\"rows\"").contains("2"));
    }
}
