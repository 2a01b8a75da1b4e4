package cn.huyang.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.Access;
import cn.huyang.access.Actor;
import cn.huyang.access.AuditRepository;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.common.ImmediateRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.shell.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 数据位置 without a screen, on a real H2 data folder: typed passwords are wiped once used, a refused
 * field is heard before anything runs, a saved password goes to the test only for the same login, and
 * saving says when the change takes effect.
 */
class DataLocationViewModelTest {
    static final Messages ZH = Messages.forLanguage("zh");

    @TempDir
    Path dir;
    H2Store db;
    final List<ServerSettings> probed = new ArrayList<>();
    final List<String> said = new ArrayList<>();
    DataLocationViewModel vm;

    @BeforeEach
    void open() {
        db = H2Store.open(new DataFolder(dir));
        Access admin = Access.of(new Session(new Actor(1, "admin", "王老师", Role.ADMIN, null)),
                new AuditRepository(db.dsl()), db.transactor(), Clock.systemDefaultZone());
        DataLocationService service = new DataLocationService(new LocationSettings(
                Settings.load(db.folder().settingsFile()), dir), admin, db.transactor());
        vm = new DataLocationViewModel(service, s -> {
            probed.add(s);
            return new ProbeResult(ProbeKind.SUCCESS, "连接成功", "16.4", SchemaState.EMPTY);
        }, new ImmediateRunner(), ZH);
        vm.setOnRestart(said::add);
        vm.setOnNotice(said::add);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    void fill(String port) {
        vm.kindProperty().set(DataLocation.Kind.SERVER);
        vm.hostProperty().set(" db.xy.edu.cn ");
        vm.portProperty().set(port);
        vm.sslModeProperty().set(SslMode.VERIFY_FULL);
    }

    @Test
    void aTestRunsWithTheTypedFieldsAndWipesThePassword() {
        fill("5432");
        char[] password = "Geheim-2026".toCharArray();
        vm.test(password, e -> { throw new AssertionError(e); });
        assertThat(password).containsOnly('\0');
        assertThat(probed).singleElement().isEqualTo(new ServerSettings("db.xy.edu.cn", 5432, "huyang", "huyang",
                "Geheim-2026", SslMode.VERIFY_FULL));
        assertThat(vm.testKindProperty().get()).isEqualTo(ProbeKind.SUCCESS);
        assertThat(vm.testMessageProperty().get()).isEqualTo("连接成功");
        assertThat(vm.testingProperty().get()).isFalse();
    }

    @Test
    void aPortThatIsNoNumberIsRefusedBeforeAnythingRuns() {
        fill("54 32");
        List<Throwable> refused = new ArrayList<>();
        char[] password = "x".toCharArray();
        vm.test(password, refused::add);
        vm.save("y".toCharArray(), () -> { throw new AssertionError("saved"); }, refused::add);
        assertThat(refused).hasSize(2).allSatisfy(e -> assertThat(((ValidationException) e).render(ZH))
                .isEqualTo("端口：应为 1–65535 之间的整数"));
        assertThat(probed).isEmpty();
        assertThat(password).containsOnly('\0');
    }

    @Test
    void savingSaysWhenItTakesEffectAndTheSavedPasswordIsUsedForTheSameLoginOnly() {
        fill("5432");
        char[] password = "Geheim-2026".toCharArray();
        boolean[] closed = new boolean[1];
        vm.save(password, () -> closed[0] = true, e -> { throw new AssertionError(e); });
        assertThat(closed[0]).isTrue();
        assertThat(password).containsOnly('\0');
        assertThat(said).containsExactly("已保存：以后使用服务器 db.xy.edu.cn:5432/huyang 上的数据库。重新启动胡杨后生效；"
                + "在此之前仍使用现在的数据。");

        vm.load();
        assertThat(vm.passwordSavedProperty().get()).isTrue();
        assertThat(vm.kindProperty().get()).isEqualTo(DataLocation.Kind.SERVER);
        vm.test(new char[0], e -> { throw new AssertionError(e); });
        assertThat(probed.get(0).password()).isEqualTo("Geheim-2026");
        vm.hostProperty().set("db2.xy.edu.cn");
        vm.test(new char[0], e -> { throw new AssertionError(e); });
        assertThat(probed.get(1).hasPassword()).as("another host").isFalse();

        vm.hostProperty().set("db.xy.edu.cn");
        vm.save(new char[0], () -> { }, e -> { throw new AssertionError(e); });
        assertThat(said).last().isEqualTo("数据位置没有变化。");
        vm.kindProperty().set(DataLocation.Kind.LOCAL);
        vm.save(null, () -> { }, e -> { throw new AssertionError(e); });
        assertThat(said).last().isEqualTo("已保存：以后使用这台电脑上的数据文件夹。重新启动胡杨后生效；在此之前仍使用现在的数据。");
    }
}
