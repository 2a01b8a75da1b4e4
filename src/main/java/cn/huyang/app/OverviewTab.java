package cn.huyang.app;

import cn.huyang.common.ui.FeatureTab;
import cn.huyang.overview.DashboardView;
import cn.huyang.overview.DashboardViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;

/** 概览, the first tab: the team's figures; a click on a bar opens the filtered list in its tab. */
public final class OverviewTab implements FeatureTab {
    private final DashboardViewModel vm;
    private final DashboardView view;
    private boolean stale = true;

    OverviewTab(Ui ui) {
        vm = new DashboardViewModel(ui.app().overview(), ui.runner(), ui.messages());
        vm.setOnFailure(ui.dialogs()::failure);
        view = new DashboardView(vm, ui::open);
        ui.app().changes().subscribe(entities -> javafx.application.Platform.runLater(this::refresh));
    }

    @Override
    public Node node() {
        return view.node();
    }

    @Override
    public void shown() {
        if (stale) {
            stale = false;
            vm.load();
        }
    }

    /** The data changed: the figures are counted again now if shown, else when next shown. */
    @Override
    public void refresh() {
        stale = true;
        if (vm.loadedProperty().get() && cn.huyang.common.ui.TablePlace.showing(view.node())) {
            shown();
        }
    }

    @Override
    public ReadOnlyBooleanProperty loadedProperty() {
        return vm.loadedProperty();
    }

    public DashboardView view() {
        return view;
    }

    public DashboardViewModel viewModel() {
        return vm;
    }
}
