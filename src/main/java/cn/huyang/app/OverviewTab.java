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
        javafx.scene.control.Button report = new javafx.scene.control.Button(ui.messages().get("overview.report.button"));
        report.setId("overviewReportButton");
        report.setOnAction(e -> {
            cn.huyang.overview.report.ReportViewModel rvm = new cn.huyang.overview.report.ReportViewModel(ui.app().reports(),
                    ui.runner(), ui.messages(), vm.departments(), vm.departmentProperty().get());
            rvm.setOnFailure(ui.dialogs()::failure);
            new cn.huyang.overview.report.ReportDialog(rvm, ui.owner().get(), cn.huyang.common.ui.Styles.stylesheet(),
                    ui.dialogs()::notice).show();
        });
        view.addTool(report);
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

    /**
     * The data changed: the figures are counted again now if shown, else when next shown; the findings,
     * the slow part, are counted ahead in the background meanwhile.
     */
    @Override
    public void refresh() {
        stale = true;
        if (!vm.loadedProperty().get()) {
            return;
        }
        if (cn.huyang.common.ui.TablePlace.showing(view.node())) {
            shown();
        } else {
            vm.countAhead();
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
