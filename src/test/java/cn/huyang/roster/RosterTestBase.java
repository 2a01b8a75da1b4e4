package cn.huyang.roster;

import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static cn.huyang.db.jooq.Tables.ROSTER_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import cn.huyang.app.AppContext;
import cn.huyang.common.FieldError;
import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real H2 file database migrated by Flyway with two departments; today is 2025-06-15. */
abstract class RosterTestBase {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    // valid GB 11643 numbers, born 1987-03-12, sequence 001..008 (odd: male, even: female)
    static final String[] IDS = {"65310119870312001X", "653101198703120028", "653101198703120036",
            "653101198703120044", "653101198703120052", "653101198703120060", "653101198703120079",
            "653101198703120087"};

    @TempDir
    Path dir;
    Store db;
    RosterService roster;
    Department cs;
    Department me;

    @BeforeEach
    void open() {
        db = TestStores.open(dir);
        roster = new AppContext(db, Messages.forLanguage("zh"), CLOCK).roster();
        cs = roster.saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        me = roster.saveDepartment(new Department(null, "JD", "机电系", 2, true));
    }

    @AfterEach
    void close() {
        db.close();
    }

    Counselor register(int idIndex, String name, PostType post, Department d, LocalDate on) {
        Counselor draft = Drafts.with(Drafts.valid(d.id()), name, IDS[idIndex], post, d.id());
        return roster.register(Drafts.withDates(draft, null, on, null), on);
    }

    static List<FieldError> refusal(ThrowingCallable call) {
        ValidationException e = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(e).as("expected a ValidationException").isNotNull();
        return e.errors();
    }

    int rows(org.jooq.Table<?> table) {
        return db.dsl().fetchCount(table);
    }
}
