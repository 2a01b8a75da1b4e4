package cn.huyang.training;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.CellState;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Toolbars;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The year's training budget (专项经费): per level and per department, with the total. */
public class BudgetView {
    private final ComplianceViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();

    public BudgetView(ComplianceViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        root.setId("budgetView");
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("budgetYear");
        year.setConverter(Converters.of(y -> m.get("training.yearLabel", y), ""));
        year.valueProperty().bindBidirectional(vm.yearProperty());
        Label total = new Label();
        total.setId("budgetTotal");
        total.getStyleClass().add("count-label");
        total.textProperty().bind(vm.budgetTotalProperty());
        root.setTop(Toolbars.row(year, total));
        TableView<BudgetLine> levels = table("budgetByLevel", vm.byLevel(), "budget.col.level", vm::levelLabel, true);
        levels.setPrefHeight(150);
        levels.setMinHeight(120);
        TableView<BudgetLine> departments = table("budgetByDepartment", vm.byDepartment(), "budget.col.department",
                BudgetLine::label, false);
        VBox body = new VBox(6, title("budget.byLevel"), levels, title("budget.byDepartment"), departments);
        VBox.setVgrow(departments, Priority.ALWAYS);
        body.setPadding(new Insets(0, 8, 8, 8));
        root.setCenter(body);
    }

    public Node node() {
        return root;
    }

    private Label title(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    /** The lines of a table, then their 合计 in bold. */
    private TableView<BudgetLine> table(String id, ObservableList<BudgetLine> items, String labelKey,
                                        Function<BudgetLine, String> label, boolean withSessions) {
        ObservableList<BudgetLine> shown = javafx.collections.FXCollections.observableArrayList();
        BudgetLine[] total = new BudgetLine[1];
        Runnable rebuild = () -> {
            List<BudgetLine> all = new java.util.ArrayList<>(items);
            total[0] = items.isEmpty() ? null : total(items);
            if (total[0] != null) {
                all.add(total[0]);
            }
            shown.setAll(all);
        };
        items.addListener((javafx.collections.ListChangeListener<BudgetLine>) c -> rebuild.run());
        rebuild.run();
        TableView<BudgetLine> t = new TableView<>(shown);
        t.setId(id);
        t.setPlaceholder(new Label(m.get("training.table.empty")));
        t.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(BudgetLine line, boolean empty) {
                super.updateItem(line, empty);
                CellState.set(this, "total-row", !empty && line != null && line == total[0]);
            }
        });
        TableColumn<BudgetLine, String> name = new TableColumn<>(m.get(labelKey));
        name.setPrefWidth(180);
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == total[0] ? m.get("budget.total")
                : label.apply(c.getValue())));
        t.getColumns().setAll(List.of(name,
                count("budget.col.records", BudgetLine::records),
                amount("budget.col.hours", BudgetLine::hours, false),
                amount("budget.col.cost", BudgetLine::cost, true)));
        if (withSessions) {
            t.getColumns().add(1, count("budget.col.sessions", BudgetLine::sessions));
        }
        t.getColumns().forEach(c -> c.setSortable(false)); // the 合计 stays last
        cn.huyang.common.ui.Tables.fillWidth(t);
        return t;
    }

    private static BudgetLine total(List<BudgetLine> lines) {
        int sessions = 0;
        int records = 0;
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        for (BudgetLine l : lines) {
            sessions = sessions < 0 || l.sessions() < 0 ? -1 : sessions + l.sessions();
            records += l.records();
            hours = hours.add(l.hours() == null ? BigDecimal.ZERO : l.hours());
            cost = cost.add(l.cost() == null ? BigDecimal.ZERO : l.cost());
        }
        return new BudgetLine("", null, sessions, records, hours, cost);
    }

    private TableColumn<BudgetLine, Integer> count(String key, Function<BudgetLine, Integer> value) {
        TableColumn<BudgetLine, Integer> col = new TableColumn<>(m.get(key));
        col.setPrefWidth(100);
        col.setStyle("-fx-alignment: center-right;");
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    private TableColumn<BudgetLine, BigDecimal> amount(String key, Function<BudgetLine, BigDecimal> value,
                                                      boolean money) {
        TableColumn<BudgetLine, BigDecimal> col = new TableColumn<>(m.get(key));
        col.setPrefWidth(130);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            {
                setStyle("-fx-alignment: center-right;");
            }

            @Override
            protected void updateItem(BigDecimal v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : money ? TrainingLedgerViewModel.money(v) : ComplianceRules.plain(v));
            }
        });
        return col;
    }
}
