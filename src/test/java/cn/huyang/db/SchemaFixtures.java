package cn.huyang.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Makes the upgrade fixtures: a small database of a released schema version, as the plain SQL of
 * H2's {@code SCRIPT} (no binary database files in the repository), schema history included.
 * {@link UpgradeTest} loads each and migrates it to the latest version.
 *
 * <p>At each release that changes the schema, add the release's rows to {@link #ROWS} and run
 * <pre>
 * ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.huyang.db.SchemaFixtures -Dexec.args="VERSION"
 * </pre>
 * then add the version to {@link UpgradeTest#RELEASED} and commit
 * {@code src/test/resources/db/fixtures/schema-vVERSION.sql}.
 */
public final class SchemaFixtures {
    /** The rows of each version's fixture: a few of every kind, with Chinese text, nulls and dates. */
    static final Map<String, List<String>> ROWS = Map.of("1", List.of(
            "insert into department (id, code, name, sort_order, active) values"
                    + " (1, 'XX', '信息工程系', 1, true), (2, 'NL', '农林科技系', 2, true), (3, 'JY', '继续教育部', 3, false)",
            "insert into department_enrolment (department_id, enrol_year, students) values"
                    + " (1, 2025, 1850), (1, 2026, 1920), (2, 2026, 760)",
            "insert into counselor (id, name, gender, ethnicity, birth_date, id_number, political_status, education,"
                    + " degree, major, department_id, post_type, position, employment_form, entry_date, title,"
                    + " title_date, admin_rank, admin_rank_date, phone, students_in_charge, classes_in_charge,"
                    + " dormitory, status, note, created_at, updated_at) values"
                    + " (1, '阿依古丽·买买提', 'FEMALE', '维吾尔族', date '1990-03-08', '652901199003080026',"
                    + " 'CPC_MEMBER', 'MASTER', 'MASTER', '思想政治教育', 1, 'FULL_TIME', 'COUNSELOR', 'ESTABLISHED',"
                    + " date '2016-09-01', 'LECTURER', date '2020-12-01', null, null, '13999012345', 210,"
                    + " '2024级计算机1班、2班', '3号学生公寓', 'ACTIVE', '优秀辅导员（2024）',"
                    + " timestamp '2026-09-01 09:00:00', timestamp '2026-09-01 09:00:00'),"
                    + " (2, '张伟', 'MALE', '汉族', date '1985-06-15', '652901198506151231', 'CPC_MEMBER', 'BACHELOR',"
                    + " null, null, 2, 'PART_TIME', 'COUNSELOR', 'CONTRACT', date '2012-03-01', null, null, null, null,"
                    + " null, 0, null, null, 'ON_LEAVE', null, timestamp '2026-09-02 10:00:00', timestamp '2026-10-01 10:00:00'),"
                    + " (3, '马丽', 'FEMALE', '回族', date '1988-08-08', '65010219880808002X', 'MASSES', 'MASTER',"
                    + " 'MASTER', '心理学', 1, 'FULL_TIME', 'COUNSELOR', 'CONTRACT', date '2015-09-01', 'LECTURER',"
                    + " date '2019-12-01', null, null, '13912345678', 180, null, null, 'DEREGISTERED', '调离',"
                    + " timestamp '2026-09-03 11:00:00', timestamp '2026-11-01 11:00:00')",
            "insert into roster_event (id, counselor_id, kind, event_date, reason, recorded_at) values"
                    + " (1, 1, 'REGISTER', date '2016-09-01', null, timestamp '2026-09-01 09:00:00'),"
                    + " (2, 2, 'REGISTER', date '2012-03-01', null, timestamp '2026-09-02 10:00:00'),"
                    + " (3, 2, 'LEAVE', date '2026-10-01', '进修', timestamp '2026-10-01 10:00:00'),"
                    + " (4, 3, 'REGISTER', date '2015-09-01', null, timestamp '2026-09-03 11:00:00'),"
                    + " (5, 3, 'DEREGISTER', date '2026-11-01', '调离本院', timestamp '2026-11-01 11:00:00')",
            // identities continue after the explicit ids, as they would have in use
            "alter table department alter column id restart with 4",
            "alter table counselor alter column id restart with 4",
            "alter table roster_event alter column id restart with 6"));

    private SchemaFixtures() {
    }

    public static String resource(String version) {
        return "/db/fixtures/schema-v" + version + ".sql";
    }

    public static void main(String[] args) throws Exception {
        String version = args.length > 0 ? args[0] : Migrations.latest().getVersion();
        Path out = Path.of(args.length > 1 ? args[1] : "src/test/resources" + resource(version));
        Path tmp = Files.createTempDirectory("huyang-fixture");
        String url = "jdbc:h2:file:" + tmp.resolve("huyang").toAbsolutePath();
        Migrations.flyway(url, H2Store.USER, "").target(version).load().migrate();
        try (Connection c = DriverManager.getConnection(url, H2Store.USER, ""); Statement st = c.createStatement()) {
            for (String sql : ROWS.getOrDefault(version, ROWS.get("1"))) { // later fixtures hold the same rows
                st.execute(sql);
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            st.execute("SCRIPT TO '" + out.toAbsolutePath().toString().replace("'", "''") + "' CHARSET 'UTF-8'");
            st.execute("SHUTDOWN");
        }
        // H2 pads statements with blanks; trimmed, the fixture diffs cleanly between releases
        List<String> lines = Files.readAllLines(out, java.nio.charset.StandardCharsets.UTF_8);
        Files.write(out, lines.stream().map(String::stripTrailing).toList(), java.nio.charset.StandardCharsets.UTF_8);
        StagedRestore.deleteTree(tmp);
        System.out.println("Wrote " + out);
    }
}
