package cn.huyang.worklog;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Tables;
import cn.huyang.common.ui.Toolbars;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;

/**
 * 统计 on screen: 本月 or 全年 (of the month chosen in 工作记录), by counselor or by department, as a table of the
 * counts by kind, the students reached and the overdue follow-ups. Only draws; the view model counts.
 */
public class SummaryView {
    private final SummaryViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();

    public SummaryView(SummaryViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        root.setId("worklogSummaryPane");
        root.setTop(toolbar());
        root.setCenter(table());
    }

    public Node node() {
        return root;
    }

    private Node toolbar() {
        ChoiceBox<Boolean> period = choice("worklogSummaryPeriod", "worklog.summary.thisMonth",
                "worklog.summary.wholeYear");
        period.valueProperty().bindBidirectional(vm.wholeYearProperty().asObject());
        ChoiceBox<Boolean> grouping = choice("worklogSummaryGrouping", "worklog.summary.byCounselor",
                "worklog.summary.byDepartment");
        grouping.valueProperty().bindBidirectional(vm.byDepartmentProperty().asObject());
        Button prev = Toolbars.whole(new Button(m.get("worklog.prev")));
        prev.setOnAction(e -> vm.previousMonth());
        Button next = Toolbars.whole(new Button(m.get("worklog.next")));
        next.setOnAction(e -> vm.nextMonth());
        Label month = new Label();
        month.textProperty().bind(vm.monthProperty().asString());
        Label title = new Label();
        title.setId("worklogSummaryTitle");
        title.textProperty().bind(vm.titleProperty());
        return Toolbars.row(prev, month, next, period, grouping, title);
    }

    /** A choice of two: false shows {@code no}, true {@code yes}. */
    private ChoiceBox<Boolean> choice(String id, String no, String yes) {
        ChoiceBox<Boolean> box = new ChoiceBox<>(FXCollections.observableArrayList(false, true));
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Boolean b) {
                return b == null ? "" : m.get(b ? yes : no);
            }

            @Override
            public Boolean fromString(String s) {
                return m.get(yes).equals(s);
            }
        });
        return Toolbars.whole(box);
    }

    private Node table() {
        TableView<SummaryRow> table = new TableView<>(vm.rows());
        table.setId("worklogSummaryTable");
        table.setPlaceholder(new Label(m.get("worklog.summary.empty")));
        table.getColumns().addAll(List.of(
                column("worklog.col.department", r -> r.department() == null ? "" : r.department()),
                column("worklog.col.counselor", r -> r.counselor() == null ? "" : r.counselor()),
                count("worklog.col.talks", Counts::talks),
                count("worklog.col.classVisits", Counts::classVisits),
                count("worklog.col.dormVisits", Counts::dormVisits),
                count("worklog.col.meetings", Counts::meetings),
                count("worklog.col.students", Counts::students),
                count("worklog.col.overdue", Counts::overdue)));
        Tables.fillWidth(table);
        Tables.headersWhole(table);
        return table;
    }

    /** A count, sorted as a number (10 after 9). */
    private TableColumn<SummaryRow, Integer> count(String key, java.util.function.ToIntFunction<Counts> value) {
        TableColumn<SummaryRow, Integer> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyObjectWrapper<>(
                value.applyAsInt(d.getValue().counts())));
        return c;
    }

    private TableColumn<SummaryRow, String> column(String key, Function<SummaryRow, String> value) {
        TableColumn<SummaryRow, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
