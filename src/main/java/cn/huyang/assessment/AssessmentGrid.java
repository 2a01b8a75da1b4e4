package cn.huyang.assessment;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.CellState;
import cn.huyang.common.ui.Converters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;

/**
 * The assessment's scores grid: a row per counselor, the scores typed from the keyboard (a digit on a
 * selected score cell starts editing with it), and the results beside each row.
 */
final class AssessmentGrid {
    private final AssessmentViewModel vm;
    private final Messages m;
    private final TableView<GridRow> table = new TableView<>();

    AssessmentGrid(AssessmentViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        build();
    }

    TableView<GridRow> table() {
        return table;
    }

    private void build() {
        table.setId("assessmentTable");
        javafx.collections.transformation.SortedList<GridRow> sorted =
                new javafx.collections.transformation.SortedList<>(vm.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setEditable(true);
        table.editableProperty().bind(vm.lockedProperty().not());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label(m.get("assessment.table.empty")));
        List<TableColumn<GridRow, ?>> cols = new ArrayList<>();
        cols.add(text("field.name", 96, GridRow::name));
        cols.add(text("field.department", 96, GridRow::department));
        for (Party p : Party.values()) {
            cols.add(score(p.name(), p.label(m), r -> r.score(p)));
            if (p == Party.OFFICE) { // the year's work records, the evidence beside 学工部's score
                TableColumn<GridRow, String> work = text("assessment.column.work", 200, GridRow::work);
                work.setId("col-work");
                cols.add(work);
            }
        }
        cols.add(score(GridRow.BONUS, m.get("assessment.column.bonus"), GridRow::bonusProperty));
        TableColumn<GridRow, String> veto = new TableColumn<>(m.get("assessment.column.veto"));
        veto.setId("col-veto");
        veto.setPrefWidth(96);
        veto.setCellValueFactory(c -> c.getValue().vetoProperty());
        veto.setCellFactory(ComboBoxTableCell.forTableColumn(
                Converters.of(v -> v.isEmpty() ? m.get("form.veto.none") : v, m.get("form.veto.none")),
                vm.vetoChoices()));
        cols.add(veto);
        cols.add(result("col-total", "assessment.column.total", 62,
                r -> r.total() == null ? "—" : r.total().toPlainString()));
        cols.add(result("col-rank", "assessment.column.rank", 44,
                r -> r.rank() == null ? "—" : String.valueOf(r.rank())));
        cols.add(result("col-proposed", "assessment.column.proposed", 72,
                r -> r.proposed() == null ? "—" : r.proposed().label(m)));
        cols.add(result("col-quota", "assessment.column.quota", 80, r -> switch (r.quota()) {
            case NONE -> "";
            case WITHIN -> m.get("assessment.quota.within");
            case TIE_AT_EDGE -> m.get("assessment.quota.tie");
            case OVER -> m.get("assessment.quota.over");
        }));
        cols.add(result("col-grade", "assessment.column.grade", 80,
                r -> r.grade() == null ? "—" : r.grade().label(m) + (r.overridden() ? " *" : "")));
        TableColumn<GridRow, String> sum = new TableColumn<>(m.get("assessment.column.summary"));
        sum.setId("col-summary");
        sum.setPrefWidth(80);
        sum.setEditable(false);
        sum.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
            String s = c.getValue().summaryProperty().get();
            return s == null || s.isBlank() ? m.get("assessment.summary.handwritten")
                    : m.get("assessment.summary.chars", s.codePointCount(0, s.length()));
        }, c.getValue().summaryProperty()));
        cols.add(sum);
        table.getColumns().setAll(cols);
        cn.huyang.common.ui.Tables.fillWidth(table);
        cn.huyang.common.ui.Tables.headersWhole(table);
        cn.huyang.common.ui.Tables.freezeFirstColumn(table); // the name stays in view when scrolled right

        // typing a digit on a selected score cell starts editing with it; keys typed before the
        // editor has focus are kept for it, so a fast typist loses nothing
        table.setOnKeyTyped(e -> {
            String ch = e.getCharacter();
            if (ch == null || ch.isEmpty() || !table.isEditable()) {
                return;
            }
            char c = ch.charAt(0);
            if (!(Character.isDigit(c) || c == '.' || c >= '\uFF10' && c <= '\uFF19')) {
                return;
            }
            if (table.getEditingCell() != null) {
                Object pending = table.getProperties().get(ScoreCell.PENDING);
                if (pending instanceof String p) {
                    table.getProperties().put(ScoreCell.PENDING, p + ch);
                    e.consume();
                } else if (table.getProperties().get(ScoreCell.EDITOR) instanceof ScoreCell editor
                        && editor.isEditing()) {
                    editor.type(ch);
                    e.consume();
                }
                return;
            }
            TablePosition<GridRow, ?> pos = table.getFocusModel().getFocusedCell();
            if (pos != null && pos.getTableColumn() != null && ScoreCell.isTyped(pos.getTableColumn())) {
                table.getProperties().put(ScoreCell.PENDING, ch);
                table.edit(pos.getRow(), pos.getTableColumn());
                e.consume();
            }
        });
    }

    private TableColumn<GridRow, String> text(String key, double width, Function<GridRow, String> value) {
        TableColumn<GridRow, String> col = new TableColumn<>(m.get(key));
        col.setId("col-" + key);
        col.setPrefWidth(width);
        col.setEditable(false);
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return col;
    }

    private TableColumn<GridRow, String> score(String id, String label, Function<GridRow, javafx.beans.property.StringProperty> value) {
        TableColumn<GridRow, String> col = new TableColumn<>(label);
        col.setId("edit-" + id);
        col.setPrefWidth(id.equals(GridRow.BONUS) ? 56 : 76);
        col.setEditable(true);
        col.setCellValueFactory(c -> value.apply(c.getValue()));
        col.setCellFactory(c -> new ScoreCell(id));
        return col;
    }

    private TableColumn<GridRow, Result> result(String id, String key, double width, Function<Result, String> text) {
        TableColumn<GridRow, Result> col = new TableColumn<>(m.get(key));
        col.setId(id);
        col.setPrefWidth(width);
        col.setEditable(false);
        col.setCellValueFactory(c -> c.getValue().resultProperty());
        col.getProperties().put(cn.huyang.common.ui.Tables.COPY_TEXT, (Function<GridRow, String>) row ->
                row.resultProperty().get() == null ? "" : text.apply(row.resultProperty().get()));
        java.util.Comparator<java.math.BigDecimal> byNumber = java.util.Comparator.nullsLast(
                java.util.Comparator.naturalOrder());
        java.util.Comparator<Grade> byGrade = java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder());
        col.setComparator(switch (id) {
            case "col-total" -> java.util.Comparator.comparing(Result::total, byNumber.reversed());
            case "col-rank" -> java.util.Comparator.comparing(Result::total, byNumber.reversed());
            case "col-proposed" -> java.util.Comparator.comparing(Result::proposed, byGrade);
            case "col-quota" -> java.util.Comparator.comparing(Result::quota).reversed();
            default -> java.util.Comparator.comparing(Result::grade, byGrade);
        });
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Result r, boolean empty) {
                super.updateItem(r, empty);
                boolean shown = !empty && r != null;
                setText(shown ? text.apply(r) : null);
                CellState.set(this, "quota-tie", shown && r.quota() == QuotaStatus.TIE_AT_EDGE
                        && (id.equals("col-quota") || id.equals("col-grade")));
                CellState.set(this, "grade-incompetent", shown && r.grade() == Grade.INCOMPETENT
                        && id.equals("col-grade"));
            }
        });
        return col;
    }
}
