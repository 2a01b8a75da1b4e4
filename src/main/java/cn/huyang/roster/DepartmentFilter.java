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
            Department keep = chosen.get();
            box.getItems().setAll(departments);
            box.getItems().add(0, null);
            chosen.set(keep);
        });
        box.valueProperty().bindBidirectional(chosen);
        return box;
    }
}
