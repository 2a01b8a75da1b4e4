package cn.huyang.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 11643-1999 resident ID numbers; check characters of the valid ones were computed by hand (ISO 7064 MOD 11-2). */
class IdNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @ParameterizedTest
    @ValueSource(strings = {
            "11010519491231002X", // the published sample of GB 11643
            "610104199001010717",
            "652901198506151231",
            "610104200002290023", // 29 Feb of a leap year
            "650102198808080011",
            "65010219880808002X"})
    void acceptsRealValidNumbers(String id) {
        assertThat(IdNumber.problem(id, TODAY)).isEmpty();
        assertThat(IdNumber.isValid(id, TODAY)).isTrue();
        assertThat(IdNumber.checkCharacter(id.substring(0, 17))).isEqualTo(id.charAt(17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "610104199001010710", "65290119850615123X"})
    void wrongCheckCharacterIsRefused(String id) {
        assertThat(IdNumber.problem(id, TODAY)).contains(IdNumber.Problem.CHECK_DIGIT);
        assertThat(IdNumber.isValid(id, TODAY)).isFalse();
    }

    /**
     * 440524188001010014 (born 1880-01-01) is a correct GB 11643 number — its check character is right —
     * but IdNumber deliberately treats birth years before 1900 as a typo in a birth date.
     */
    @Test
    void checksumOfThe1880SampleIsRightButItsBirthYearIsBelowTheFloor() {
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThat(IdNumber.isMale("440524188001010014")).isTrue();
        assertThat(IdNumber.problem("440524188001010014", TODAY)).contains(IdNumber.Problem.BIRTH_DATE);
        assertThat(IdNumber.problem(withCheck("44052419000101001"), TODAY)).isEmpty();
    }

    @Test
    void wrongLengthIsRefused() {
        assertThat(IdNumber.problem("11010519491231002", TODAY)).contains(IdNumber.Problem.LENGTH);
        assertThat(IdNumber.problem("11010519491231002X1", TODAY)).contains(IdNumber.Problem.LENGTH);
        assertThat(IdNumber.problem("110105491231002", TODAY)).contains(IdNumber.Problem.LENGTH); // old 15-digit form
        assertThat(IdNumber.problem("", TODAY)).contains(IdNumber.Problem.LENGTH);
        assertThat(IdNumber.problem(null, TODAY)).contains(IdNumber.Problem.LENGTH);
    }

    @Test
    void lettersAreRefused() {
        assertThat(IdNumber.problem("1101051949123100XX", TODAY)).contains(IdNumber.Problem.CHARACTERS);
        assertThat(IdNumber.problem("A1010519491231002X", TODAY)).contains(IdNumber.Problem.CHARACTERS);
        // lower-case x is only accepted after normalize()
        assertThat(IdNumber.problem("11010519491231002x", TODAY)).contains(IdNumber.Problem.CHARACTERS);
    }

    @Test
    void impossibleBirthDateIsRefusedEvenWithAMatchingCheckCharacter() {
        // 30 Feb 1990 with the check character it would have: only the date is wrong
        assertThat(IdNumber.problem("610104199002300716", TODAY)).contains(IdNumber.Problem.BIRTH_DATE);
        assertThat(IdNumber.birthDateOf("610104199002300716")).isEmpty();
        assertThat(IdNumber.problem(withCheck("61010419901301071"), TODAY)).contains(IdNumber.Problem.BIRTH_DATE);
        assertThat(IdNumber.problem(withCheck("61010418991231071"), TODAY)).contains(IdNumber.Problem.BIRTH_DATE);
    }

    @Test
    void futureBirthDateIsRefused() {
        LocalDate future = TODAY.plusDays(1);
        String first17 = "610104" + String.format("%04d%02d%02d", future.getYear(), future.getMonthValue(),
                future.getDayOfMonth()) + "071";
        assertThat(IdNumber.problem(withCheck(first17), TODAY)).contains(IdNumber.Problem.BIRTH_DATE);
    }

    @Test
    void normalizeUpperCasesXAndFoldsFullWidthDigitsAndSpaces() {
        assertThat(IdNumber.normalize("11010519491231002x")).isEqualTo("11010519491231002X");
        assertThat(IdNumber.isValid(IdNumber.normalize("11010519491231002x"), TODAY)).isTrue();
        assertThat(IdNumber.normalize("６５０１０２１９８８０８０８００１１")).isEqualTo("650102198808080011");
        assertThat(IdNumber.normalize("１１０１０５　１９４９１２３１　００２ｘ")).isEqualTo("11010519491231002X");
        assertThat(IdNumber.normalize(" 650102 19880808 0011 ")).isEqualTo("650102198808080011");
        assertThat(IdNumber.normalize(null)).isNull();
    }

    @Test
    void genderFromTheSeventeenthDigit() {
        assertThat(IdNumber.isMale("650102198808080011")).isTrue();   // 1: odd
        assertThat(IdNumber.isMale("11010519491231002X")).isFalse();  // 2: even
        assertThat(IdNumber.isMale("610104199001010717")).isTrue();   // 1
        assertThat(IdNumber.isMale("610104200002290023")).isFalse();  // 2
    }

    @Test
    void birthDateOf() {
        assertThat(IdNumber.birthDateOf("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumber.birthDateOf("610104200002290023")).contains(LocalDate.of(2000, 2, 29));
    }

    @Test
    void maskKeepsRegionAndLastFour() {
        assertThat(IdNumber.mask("61010419900101071X")).isEqualTo("610104********071X");
        assertThat(IdNumber.mask("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(IdNumber.mask("12345")).isEqualTo("12345");
        assertThat(IdNumber.mask(null)).isNull();
    }

    private static String withCheck(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }
}
