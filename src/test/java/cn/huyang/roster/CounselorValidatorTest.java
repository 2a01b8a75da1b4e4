package cn.huyang.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.huyang.common.FieldError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounselorValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static List<FieldError> validate(Counselor draft) {
        return CounselorValidator.validate(CounselorValidator.normalize(draft, TODAY), TODAY);
    }

    /** With the gender given, so that only the ID number itself can be refused. */
    private static Counselor withId(String id) {
        return Drafts.valid(1).withIdentity(id, Gender.MALE, null);
    }

    private static Counselor withIdentity(String id, Gender gender, LocalDate birth) {
        return Drafts.valid(1).withIdentity(id, gender, birth);
    }

    @Test
    void aCompleteDraftPasses() {
        assertThat(validate(Drafts.valid(1))).isEmpty();
    }

    @Test
    void nameIsRequired() {
        assertThat(validate(Drafts.withName(Drafts.valid(1), null)))
                .containsExactly(FieldError.of("field.name", "validation.required"));
        assertThat(validate(Drafts.withName(Drafts.valid(1), " \u3000 ")))
                .containsExactly(FieldError.of("field.name", "validation.required"));
    }

    @Test
    void nameIsTrimmedByNormalize() {
        assertThat(CounselorValidator.normalize(Drafts.withName(Drafts.valid(1), "\u3000张伟 "), TODAY).name())
                .isEqualTo("张伟");
    }

    @Test
    void idNumberRequired() {
        assertThat(validate(withId(null))).containsExactly(FieldError.of("field.idNumber", "validation.required"));
        assertThat(validate(withId("  "))).containsExactly(FieldError.of("field.idNumber", "validation.required"));
    }

    @Test
    void withoutAUsableIdNumberTheGenderMustBeGiven() {
        assertThat(validate(withIdentity(null, null, null))).containsExactly(
                FieldError.of("field.idNumber", "validation.required"),
                FieldError.of("field.gender", "validation.required"));
    }

    @Test
    void idNumberProblemsNameTheFieldAndTheProblem() {
        assertThat(validate(withId("61010419900101071")))
                .extracting(FieldError::field, FieldError::messageKey, FieldError::args)
                .containsExactly(tuple("field.idNumber", "validation.id.length", List.of(17)));
        assertThat(validate(withId("6101041990010107AB")))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("field.idNumber", "validation.id.characters"));
        assertThat(validate(withId("610104199002300716")))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("field.idNumber", "validation.id.birthDate"));
        assertThat(validate(withId("610104199001010710")))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("field.idNumber", "validation.id.checkDigit"));
    }

    @Test
    void lowerCaseXAndFullWidthDigitsAreNormalizedBeforeChecking() {
        Counselor draft = withIdentity("６５０１０２１９８８０８０８００２ｘ", null, null);
        Counselor normalized = CounselorValidator.normalize(draft, TODAY);
        assertThat(normalized.idNumber()).isEqualTo(Drafts.ID_FEMALE_1988);
        assertThat(CounselorValidator.validate(normalized, TODAY)).isEmpty();
    }

    @Test
    void genderAndBirthDateAreFilledFromTheIdNumberWhenEmpty() {
        Counselor man = CounselorValidator.normalize(withIdentity(Drafts.ID_MALE_1990, null, null), TODAY);
        assertThat(man.gender()).isEqualTo(Gender.MALE);
        assertThat(man.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));

        Counselor woman = CounselorValidator.normalize(withIdentity(Drafts.ID_FEMALE_1988, null, null), TODAY);
        assertThat(woman.gender()).isEqualTo(Gender.FEMALE);
        assertThat(woman.birthDate()).isEqualTo(LocalDate.of(1988, 8, 8));
    }

    @Test
    void aGivenGenderOrBirthDateIsKeptWhenItAgrees() {
        Counselor c = CounselorValidator.normalize(
                withIdentity(Drafts.ID_MALE_1990, Gender.MALE, LocalDate.of(1990, 1, 1)), TODAY);
        assertThat(validate(c)).isEmpty();
    }

    @Test
    void genderThatDisagreesWithTheIdIsRefused() {
        assertThat(validate(withIdentity(Drafts.ID_MALE_1990, Gender.FEMALE, null)))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("field.gender", "validation.id.genderMismatch"));
    }

    @Test
    void birthDateThatDisagreesWithTheIdIsRefused() {
        assertThat(validate(withIdentity(Drafts.ID_MALE_1990, null, LocalDate.of(1990, 1, 2))))
                .extracting(FieldError::field, FieldError::messageKey, FieldError::args)
                .containsExactly(tuple("field.birthDate", "validation.id.birthMismatch", List.of("1990-01-01")));
    }

    @Test
    void nothingIsFilledFromAnInvalidId() {
        Counselor c = CounselorValidator.normalize(withIdentity("610104199001010710", null, null), TODAY);
        assertThat(c.gender()).isNull();
        assertThat(c.birthDate()).isNull();
        assertThat(CounselorValidator.validate(c, TODAY)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("field.idNumber", "field.gender");
    }

    @Test
    void datesInTheFutureAreRefused() {
        Counselor c = Drafts.withDates(Drafts.valid(1), null, TODAY.plusDays(1), TODAY.plusYears(1));
        assertThat(validate(c))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("field.entryDate", "validation.future"),
                        tuple("field.titleDate", "validation.future"));
        assertThat(validate(Drafts.withDates(Drafts.valid(1), null, TODAY, TODAY))).isEmpty();
    }

    @Test
    void datesBeforeBirthAreRefused() {
        Counselor c = Drafts.withDates(Drafts.valid(1), null, LocalDate.of(1989, 12, 31), null);
        assertThat(validate(c))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("field.entryDate", "validation.beforeBirth"));
    }

    @Test
    void phone() {
        Counselor base = Drafts.valid(1);
        assertThat(validate(base.withPhone("13912345678"))).isEmpty();
        assertThat(validate(base.withPhone("0997-2345678"))).isEmpty();
        assertThat(validate(base.withPhone("１３９ １２３４ ５６７８"))).isEmpty();
        assertThat(validate(base.withPhone(null))).isEmpty();
        assertThat(validate(base.withPhone("12345")))
                .containsExactly(FieldError.of("field.phone", "validation.phone"));
    }

    @Test
    void negativeStudentsInChargeIsRefused() {
        assertThat(validate(Drafts.withStudents(Drafts.valid(1), -1)))
                .containsExactly(FieldError.of("field.studentsInCharge", "validation.notNegative"));
        assertThat(validate(Drafts.withStudents(Drafts.valid(1), 0))).isEmpty();
    }

    @Test
    void unknownEthnicityIsRefused() {
        Counselor c = new Counselor(null, "张伟", null, "火星族", null, Drafts.ID_MALE_1990, null, null, null, null,
                1L, PostType.FULL_TIME, null, null, null, null, null, null, null, null, 0, null, null, null, null);
        assertThat(validate(c)).extracting(FieldError::field).containsExactly("field.ethnicity");
    }

    @Test
    void severalErrorsAreReportedAtOnce() {
        Counselor c = new Counselor(null, null, Gender.FEMALE, "汉族", null, Drafts.ID_MALE_1990, null, null, null,
                null, null, null, null, null, TODAY.plusDays(3), null, null, null, null, "12345", -5, null, null,
                null, null);
        assertThat(validate(c))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("field.name", "field.gender", "field.department", "field.postType",
                        "field.entryDate", "field.phone", "field.studentsInCharge");
    }
}
