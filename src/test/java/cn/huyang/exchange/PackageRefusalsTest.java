package cn.huyang.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.access.AuditQuery;
import cn.huyang.access.Role;
import cn.huyang.app.AppContext;
import cn.huyang.db.jooq.Tables;
import cn.huyang.roster.Counselor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages the office refuses whole, writing nothing: one byte flipped, addressed to another office, a
 * row of another department, signed by another key under a known sender's id. And three folders: two
 * departments' packages both kept.
 */
class PackageRefusalsTest {
    private static final Clock CLOCK = ExchangeFolders.CLOCK;
    @TempDir
    Path dir;
    ExchangeFolders folders;
    ExchangeFolders.Folder office;
    AppContext xgb;
    int files;

    @BeforeEach
    void setUp() {
        folders = new ExchangeFolders(CLOCK);
        office = folders.officeOfTwoDepartments(dir.resolve("office"));
        xgb = office.as(Role.OFFICE, null);
        ExchangeFolders.register(xgb, "甲", office.departmentId("JSJ"), 1);
        ExchangeFolders.register(xgb, "乙", office.departmentId("JSJ"), 2);
        ExchangeFolders.register(xgb, "丁", office.departmentId("JJ"), 3);
    }

    @AfterEach
    void close() {
        folders.close();
    }

    private Path file() {
        return dir.resolve("p" + (++files) + ".hypkg");
    }

    /** A department PC set up from the office's setup package, and its 系部 user. */
    private AppContext pc(String code) {
        Path p = file();
        PackageExport.Result r = xgb.exchange().export().exportFor(p, code, null, true);
        ExchangeFolders.Folder f = folders.department(dir.resolve(code.toLowerCase()));
        f.as(Role.ADMIN, null).exchange().receive().setup(p, SetupCode.parse(r.setupCode()));
        return f.as(Role.DEPARTMENT, code);
    }

    private static Counselor named(AppContext ctx, String name) {
        return ctx.roster().counselors().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private Path send(AppContext pc) {
        Path p = file();
        pc.exchange().export().export(p, null, null);
        return p;
    }

    /** What nothing-written means: the counselors as they were, no package received, no audit row more. */
    private Runnable unchanged() {
        List<String> phones = xgb.roster().counselors().stream().map(c -> c.name() + c.phone()).toList();
        int audit = xgb.audit().find(AuditQuery.all()).size();
        return () -> {
            assertThat(xgb.roster().counselors().stream().map(c -> c.name() + c.phone()).toList())
                    .containsExactlyInAnyOrderElementsOf(phones);
            assertThat(office.store.dsl().fetchCount(Tables.EXCHANGE_RECEIVED)).isZero();
            assertThat(xgb.audit().find(AuditQuery.all())).hasSize(audit);
        };
    }

    @Test
    void oneByteFlippedIsRefusedAndNothingIsWritten() throws Exception {
        AppContext jsj = pc("JSJ");
        jsj.roster().update(named(jsj, "甲").withPhone("13900000001"));
        Path p = send(jsj);
        byte[] bytes = Files.readAllBytes(p);
        bytes[bytes.length / 2] ^= 1;
        Files.write(p, bytes);
        Runnable check = unchanged();
        assertThatThrownBy(() -> xgb.exchange().receive().apply(p)).isInstanceOfSatisfying(PackageRefusal.class,
                e -> assertThat(e.reason()).isEqualTo(PackageRefusal.Reason.TAMPERED));
        check.run();
    }

    @Test
    void aPackageForAnotherOfficeIsRefused() {
        AppContext jsj = pc("JSJ");
        Path p = send(jsj);
        ExchangeFolders.Folder other = folders.department(dir.resolve("other-office"));
        AppContext otherOffice = other.as(Role.ADMIN, null);
        assertThatThrownBy(() -> otherOffice.exchange().receive().preview(p))
                .isInstanceOfSatisfying(PackageRefusal.class,
                        e -> assertThat(e.reason()).isEqualTo(PackageRefusal.Reason.NOT_ADDRESSED));
    }

    @Test
    void aRowOfAnotherDepartmentRefusesTheWholePackage() {
        AppContext jsj = pc("JSJ");
        jsj.roster().update(named(jsj, "甲").withPhone("13900000001"));
        jsj.roster().update(named(jsj, "乙").withPhone("13900000002"));
        Path p = forge(send(jsj), jsj, tables -> {
            List<PackageTable> out = new ArrayList<>();
            for (PackageTable t : tables) {
                if (!t.name().equals("counselor")) {
                    out.add(t);
                    continue;
                }
                int dept = t.column("department_code");
                List<List<String>> rows = new ArrayList<>(t.rows());
                List<String> moved = new ArrayList<>(rows.get(1));
                moved.set(dept, "JJ");
                rows.set(1, moved);
                out.add(new PackageTable(t.name(), t.columns(), rows));
            }
            return out;
        });
        Runnable check = unchanged();
        assertThatThrownBy(() -> xgb.exchange().receive().apply(p)).isInstanceOfSatisfying(PackageRefusal.class,
                e -> assertThat(e.reason()).isEqualTo(PackageRefusal.Reason.OUT_OF_SCOPE));
        check.run();
    }

    @Test
    void anotherKeyUnderAKnownSendersIdIsRefused() {
        AppContext jsj = pc("JSJ");
        jsj.roster().update(named(jsj, "甲").withPhone("13900000001"));
        xgb.exchange().receive().apply(send(jsj));
        jsj.roster().update(named(jsj, "乙").withPhone("13900000002"));
        Path legit = send(jsj);
        DatabaseKeys real = jsj.exchange().identities().keys();
        DatabaseKeys impostor = PackageFixtures.keysNamed(real.databaseId());
        Path p = reseal(legit, impostor, UnaryOperator.identity());
        assertThatThrownBy(() -> xgb.exchange().receive().apply(p)).isInstanceOfSatisfying(PackageRefusal.class,
                e -> assertThat(e.reason()).isEqualTo(PackageRefusal.Reason.KEY_CHANGED));
        assertThat(named(xgb, "乙").phone()).isNotEqualTo("13900000002");
    }

    @Test
    void twoDepartmentsPackagesAreBothKept() {
        AppContext jsj = pc("JSJ");
        AppContext jj = pc("JJ");
        assertThat(jj.roster().counselors()).extracting(Counselor::name).containsExactly("丁");
        jsj.roster().update(named(jsj, "甲").withPhone("13900000001"));
        jj.roster().update(named(jj, "丁").withPhone("13900000004"));
        xgb.exchange().receive().apply(send(jj));
        xgb.exchange().receive().apply(send(jsj));
        assertThat(named(xgb, "甲").phone()).isEqualTo("13900000001");
        assertThat(named(xgb, "丁").phone()).isEqualTo("13900000004");
        assertThat(xgb.exchange().conflicts().list(true)).isEmpty();
    }

    /** The package re-signed by the department's own key with its tables changed: an insider's forgery. */
    private Path forge(Path legit, AppContext pc, UnaryOperator<List<PackageTable>> edit) {
        return reseal(legit, pc.exchange().identities().keys(), edit);
    }

    private Path reseal(Path legit, DatabaseKeys signer, UnaryOperator<List<PackageTable>> edit) {
        DatabaseKeys officeKeys = xgb.exchange().identities().keys();
        OpenedPackage opened = new PackageReader(officeKeys, PackageLimits.DEFAULT).read(legit);
        PackageManifest m = opened.manifest();
        PackageManifest forged = new PackageManifest(m.format(), m.schema(), signer.databaseId(),
                PackageKeys.encode(signer.identity().signingKey()), PackageKeys.encode(signer.identity().agreementKey()),
                m.recipientDatabase(), m.senderAccount(), m.senderRole(), m.department(), m.periodFrom(), m.periodTo(),
                m.sequence(), m.since(), m.base(), m.createdAt(), List.of());
        List<PackageTable> tables = edit.apply(new ArrayList<>(opened.tables().values()));
        Path p = file();
        try {
            Files.write(p, PackageWriter.write(forged, tables, signer, officeKeys.databaseId(),
                    officeKeys.identity().agreementKey()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }
}
