package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.cli.CliRunner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile backups fed to {@code restore} on the command line: each is refused with a plain Chinese
 * message and exit code 1, before anything is loaded, and the data stays as it was.
 */
class HostileBackupTest {
    @TempDir
    static Path dir;
    static Path good;
    static Path legacy;
    static Path victim;
    static Map<String, Long> before;

    interface Make {
        Path make(Path target) throws Exception;
    }

    @BeforeAll
    static void backups() throws Exception {
        good = dir.resolve("good.zip");
        legacy = dir.resolve("legacy.zip");
        try (H2Store db = cn.huyang.cli.TestFolders.open(dir.resolve("source"))) {
            BackupsTest.fill(db, 8);
            db.backups().backupTo(good);
            BackupFixtures.writeLegacy(db, legacy);
        }
        victim = dir.resolve("victim");
        try (H2Store db = cn.huyang.cli.TestFolders.open(victim)) {
            BackupsTest.fill(db, 3);
            before = BackupsTest.counts(db);
        }
    }

    static final String DEPARTMENT = TableFile.entryName("department");
    static final String ENROLMENT = TableFile.entryName("department_enrolment");

    /** The department file with its first row changed by the function (the checksum fixed). */
    static Path firstDepartmentRow(Path target, java.util.function.UnaryOperator<String> change) throws IOException {
        return BackupFixtures.withEntry(good, target, DEPARTMENT, text -> {
            String[] lines = text.split("\n", -1);
            lines[1] = change.apply(lines[1]);
            return String.join("\n", lines);
        });
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                c("empty file", "是空的", t -> Files.write(t, new byte[0])),
                c("truncated", "不完整", t -> {
                    byte[] b = Files.readAllBytes(good);
                    return Files.write(t, Arrays.copyOf(b, b.length / 2));
                }),
                c("not a zip", "不是胡杨的备份文件", t -> Files.writeString(t, "INSERT INTO x VALUES (1);")),
                c("a zip without manifest", "不是胡杨的备份文件", t -> {
                    Map<String, byte[]> e = BackupFixtures.read(good);
                    e.remove(BackupFile.MANIFEST);
                    return BackupFixtures.writeZip(t, e);
                }),
                c("an H2 database file", "不是胡杨的备份文件", t -> Files.copy(victim.resolve("huyang.mv.db"), t)),
                c("wrong checksum", "已损坏", t -> {
                    Map<String, byte[]> e = BackupFixtures.read(good);
                    e.put(DEPARTMENT, new String(e.get(DEPARTMENT), StandardCharsets.UTF_8)
                            .replaceFirst("\\[1,", "[9,").getBytes(StandardCharsets.UTF_8));
                    return BackupFixtures.writeZip(t, e);
                }),
                c("count mismatch", "已损坏", t -> BackupFixtures.withManifest(good, t,
                        m -> m.setProperty("count.department", "5"))),
                c("a table file missing", "已损坏", t -> {
                    Map<String, byte[]> e = BackupFixtures.read(good);
                    e.remove(TableFile.entryName("award"));
                    return BackupFixtures.writeZip(t, e);
                }),
                c("zip bomb entry", "已损坏", HostileBackupTest::bomb),
                c("a huge line", "行数据不符合要求", t -> firstDepartmentRow(t, row -> row + " ".repeat(TableFile.MAX_LINE))),
                c("bad JSON", "行数据不符合要求", t -> firstDepartmentRow(t, row -> row.substring(0, row.length() - 1))),
                c("not UTF-8", "已损坏", t -> {
                    Map<String, byte[]> e = BackupFixtures.read(good);
                    byte[] data = e.get(DEPARTMENT);
                    data[data.length - 3] = (byte) 0xC3; // a lead byte followed by ASCII
                    e.put(DEPARTMENT, data);
                    var m = BackupFixtures.manifest(e);
                    BackupFixtures.setChecksum(m, DEPARTMENT, data);
                    e.put(BackupFile.MANIFEST, BackupFixtures.store(m));
                    return BackupFixtures.writeZip(t, e);
                }),
                c("a number as a string", "行数据不符合要求", t -> firstDepartmentRow(t, row -> row.replaceFirst("\\[1,", "[\"1\","))),
                c("an object as a value", "行数据不符合要求", t -> firstDepartmentRow(t, row -> row.replaceFirst("\\[1,", "[{\"a\":1},"))),
                c("a string too long for its column", "行数据不符合要求",
                        t -> firstDepartmentRow(t, row -> row.replaceFirst("\\[1,\"[^\"]*\"", "[1,\"" + "X".repeat(21) + "\""))),
                c("NULL in NOT NULL", "行数据不符合要求", t -> firstDepartmentRow(t, row -> row.replaceFirst("\\[1,\"[^\"]*\"", "[1,null"))),
                c("an impossible date", "行数据不符合要求", t -> BackupFixtures.withEntry(good, t,
                        TableFile.entryName("counselor"), s -> s.replaceFirst("\"\\d{4}-\\d\\d-\\d\\d\"", "\"2026-02-30\""))),
                c("duplicate primary key", "行数据不符合要求", t -> {
                    Path p = BackupFixtures.withEntry(good, dir.resolve("dup-tmp.zip"), DEPARTMENT, s -> {
                        String[] lines = s.split("\n");
                        return s + lines[1] + "\n";
                    });
                    return BackupFixtures.withManifest(p, t, m -> m.setProperty("count.department",
                            String.valueOf(Long.parseLong(m.getProperty("count.department")) + 1)));
                }),
                c("a reference to a missing parent", "行数据不符合要求", t -> BackupFixtures.withEntry(good, t, ENROLMENT,
                        s -> s.replaceFirst("\n\\[\\d+,", "\n[999,"))),
                c("a check constraint broken", "行数据不符合要求", t -> BackupFixtures.withEntry(good, t, ENROLMENT,
                        s -> s.replaceFirst(",\\d+\\]\n", ",-5]\n"))),
                c("a path-traversal entry", "没有执行", t -> {
                    Map<String, byte[]> e = BackupFixtures.read(good);
                    e.put("../../huyang.mv.db", new byte[]{1});
                    return BackupFixtures.writeZip(t, e);
                }),
                c("an extra unknown entry", "没有执行", t -> {
                    Map<String, byte[]> e = BackupFixtures.read(good);
                    e.put("tables/evil.jsonl", "{}".getBytes(StandardCharsets.UTF_8));
                    return BackupFixtures.writeZip(t, e);
                }),
                c("an unknown column in a header", "没有执行", t -> BackupFixtures.withEntry(good, t, DEPARTMENT,
                        s -> s.replaceFirst("\"name\":\"code\"", "\"name\":\"evil\""))),
                c("a header with the wrong type", "没有执行", t -> BackupFixtures.withEntry(good, t, DEPARTMENT,
                        s -> s.replaceFirst("\"type\":\"bigint\"", "\"type\":\"string\""))),
                c("an unknown table in the manifest", "没有执行", t -> BackupFixtures.withManifest(good, t,
                        m -> m.setProperty("tables", m.getProperty("tables") + ",evil"))),
                c("a newer schema", "数据库结构版本是 999", t -> BackupFixtures.withManifest(good, t,
                        m -> m.setProperty("schemaVersion", "999"))),
                c("a newer format", "备份格式是第 4 版", t -> BackupFixtures.withManifest(good, t,
                        m -> m.setProperty("formatVersion", "4"))),
                c("a schema version never shipped", "已损坏", t -> BackupFixtures.withManifest(good, t,
                        m -> m.setProperty("schemaVersion", "1.5"))),
                c("a format-1 script running a command", "没有执行", t -> BackupFixtures.withEntry(legacy, t,
                        BackupFile.SCRIPT, s -> s + LegacyBackupTest.alias(dir.resolve("MARKER")))),
                c("a format-1 script whose history is not the manifest's version", "已损坏", t -> BackupFixtures.withEntry(
                        legacy, t, BackupFile.SCRIPT, s -> s.replaceFirst("('" + Migrations.latest().getVersion()
                                + "', '[^']+', [^\n]*)TRUE\\)", "$1FALSE)"))),
                c("a format-1 script of another schema than the manifest's", "没有执行", t -> BackupFixtures.withManifest(
                        legacy, t, m -> m.setProperty("schemaVersion", "1"))));
    }

    private static Arguments c(String name, String message, Make make) {
        return Arguments.of(name, message, make);
    }

    /** A table file of 64 MB of blanks (a few hundred KB compressed) where the manifest says a few KB. */
    private static Path bomb(Path target) throws IOException {
        Map<String, byte[]> e = BackupFixtures.read(good);
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream z = new ZipOutputStream(out)) {
            for (var entry : e.entrySet()) {
                z.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getKey().equals(DEPARTMENT)) {
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 64; i++) {
                        z.write(blanks);
                    }
                } else {
                    z.write(entry.getValue());
                }
                z.closeEntry();
            }
        }
        return target;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRefusedWithAPlainMessageAndTheDataUnchanged(String name, String message, Make make) throws Exception {
        Path file = make.make(dir.resolve(name.replace(' ', '-') + ".zip"));
        CliRunner.Result r = CliRunner.runAsAdmin("--data-dir", victim.toString(), "restore", file.toString(), "--yes");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(message).contains("数据没有改动").doesNotContain("Exception").doesNotContain("at cn.");
        assertThat(r.out()).doesNotContain("已恢复");
        try (H2Store db = cn.huyang.cli.TestFolders.open(victim)) {
            // the logins and the set-up of the test's accounts add rows to these; the data stays as it was
            assertThat(withoutAccounts(BackupsTest.counts(db))).isEqualTo(withoutAccounts(before));
            BackupsTest.assertNoScratchLeft(db);
        }
        assertThat(dir.resolve("MARKER")).doesNotExist();
    }

    private static Map<String, Long> withoutAccounts(Map<String, Long> counts) {
        Map<String, Long> data = new java.util.TreeMap<>(counts);
        data.remove("APP_USER");
        data.remove("AUDIT_EVENT");
        data.remove("ACCOUNT_KEY"); // and the accounts' key pairs and the data key's grants, made at login
        data.remove("TEXT_KEY_GRANT");
        data.remove("TEXT_KEY");
        return data;
    }
}
