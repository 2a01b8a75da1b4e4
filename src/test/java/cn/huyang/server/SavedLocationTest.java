package cn.huyang.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.app.FolderState;
import cn.huyang.app.Gate;
import cn.huyang.app.Gates;
import cn.huyang.app.Opening;
import cn.huyang.app.ServerUnavailableException;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.ServerStore;
import cn.huyang.db.TestStores;
import cn.huyang.shell.Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program starts where 文件 → 数据位置 says: the folder's database, the server, or a plain refusal. */
class SavedLocationTest {
    private static final Messages M = Messages.forLanguage("zh");
    private static final Clock CLOCK = Clock.systemDefaultZone();

    @TempDir
    Path dir;

    private DataFolder save(ServerSettings server) throws Exception {
        DataFolder folder = new DataFolder(dir);
        new LocationSettings(Settings.load(folder.settingsFile()), dir).save(DataLocation.server(server));
        return folder;
    }

    private static ServerSettings at(String url, int port) {
        URI u = URI.create(url.substring("jdbc:".length()));
        return new ServerSettings(u.getHost(), port < 0 ? u.getPort() : port, u.getPath().substring(1),
                TestStores.USER, TestStores.PASSWORD, SslMode.DISABLE);
    }

    @Test
    void withNothingSavedTheFoldersOwnDatabaseOpens() {
        Gate gate = Gates.atSavedLocation(new DataFolder(dir), CLOCK, M);
        assertThat(gate.getClass().getSimpleName()).isEqualTo("LocalGate");
        assertThat(gate.state()).isEqualTo(FolderState.NEW);
    }

    @Test
    void aSavedServerOpensWithTheSavedLogin() throws Exception {
        String url = TestStores.emptyDatabase();
        DataFolder folder = save(at(url, -1));
        Gate gate = Gates.atSavedLocation(folder, CLOCK, M);
        assertThat(gate.state()).isEqualTo(FolderState.NEW);
        Opening opening = gate.create("admin", "管理员", "Huyang-Test-2026".toCharArray());
        try (var store = opening.store()) {
            assertThat(store).isInstanceOf(ServerStore.class);
            assertThat(store.location()).contains("/" + URI.create(url.substring(5)).getPath().substring(1));
        }
        assertThat(dir.resolve("huyang.mv.db")).doesNotExist();
    }

    @Test
    void aServerThatCannotBeReachedIsToldWithTheReason() throws Exception {
        DataFolder folder = save(at(TestStores.emptyDatabase(), 1));
        assertThatThrownBy(() -> Gates.atSavedLocation(folder, CLOCK, M))
                .isInstanceOf(ServerUnavailableException.class)
                .hasMessageContaining("无法连接服务器");
        assertThat(dir.resolve("huyang.mv.db")).as("no local database instead").doesNotExist();
    }
}
