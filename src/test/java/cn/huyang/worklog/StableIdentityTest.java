package cn.huyang.worklog;

import static cn.huyang.worklog.WorklogFixture.CLOCK;
import static cn.huyang.worklog.WorklogFixture.details;
import static cn.huyang.worklog.WorklogFixture.talk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.access.Role;
import cn.huyang.db.TestStores;
import cn.huyang.roster.Counselor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stable identity (issue 20) through the services, on H2 or PostgreSQL: every write of a travelling row
 * sets uid, change_seq, changed_by and changed_at; a delete leaves a tombstone in its transaction.
 */
class StableIdentityTest {
    @TempDir
    Path dir;
    WorklogFixture f;
    WorklogService records;

    @BeforeEach
    void open() {
        f = new WorklogFixture(TestStores.open(dir.resolve("data"), CLOCK));
        records = f.as(Role.COUNSELOR).records(); // 甲一's own account, u_counselor
    }

    @AfterEach
    void close() {
        f.db.close();
    }

    private Record row(long id) {
        return f.db.dsl().fetchOne("select uid, change_seq, changed_by, changed_at, row_version from work_record"
                + " where id = ?", id);
    }

    @Test
    void anInsertGetsAUidAndTheNextChangeSeq() {
        WorkRecord a = records.add(talk(f.a1, LocalDate.of(2026, 6, 3), "阿依古丽", null));
        WorkRecord b = records.add(talk(f.a1, LocalDate.of(2026, 6, 4), "买买提", null));
        Record ra = row(a.id());
        Record rb = row(b.id());
        assertThat(ra.get(0, UUID.class)).isNotNull().isNotEqualTo(rb.get(0, UUID.class));
        assertThat(rb.get(1, Long.class)).isGreaterThan(ra.get(1, Long.class));
        assertThat(ra.get(2, String.class)).isEqualTo("u_counselor");
        assertThat(ra.get(3)).isNotNull();
        // the counselors registered by the fixture (the program's own session) say so
        assertThat(f.db.dsl().fetchValue("select changed_by from counselor where id = ?", f.a1.id()))
                .isEqualTo("system");
    }

    @Test
    void anUpdateTakesANewChangeSeqAndNamesTheAccountButKeepsTheUid() {
        WorkRecord a = records.add(talk(f.a1, LocalDate.of(2026, 6, 3), "阿依古丽", null));
        Record before = row(a.id());
        WorkRecord changed = f.as(Role.OFFICE).records().update(new WorkRecord(a.id(), a.counselorId(), a.kind(),
                a.date(), a.time(), a.place(), a.className(), a.category(), a.followUpOn(), false, a.confidential(),
                details("way", "PHONE", "reason", "考试焦虑疏导"), a.students(), a.version()));
        Record after = row(a.id());
        assertThat(after.get(0, UUID.class)).isEqualTo(before.get(0, UUID.class));
        assertThat(after.get(1, Long.class)).isGreaterThan(before.get(1, Long.class));
        assertThat(after.get(2, String.class)).isEqualTo("u_office");
        assertThat(after.get(4, Integer.class)).isEqualTo(changed.version()).isEqualTo(1);
        // optimistic locking as before: a save at the old version changes nothing
        assertThatThrownBy(() -> records.update(a)).isInstanceOf(RuntimeException.class);
        assertThat(row(a.id()).get(1, Long.class)).isEqualTo(after.get(1, Long.class));
    }

    @Test
    void aDeleteLeavesATombstoneWithTheRowAndItsStudentLines() {
        WorkRecord a = records.add(talk(f.a1, LocalDate.of(2026, 6, 3), "阿依古丽", null));
        Record r = row(a.id());
        records.delete(records.month(a.counselorId(), java.time.YearMonth.of(2026, 6)).get(0));
        assertThat(f.db.dsl().fetchCount(f.db.dsl().selectFrom("work_record"))).isZero();
        assertThat(f.db.dsl().fetchCount(f.db.dsl().selectFrom("work_record_student"))).isZero();
        Record t = f.db.dsl().fetchOne("select uid, entity, content, deleted_by, change_seq from tombstone");
        assertThat(t.get(0, UUID.class)).isEqualTo(r.get(0, UUID.class));
        assertThat(t.get(1, String.class)).isEqualTo("work_record");
        assertThat(t.get(2, String.class)).contains("\"id\":" + a.id(), "\"kind\":\"TALK\"",
                "\"uid\":\"" + r.get(0, UUID.class) + "\"", "\"work_record_student\":[{\"record_id\":" + a.id());
        assertThat(t.get(3, String.class)).isEqualTo("u_counselor");
        assertThat(t.get(4, Long.class)).isGreaterThan(r.get(1, Long.class));
    }

    @Test
    void aFailingTransactionLeavesNeitherTheDeleteNorItsTombstone() {
        WorkRecord a = records.add(talk(f.a1, LocalDate.of(2026, 6, 3), "阿依古丽", null));
        WorkRecord stored = records.month(a.counselorId(), java.time.YearMonth.of(2026, 6)).get(0);
        assertThatThrownBy(() -> f.db.transactor().inTransaction(() -> {
            records.delete(stored);
            throw new IllegalStateException("after the delete");
        })).hasMessage("after the delete");
        assertThat(f.db.dsl().fetchCount(f.db.dsl().selectFrom("work_record"))).isOne();
        assertThat(f.db.dsl().fetchCount(f.db.dsl().selectFrom("tombstone"))).isZero();
    }

    @Test
    void aCounselorsChangeNamesTheAccountAndRaisesTheVersionOnce() {
        Counselor c = f.a2;
        long seq = f.db.dsl().fetchValue("select change_seq from counselor where id = ?", c.id()) instanceof Number n
                ? n.longValue() : -1;
        Counselor saved = f.context(Role.OFFICE).roster().update(c);
        Record r = f.db.dsl().fetchOne("select change_seq, changed_by, row_version from counselor where id = ?", c.id());
        assertThat(r.get(0, Long.class)).isGreaterThan(seq);
        assertThat(r.get(1, String.class)).isEqualTo("u_office");
        assertThat(r.get(2, Integer.class)).isEqualTo(saved.version()).isEqualTo(c.version() + 1);
    }
}
