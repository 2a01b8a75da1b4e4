package cn.huyang.app;

import cn.huyang.access.Operation;
import cn.huyang.server.DataLocationDialog;
import cn.huyang.server.DataLocationService;
import cn.huyang.server.DataLocationViewModel;
import cn.huyang.server.LocationSettings;
import cn.huyang.server.ServerProbe;
import cn.huyang.common.Remembered;
import java.util.List;

/**
 * 文件 → 数据位置… (administrators only; the service refuses anyone else): 本机 or the college's
 * PostgreSQL server, kept in the data folder's settings for the next start, with 测试连接.
 */
public final class DataLocationModule implements FeatureModule {

    @Override
    public void start(Kernel kernel) {
        // nothing to build: the location lives in the settings the window gives when the dialog opens
    }

    @Override
    public List<MenuAction> fileMenu() {
        return List.of(new MenuAction("menuDataLocation", "menu.file.dataLocation", DataLocationModule::open,
                Operation.DATA_LOCATION));
    }

    private static void open(Ui ui) {
        DataLocationService service = service(ui.app(), ui.remembered());
        DataLocationViewModel vm = new DataLocationViewModel(service, new ServerProbe(ui.messages())::test,
                ui.runner(), ui.messages());
        vm.setOnFailure(ui.dialogs()::failure);
        vm.setOnNotice(ui.dialogs()::notice);
        vm.setOnRestart(ui.dialogs()::info);
        new DataLocationDialog(vm, ui.messages(), ui.app().store().folder().path().toString(), ui.owner().get()).show();
    }

    /** The data location of the context's data folder, kept in {@code settings}, changed by its user. */
    public static DataLocationService service(AppContext app, Remembered settings) {
        return new DataLocationService(new LocationSettings(settings, app.store().folder().path()), app.access(),
                app.store().transactor());
    }
}
