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
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
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

/** The roster service against a real H2 file database, migrated by Flyway; today is 2025-06-15. */
class RosterServiceTest extends RosterTestBase {
    // ---- registration and update --------------------------------------------------------

    @Test
    void registerAllStoresEveryoneWithTheirRegistrationOrNobody() {
        Counselor a = Drafts.withDates(Drafts.with(Drafts.valid(cs.id()), "甲", IDS[0], PostType.FULL_TIME, cs.id()),
                null, LocalDate.of(2020, 9, 1), null);
        Counselor b = Drafts.withDates(Drafts.with(Drafts.valid(me.id()), "乙", IDS[1], PostType.PART_TIME, me.id()),
                null, null, null);
        List<Counselor> stored = roster.registerAll(List.of(a, b));
        assertThat(stored).extracting(Counselor::name).containsExactly("甲", "乙");
        assertThat(stored).allMatch(c -> c.id() != null && c.status() == CounselorStatus.ACTIVE);
        assertThat(roster.history(stored.get(0).id())).extracting(RosterEvent::date)
                .containsExactly(LocalDate.of(2020, 9, 1));
        assertThat(roster.history(stored.get(1).id())).extracting(RosterEvent::date).containsExactly(TODAY);

        Counselor c = Drafts.with(Drafts.valid(cs.id()), "丙", IDS[2], PostType.FULL_TIME, cs.id());
        Counselor again = Drafts.with(Drafts.valid(cs.id()), "丁", IDS[0], PostType.FULL_TIME, cs.id());
        assertThat(refusal(() -> roster.registerAll(List.of(c, again))))
                .containsExactly(FieldError.of("field.idNumber", "validation.id.duplicate", "甲"));
        assertThat(rows(COUNSELOR)).isEqualTo(2);
        assertThat(rows(ROSTER_EVENT)).isEqualTo(2);
    }

    @Test
    void registerStoresAnActiveCounselorWithARegistrationEvent() {
        Counselor c = register(0, "张伟", PostType.FULL_TIME, cs, LocalDate.of(2020, 9, 1));

        assertThat(c.id()).isNotNull();
        Counselor stored = roster.counselor(c.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(CounselorStatus.ACTIVE);
        assertThat(stored.name()).isEqualTo("张伟");
        assertThat(stored.idNumber()).isEqualTo(IDS[0]);
        assertThat(stored.gender()).isEqualTo(Gender.MALE);               // from the ID
        assertThat(stored.birthDate()).isEqualTo(LocalDate.of(1987, 3, 12)); // from the ID
        assertThat(stored.departmentId()).isEqualTo(cs.id());
        assertThat(stored.education()).isEqualTo(Education.MASTER);
        assertThat(stored.phone()).isEqualTo("13912345678");
        assertThat(roster.history(c.id()))
                .extracting(RosterEvent::kind, RosterEvent::date, RosterEvent::reason)
                .containsExactly(tuple(RosterEventKind.REGISTER, LocalDate.of(2020, 9, 1), null));
    }

    @Test
    void registerStoresTheIdNumberUpperCase() {
        Counselor draft = Drafts.valid(cs.id()).withIdentity("65310119870312001x", null, null);
        Counselor c = roster.register(draft, LocalDate.of(2020, 9, 1));
        assertThat(roster.counselor(c.id()).orElseThrow().idNumber()).isEqualTo("65310119870312001X");
    }

    @Test
    void registrationDateDefaultsToTheEntryDate() {
        Counselor c = roster.register(Drafts.with(Drafts.valid(cs.id()), "张伟", IDS[0], PostType.FULL_TIME,
                cs.id()), null);
        assertThat(roster.history(c.id())).extracting(RosterEvent::date).containsExactly(LocalDate.of(2015, 9, 1));
    }

    @Test
    void invalidDraftIsRefusedAndNothingStored() {
        Counselor bad = Drafts.with(Drafts.valid(cs.id()), "张伟", "653101198703120011", PostType.FULL_TIME, cs.id());
        assertThat(refusal(() -> roster.register(bad, LocalDate.of(2020, 9, 1))))
                .extracting(FieldError::field, FieldError::messageKey)
                .contains(tuple("field.idNumber", "validation.id.checkDigit"));
        assertThat(rows(COUNSELOR)).isZero();
        assertThat(rows(ROSTER_EVENT)).isZero();
    }

    @Test
    void registrationInTheFutureIsRefused() {
        assertThat(refusal(() -> register(0, "张伟", PostType.FULL_TIME, cs, TODAY.plusDays(1))))
                .isNotEmpty();
        assertThat(rows(COUNSELOR)).isZero();
    }

    @Test
    void duplicateIdNumberIsRefusedAndNothingStored() {
        register(0, "张伟", PostType.FULL_TIME, cs, LocalDate.of(2020, 9, 1));

        Counselor twin = Drafts.valid(me.id()).withIdentity("６５３１０１１９８７０３１２００１ｘ", null, null);
        List<FieldError> errors = refusal(() -> roster.register(Drafts.withName(twin, "李娜"), LocalDate.of(2021, 1, 1)));
        assertThat(errors).containsExactly(FieldError.of("field.idNumber", "validation.id.duplicate", "张伟"));
        assertThat(rows(COUNSELOR)).isEqualTo(1);
        assertThat(rows(ROSTER_EVENT)).isEqualTo(1);
    }

    @Test
    void updateRefusesAnIdNumberHeldBySomeoneElse() {
        register(0, "张伟", PostType.FULL_TIME, cs, LocalDate.of(2020, 9, 1));
        Counselor other = register(2, "王强", PostType.FULL_TIME, cs, LocalDate.of(2020, 9, 1));
        Counselor changed = roster.counselor(other.id()).orElseThrow().withIdentity(IDS[0], null, null);
        assertThat(refusal(() -> roster.update(changed))).extracting(FieldError::field)
                .containsExactly("field.idNumber");
        assertThat(roster.counselor(other.id()).orElseThrow().idNumber()).isEqualTo(IDS[2]);
    }

    @Test
    void updateSavesFieldsButKeepsTheStatus() {
        Counselor c = register(0, "张伟", PostType.FULL_TIME, cs, LocalDate.of(2020, 9, 1));
        roster.leave(c.id(), LocalDate.of(2025, 3, 1), "产假");

        Counselor edited = Drafts.withName(roster.counselor(c.id()).orElseThrow(), "张伟强")
                .withPhone("0997-2345678").withStatus(CounselorStatus.ACTIVE);
        Counselor saved = roster.update(edited);

        assertThat(saved.status()).isEqualTo(CounselorStatus.ON_LEAVE);
        Counselor stored = roster.counselor(c.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("张伟强");
        assertThat(stored.phone()).isEqualTo("0997-2345678");
        assertThat(stored.status()).isEqualTo(CounselorStatus.ON_LEAVE);
        assertThat(roster.history(c.id())).hasSize(2);
    }

    @Test
    void updateOfItsOwnIdNumberIsNoDuplicate() {
        Counselor c = register(0, "张伟", PostType.FULL_TIME, cs, LocalDate.of(2020, 9, 1));
        Counselor saved = roster.update(Drafts.withStudents(roster.counselor(c.id()).orElseThrow(), 210));
        assertThat(saved.studentsInCharge()).isEqualTo(210);
        assertThat(roster.counselor(c.id()).orElseThrow().studentsInCharge()).isEqualTo(210);
    }

    // ---- history ------------------------------------------------------------------------

    @Test
    void leaveReturnDeregisterAndReregisterKeepTheWholeHistory() {
        Counselor c = register(0, "张伟", PostType.FULL_TIME, cs, LocalDate.of(2020, 9, 1));
        long id = c.id();

        roster.leave(id, LocalDate.of(2022, 3, 1), "  进修  ");
        assertThat(roster.counselor(id).orElseThrow().status()).isEqualTo(CounselorStatus.ON_LEAVE);
        roster.returnToPost(id, LocalDate.of(2022, 9, 1));
        assertThat(roster.counselor(id).orElseThrow().status()).isEqualTo(CounselorStatus.ACTIVE);
        roster.deregister(id, LocalDate.of(2023, 7, 1), "调离学工岗位");
        assertThat(roster.counselor(id).orElseThrow().status()).isEqualTo(CounselorStatus.DEREGISTERED);

        // never hard-deleted
        assertThat(roster.counselors()).extracting(Counselor::id).containsExactly(id);
        assertThat(rows(COUNSELOR)).isEqualTo(1);

        roster.reregister(id, LocalDate.of(2024, 9, 1));
        assertThat(roster.counselor(id).orElseThrow().status()).isEqualTo(CounselorStatus.ACTIVE);

        assertThat(roster.history(id))
                .extracting(RosterEvent::kind, RosterEvent::date, RosterEvent::reason)
                .containsExactly(
                        tuple(RosterEventKind.REGISTER, LocalDate.of(2020, 9, 1), null),
                        tuple(RosterEventKind.LEAVE, LocalDate.of(2022, 3, 1), "进修"),
                        tuple(RosterEventKind.RETURN, LocalDate.of(2022, 9, 1), null),
                        tuple(RosterEventKind.DEREGISTER, LocalDate.of(2023, 7, 1), "调离学工岗位"),
                        tuple(RosterEventKind.REGISTER, LocalDate.of(2024, 9, 1), null));
        assertThat(roster.history(id)).allSatisfy(e -> assertThat(e.counselorId()).isEqualTo(id));
    }

    @Test
    void deregistrationFromLeaveIsAllowed() {
        Counselor c = register(0, "张伟", PostType.FULL_TIME, cs, LocalDate.of(2020, 9, 1));
        roster.leave(c.id(), LocalDate.of(2024, 3, 1), "病假");
        roster.deregister(c.id(), LocalDate.of(2024, 9, 1), "辞职");
        assertThat(roster.counselor(c.id()).orElseThrow().status()).isEqualTo(CounselorStatus.DEREGISTERED);
    }

    @Test
    void deregistrationAndLeaveNeedAReason() {
        Counselor c = register(0, "张伟", PostType.FULL_TIME, cs, LocalDate.of(2020, 9, 1));
        FieldError reasonRequired = FieldError.of("field.reason", "validation.required");

        assertThat(refusal(() -> roster.deregister(c.id(), LocalDate.of(2024, 1, 1), null)))
                .containsExactly(reasonRequired);
        assertThat(refusal(() -> roster.deregister(c.id(), LocalDate.of(2024, 1, 1), " \u3000 ")))
                .containsExactly(reasonRequired);
        assertThat(refusal(() -> roster.leave(c.id(), LocalDate.of(2024, 1, 1), "")))
                .containsExactly(reasonRequired);

        assertThat(roster.counselor(c.id()).orElseThrow().status()).isEqualTo(CounselorStatus.ACTIVE);
        assertThat(roster.history(c.id())).hasSize(1);
    }

    @Test
    void eventDateIsRequiredAndNotInTheFuture() {
        Counselor c = register(0, "张伟", PostType.FULL_TIME, cs, LocalDate.of(2020, 9, 1));
        assertThat(refusal(() -> roster.leave(c.id(), null, "病假")))
                .containsExactly(FieldError.of("field.eventDate", "validation.required"));
        assertThat(refusal(() -> roster.leave(c.id(), TODAY.plusDays(1), "病假")))
                .containsExactly(FieldError.of("field.eventDate", "validation.future"));
        roster.leave(c.id(), TODAY, "病假");
        assertThat(roster.history(c.id())).hasSize(2);
    }

    @Test
    void eventBeforeThePreviousEventIsRefused() {
        Counselor c = register(0, "张伟", PostType.FULL_TIME, cs, LocalDate.of(2020, 9, 1));
        roster.leave(c.id(), LocalDate.of(2023, 3, 1), "进修");

        assertThat(refusal(() -> roster.returnToPost(c.id(), LocalDate.of(2023, 2, 28))))
                .containsExactly(FieldError.of("field.eventDate", "validation.beforeLastEvent", "2023-03-01"));
        assertThat(refusal(() -> roster.deregister(c.id(), LocalDate.of(2020, 1, 1), "辞职")))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("field.eventDate", "validation.beforeLastEvent"));
        assertThat(roster.counselor(c.id()).orElseThrow().status()).isEqualTo(CounselorStatus.ON_LEAVE);
        assertThat(roster.history(c.id())).hasSize(2);
    }

    @Test
    void wrongTransitionsAreRefused() {
        Counselor c = register(0, "张伟", PostType.FULL_TIME, cs, LocalDate.of(2020, 9, 1));
        long id = c.id();
        FieldError fromActive = refusal(() -> roster.returnToPost(id, LocalDate.of(2021, 1, 1))).get(0);
        assertThat(fromActive.field()).isEqualTo("field.status");
        assertThat(fromActive.messageKey()).isEqualTo("validation.statusTransition");
        assertThat(fromActive.args()).containsExactly("在岗", "返岗");

        assertThat(refusal(() -> roster.reregister(id, LocalDate.of(2021, 1, 1))))
                .extracting(FieldError::field).containsExactly("field.status");

        roster.deregister(id, LocalDate.of(2022, 1, 1), "辞职");
        assertThat(refusal(() -> roster.leave(id, LocalDate.of(2022, 2, 1), "病假")))
                .extracting(FieldError::field).containsExactly("field.status");
        assertThat(refusal(() -> roster.deregister(id, LocalDate.of(2022, 2, 1), "again")))
                .extracting(FieldError::field).containsExactly("field.status");
        assertThat(refusal(() -> roster.returnToPost(id, LocalDate.of(2022, 2, 1))))
                .extracting(FieldError::field).containsExactly("field.status");

        assertThat(roster.history(id)).extracting(RosterEvent::kind)
                .containsExactly(RosterEventKind.REGISTER, RosterEventKind.DEREGISTER);
    }

    // ---- departments and enrolment ------------------------------------------------------
}
