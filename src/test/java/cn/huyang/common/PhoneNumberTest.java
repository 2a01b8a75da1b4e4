package cn.huyang.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13912345678", "19987654321", "0997-2345678", "09972345678", "010-12345678",
            "0991-4567890-123"})
    void validNumbers(String phone) {
        assertThat(PhoneNumber.isValid(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "12912345678", "1391234567", "139123456789", "997-2345678", "0997-23456",
            "abc", ""})
    void invalidNumbers(String phone) {
        assertThat(PhoneNumber.isValid(phone)).isFalse();
    }

    @Test
    void nullIsNotValid() {
        assertThat(PhoneNumber.isValid(null)).isFalse();
    }

    @Test
    void normalizeFoldsFullWidthAndStripsSpacesAndBrackets() {
        assertThat(PhoneNumber.normalize("１３９ １２３４ ５６７８")).isEqualTo("13912345678");
        assertThat(PhoneNumber.normalize("（0997）2345678")).isEqualTo("09972345678");
        assertThat(PhoneNumber.normalize("(0997) 2345678")).isEqualTo("09972345678");
        assertThat(PhoneNumber.normalize("0997—2345678")).isEqualTo("0997-2345678");
        assertThat(PhoneNumber.isValid(PhoneNumber.normalize("（0997）2345678"))).isTrue();
        assertThat(PhoneNumber.normalize("  ")).isNull();
        assertThat(PhoneNumber.normalize(null)).isNull();
    }
}
