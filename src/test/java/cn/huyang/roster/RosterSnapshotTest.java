package cn.huyang.roster;

import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole roster and its histories: kept while the audit log stands still, read anew after any change. */
class RosterSnapshotTest extends RosterTestBase {
    static final LocalDate HIRED = LocalDate.of(2020, 9, 1);

    @Test
    void keptWhileNothingChangesAndReadAnewAfterAChange() {
        Counselor a = register(0, "张伟", PostType.FULL_TIME, cs, HIRED);
        List<Counselor> first = roster.counselors();
        Map<Long, List<RosterEvent>> histories = roster.histories(null);
        assertThat(roster.counselors()).isSameAs(first);
        assertThat(roster.histories(null)).isSameAs(histories);

        Counselor b = register(1, "王芳", PostType.FULL_TIME, me, HIRED);
        assertThat(roster.counselors()).extracting(Counselor::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(roster.histories(null)).containsKeys(a.id(), b.id());

        roster.deregister(b.id(), LocalDate.of(2025, 5, 31), "调离");
        assertThat(roster.counselors()).filteredOn(c -> c.id().equals(b.id())).singleElement()
                .extracting(Counselor::status).isEqualTo(CounselorStatus.DEREGISTERED);
        assertThat(roster.histories(null).get(b.id())).hasSize(2);
    }

    @Test
    void aWriteWithoutAnAuditRowIsNotSeenUntilTheNextChangeButInsideATransactionItIs() {
        Counselor a = register(0, "张伟", PostType.FULL_TIME, cs, HIRED);
        roster.counselors();
        // no service writes without its audit row; this shows that the audit log is what is watched
        db.dsl().update(COUNSELOR).set(COUNSELOR.NAME, "张伟伟").where(COUNSELOR.ID.eq(a.id())).execute();
        assertThat(roster.counselors()).singleElement().extracting(Counselor::name).isEqualTo("张伟");
        db.transactor().inTransaction(() -> assertThat(roster.counselors()).singleElement()
                .extracting(Counselor::name).isEqualTo("张伟伟"));
        register(1, "王芳", PostType.FULL_TIME, me, HIRED);
        assertThat(roster.counselors()).extracting(Counselor::name).contains("张伟伟", "王芳");
    }

    @Test
    void theKeptCopiesCannotBeChanged() {
        Counselor a = register(0, "张伟", PostType.FULL_TIME, cs, HIRED);
        assertThatThrownBy(() -> roster.counselors().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> roster.histories(null).get(a.id()).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
