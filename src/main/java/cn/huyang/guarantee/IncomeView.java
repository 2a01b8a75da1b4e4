package cn.huyang.guarantee;

import static cn.huyang.guarantee.GuaranteeControls.column;
import static cn.huyang.guarantee.GuaranteeControls.field;
import static cn.huyang.guarantee.GuaranteeControls.label;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Tables;
import cn.huyang.common.ui.Toolbars;
import cn.huyang.roster.TitleRank;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 收入对比: each counselor's income of a year against the average of full-time teachers of the same
 * title, the averages per title, and entering both. For a role that may not see incomes, one sentence.
 */
public final class IncomeView {
    private final IncomeViewModel vm;
    private final Messages m;
    private final VBox root;

    public IncomeView(IncomeViewModel vm, AllowanceViewModel years, Messages m) {
        this.vm = vm;
        this.m = m;
        root = vm.mayRead() ? build(years) : new VBox(GuaranteeControls.sentence(m.get("guarantee.income.notVisible")));
        root.setId("incomeView");
    }

    public Node node() {
        return root;
    }

    private VBox build(AllowanceViewModel years) {
        TableView<IncomeRow> table = new TableView<>(vm.rows());
        table.setId("incomeTable");
        table.getColumns().add(column(m.get("field.department"), r -> r.department() == null ? "" : r.department(), 90));
        table.getColumns().add(column(m.get("field.name"), IncomeRow::name, 80));
        table.getColumns().add(column(m.get("guarantee.col.level"), r -> vm.level(r.rank()), 90));
        table.getColumns().add(column(m.get("guarantee.field.income"), r -> Fen.format(r.incomeFen()), 120));
        table.getColumns().add(column(m.get("guarantee.field.teacherAverage"), r -> Fen.format(r.averageFen()), 140));
        table.getColumns().add(column(m.get("guarantee.col.gap"), r -> r.below() ? Fen.format(r.gapFen()) : "", 90));
        table.getColumns().add(column(m.get("guarantee.col.below"), r -> r.below() ? m.get("guarantee.below") : "", 90));
        Tables.headersWhole(table);
        table.setPlaceholder(new Label(m.get("guarantee.grid.empty")));
        TextField income = field("incomeAmount", m.get("guarantee.field.income"), 9);
        Button saveIncome = new Button(m.get("guarantee.income.save"));
        saveIncome.setId("incomeSave");
        saveIncome.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(new javafx.beans.property.SimpleBooleanProperty(!vm.mayEdit())));
        saveIncome.setOnAction(e -> vm.saveIncome(table.getSelectionModel().getSelectedItem(), income.getText()));

        TableView<TeacherIncome> averages = new TableView<>(vm.averages());
        averages.setId("teacherAverages");
        averages.getColumns().add(column(m.get("guarantee.col.level"), t -> vm.level(t.rank()), 100));
        averages.getColumns().add(column(m.get("guarantee.field.teacherAverage"), t -> Fen.format(t.averageFen()), 160));
        Tables.headersWhole(averages);
        averages.setPlaceholder(new Label(m.get("guarantee.averages.empty")));
        averages.setPrefHeight(140);
        List<TitleRank> levels = new ArrayList<>();
        levels.add(null);
        levels.addAll(List.of(TitleRank.values()));
        ObservableList<TitleRank> choices = FXCollections.observableArrayList(levels);
        ComboBox<TitleRank> level = new ComboBox<>(choices);
        level.setId("averageLevel");
        level.setConverter(Converters.of(vm::level, m.get("guarantee.noTitle")));
        level.getSelectionModel().select(TitleRank.LECTURER);
        TextField average = field("averageAmount", m.get("guarantee.field.teacherAverage"), 9);
        Button saveAverage = new Button(m.get("guarantee.average.save"));
        saveAverage.setId("averageSave");
        saveAverage.setDisable(!vm.mayEdit());
        saveAverage.setOnAction(e -> vm.saveAverage(level.getValue(), average.getText()));
        Label note = GuaranteeControls.sentence(m.get("guarantee.income.note"));
        VBox box = new VBox(6, Toolbars.row(label(m.get("guarantee.field.year")),
                GuaranteeControls.yearBox("incomeYear", years.years(), years.yearProperty(), m)), note, table,
                Toolbars.row(income, saveIncome), averages, Toolbars.row(level, average, saveAverage),
                GuaranteeControls.errorLine("incomeError", vm.writes().errorProperty()));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }
}
