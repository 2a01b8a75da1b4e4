package cn.huyang.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.access.Access;
import cn.huyang.access.Actor;
import cn.huyang.access.AuditEntry;
import cn.huyang.access.AuditQuery;
import cn.huyang.access.AuditRepository;
import cn.huyang.access.NotPermittedException;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.shell.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only an administrator changes the data location, with one audit row that never holds the password;
 * every other role is refused before anything is written, on a real H2 data folder.
 */
class DataLocationServiceTest {
    static final Messages ZH = Messages.forLanguage("zh");
    static final String PASSWORD = "Server-Pass-2026";

    @TempDir
    Path dir;
    H2Store db;
    Settings settings;

    @BeforeEach
    void open() {
        db = H2Store.open(new DataFolder(dir));
        settings = Settings.load(db.folder().settingsFile());
    }

    @AfterEach
    void close() {
        db.close();
    }

    DataLocationService as(Role role) {
        Session session = role == null ? Session.system() : new Session(new Actor(7, "wang", "王老师", role, null));
        Access access = Access.of(session, new AuditRepository(db.dsl()), db.transactor(), Clock.systemDefaultZone());
        return new DataLocationService(new LocationSettings(settings, dir), access, db.transactor());
    }

    List<AuditEntry> audit() {
        return Access.of(Session.system(), new AuditRepository(db.dsl()), db.transactor(), Clock.systemDefaultZone())
                .audit().find(AuditQuery.all()).stream().filter(e -> "dataLocation".equals(e.entity())).toList();
    }

    static ServerSettings server(String password) {
        return new ServerSettings("10.1.2.3", 5432, "huyang", "huyang", password, SslMode.REQUIRE);
    }

    @Test
    void anAdministratorSavesAServerWithOneAuditRowWithoutThePassword() throws Exception {
        assertThat(as(Role.ADMIN).save(DataLocation.server(server(PASSWORD)))).isTrue();

        assertThat(LocationSettings.read(db.folder())).isEqualTo(DataLocation.server(server(PASSWORD)));
        List<AuditEntry> rows = audit();
        assertThat(rows).hasSize(1);
        AuditEntry row = rows.get(0);
        assertThat(row.userName()).isEqualTo("wang");
        assertThat(row.role()).isEqualTo(Role.ADMIN);
        assertThat(row.action()).isEqualTo("UPDATE");
        assertThat(row.details()).contains("\"location\":[\"LOCAL\",\"SERVER\"]", "\"host\":[\"\",\"10.1.2.3\"]",
                "\"sslMode\":[\"\",\"require\"]", "\"password\":[\"***\",\"***\"]").doesNotContain(PASSWORD);
        assertThat(Files.readString(db.folder().settingsFile())).doesNotContain(PASSWORD);
    }

    @Test
    void everyOtherRoleIsRefusedBeforeAnythingIsWritten() throws Exception {
        for (Role role : new Role[] {Role.OFFICE, Role.DEPARTMENT, Role.PERSONNEL, Role.LEADER}) {
            assertThatThrownBy(() -> as(role).save(DataLocation.server(server(PASSWORD))))
                    .as("%s", role).isInstanceOf(NotPermittedException.class)
                    .satisfies(e -> assertThat(((NotPermittedException) e).render(ZH)).endsWith("无权更改数据位置。"));
            assertThatThrownBy(() -> as(role).save(DataLocation.local())).isInstanceOf(NotPermittedException.class);
        }
        assertThat(Files.exists(db.folder().settingsFile())).isFalse();
        assertThat(Files.exists(dir.resolve(PasswordSeal.KEY_FILE))).isFalse();
        assertThat(settings.get("data.location")).isEmpty();
        assertThat(audit()).isEmpty();
    }

    @Test
    void savingTheSameLocationAgainChangesNothing() {
        DataLocationService admin = as(Role.ADMIN);
        assertThat(admin.save(DataLocation.local())).isFalse();
        admin.save(DataLocation.server(server(PASSWORD)));
        assertThat(admin.save(DataLocation.server(server(null)))).as("the saved password kept").isFalse();
        assertThat(audit()).hasSize(1);
        assertThat(admin.save(DataLocation.local())).isTrue();
        List<AuditEntry> rows = audit();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).details()).contains("\"location\":[\"SERVER\",\"LOCAL\"]").doesNotContain("password");
    }

    @Test
    void aServerNeedsAPasswordTypedOrSavedForTheSameLogin() {
        DataLocationService admin = as(Role.ADMIN);
        assertThatThrownBy(() -> admin.save(DataLocation.server(server(null))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).render(ZH)).isEqualTo("密码：必填"));
        assertThatThrownBy(() -> admin.save(DataLocation.server(new ServerSettings("", 70000, "huyang", "huyang",
                PASSWORD, null)))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).render(ZH))
                        .isEqualTo("主机：必填\n端口：应为 1–65535 之间的整数"));
        admin.save(DataLocation.server(server(PASSWORD)));
        assertThat(admin.passwordSaved()).isTrue();
        assertThat(admin.savedServer()).get().extracting(ServerSettings::password).isNull();
        assertThat(admin.withSavedPassword(server(null)).password()).isEqualTo(PASSWORD);
        // another host or login never gets the saved password
        ServerSettings elsewhere = new ServerSettings("10.9.9.9", 5432, "huyang", "huyang", null, SslMode.REQUIRE);
        assertThat(admin.withSavedPassword(elsewhere).hasPassword()).isFalse();
        ServerSettings otherLogin = new ServerSettings("10.1.2.3", 5432, "huyang", "postgres", null, SslMode.REQUIRE);
        assertThat(admin.withSavedPassword(otherLogin).hasPassword()).isFalse();
        assertThatThrownBy(() -> admin.save(DataLocation.server(elsewhere))).isInstanceOf(ValidationException.class);
        // a non-administrator never gets it either
        assertThatThrownBy(() -> as(Role.OFFICE).withSavedPassword(server(null)))
                .isInstanceOf(NotPermittedException.class);
    }
}
