package cn.huyang.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.common.ImmediateRunner;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterRow;
import cn.huyang.roster.RosterViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change watcher of client B: it tells B's lists when A changed data, never for B's own changes,
 * and B's roster loads again keeping the counselor selected and the filters; it stops when closed.
 */
class DataChangesTest {
    @TempDir
    Path dir;
    TwoClients two;
    DataChanges watcher;
    final List<Set<String>> told = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        two = new TwoClients(dir.resolve("data"));
        watcher = two.b.changes();
        watcher.subscribe(told::add);
        watcher.mark();
    }

    @AfterEach
    void close() {
        watcher.close();
        two.close();
    }

    @Test
    void anotherClientsChangeIsToldOnceWithItsEntity() {
        assertThat(watcher.poll()).as("nothing changed yet").isEmpty();
        two.a.roster().update(two.a.roster().counselor(two.zhao.id()).orElseThrow().withPhone("13800000042"));

        assertThat(watcher.poll()).containsExactly("counselor");
        assertThat(watcher.poll()).as("told once").isEmpty();
        assertThat(told).containsExactly(Set.of("counselor"));
    }

    @Test
    void theClientsOwnChangesAreNotNews() {
        two.b.roster().update(two.b.roster().counselor(two.zhao.id()).orElseThrow().withPhone("13800000043"));
        two.b.roster().leave(two.qian.id(), TwoClients.TODAY, "进修");

        assertThat(watcher.poll()).isEmpty();
        assertThat(told).isEmpty();
    }

    @Test
    void aLoginOrAViewOfAFullIdNumberIsNoChange() {
        two.a.roster().recordOpened(two.zhao.id()); // writes VIEW_FULL_ID
        assertThat(watcher.poll()).isEmpty();
    }

    @Test
    void anImportIsToldAsAnything() throws Exception {
        Path file = dir.resolve("r.csv");
        java.nio.file.Files.writeString(file, "姓名,身份证号,系部,岗位类型\n周五,"
                + cn.huyang.roster.TestData.id(java.time.LocalDate.of(1991, 3, 4), true, 40) + ",机电系,兼职\n");
        two.a.rosterImport().apply(two.a.rosterImport().preview(file, cn.huyang.io.ImportOptions.defaults(),
                () -> false), false);
        assertThat(watcher.poll()).contains(DataChanges.ALL);
    }

    @Test
    void theRosterOfBLoadsAgainKeepingTheSelectedCounselorAndTheFilters() {
        RosterViewModel roster = new RosterViewModel(two.b.roster(), new ImmediateRunner(), TwoClients.ZH);
        watcher.subscribe(entities -> {
            if (roster.touches(entities)) {
                roster.refresh();
            }
        });
        roster.load();
        roster.searchProperty().set("赵");
        roster.selectedIdProperty().set(two.zhao.id());
        assertThat(roster.filteredRows()).extracting(r -> r.counselor().name()).containsExactly("赵一");

        Counselor changed = two.a.roster().update(two.a.roster().counselor(two.zhao.id()).orElseThrow()
                .withPhone("13800000045"));
        watcher.poll();

        RosterRow selected = roster.selectedRow();
        assertThat(selected).isNotNull();
        assertThat(selected.counselor().phone()).as("the row as A saved it").isEqualTo("13800000045");
        assertThat(selected.counselor().version()).isEqualTo(changed.version());
        assertThat(roster.searchProperty().get()).isEqualTo("赵");
        assertThat(roster.filteredRows()).extracting(r -> r.counselor().name()).containsExactly("赵一");
    }

    @Test
    void theWatcherLooksOnItsOwnEveryIntervalAndStopsWhenClosed() throws Exception {
        two.b.changesEvery(Duration.ofMillis(50));
        DataChanges timed = two.b.changes();
        CountDownLatch seen = new CountDownLatch(1);
        timed.subscribe(entities -> seen.countDown());
        timed.start();
        assertThat(timed.running()).isTrue();
        two.a.roster().update(two.a.roster().counselor(two.sun.id()).orElseThrow().withPhone("13800000046"));
        assertThat(seen.await(10, TimeUnit.SECONDS)).as("told without being asked").isTrue();

        timed.close();
        assertThat(timed.running()).isFalse();
        CountDownLatch after = new CountDownLatch(1);
        timed.subscribe(entities -> after.countDown());
        two.a.roster().update(two.a.roster().counselor(two.sun.id()).orElseThrow().withPhone("13800000047"));
        assertThat(after.await(300, TimeUnit.MILLISECONDS)).as("no look once closed").isFalse();
    }

    @Test
    void anotherClientsRestoreAsksForAReconnectOnceNamingWhoAndWhen() {
        List<DataChanges.RestoredElsewhere> restores = new CopyOnWriteArrayList<>();
        watcher.onRestoredElsewhere(restores::add);
        var wang = two.setup.accounts().create("wangwu", "王五", cn.huyang.access.Role.ADMIN, null,
                TwoClients.PASSWORD.clone());
        AppContext admin = new AppContext(two.db, TwoClients.ZH, two.clock, new cn.huyang.access.Session(wang.actor()));
        Path backup = dir.resolve("b.zip");
        admin.backups().backupTo(backup);
        watcher.mark();
        two.at(10, 42);
        admin.backups().restore(admin.backups().prepareRestore(backup, null));

        assertThat(watcher.poll()).containsExactly(DataChanges.ALL);
        assertThat(restores).containsExactly(new DataChanges.RestoredElsewhere("王五",
                TwoClients.TODAY.atTime(10, 42)));
        assertThat(told).as("the lists are not reloaded: the window reconnects").isEmpty();
    }
}
