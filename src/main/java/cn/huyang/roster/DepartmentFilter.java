package cn.huyang.roster;

import cn.huyang.common.ui.Converters;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/**
 * The "all departments or one" filter every tab shows: an empty first choice, the departments as
 * they load, and the chosen one kept when they load again.
 */
public final class DepartmentFilter {
    private DepartmentFilter() {
    }

    public static ComboBox<Department> comboBox(String id, ObservableList<Department> departments,
                                                ObjectProperty<Department> chosen, String allText) {
        ComboBox<Department> box = new ComboBox<>();
        box.setId(id);
        box.setConverter(Converters.of(Department::name, allText));
        box.getItems().add(null);
        box.getItems().addAll(departments);
        departments.addListener((ListChangeListener<Department>) c -> {
            // Rebuilt unbound: the box's selection wanders while its items are replaced, and the
            // filter must not see it (it would filter twice, and a remembered filter would be lost).
            Department keep = chosen.get();
            box.valueProperty().unbindBidirectional(chosen);
            java.util.List<Department> all = new java.util.ArrayList<>();
            all.add(null);
            all.addAll(departments);
            box.getItems().setAll(all);
            chosen.set(keep == null ? null : departments.stream().filter(d -> d.id().equals(keep.id())).findFirst()
                    .orElse(null));
            box.valueProperty().bindBidirectional(chosen);
        });
        box.valueProperty().bindBidirectional(chosen);
        return box;
    }
}
