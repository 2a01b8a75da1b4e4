package cn.huyang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TextCipherTest {
    private final TextCipher cipher = TextCipher.random();

    @Test
    void aSealedTextOpensOnlyInItsOwnPlaceAndShowsNothingOfTheText() {
        String text = "与张三谈心：家庭变故，情绪低落，已联系心理中心";
        String sealed = cipher.seal("talk", "content", "7f3a", text);
        assertThat(sealed).startsWith("g1:").doesNotContain("张三");
        assertThat(new String(Base64.getDecoder().decode(sealed.substring(3)), StandardCharsets.UTF_8)).doesNotContain("张三");
        assertThat(cipher.open("TALK", "CONTENT", "7f3a", sealed)).isEqualTo(text);
        assertThat(cipher.seal("talk", "content", "7f3a", text)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThatThrownBy(() -> cipher.open("talk", "content", "7f3b", sealed)).isInstanceOf(SealedTextException.class);
        assertThatThrownBy(() -> cipher.open("talk", "measures", "7f3a", sealed)).isInstanceOf(SealedTextException.class);
        assertThatThrownBy(() -> TextCipher.random().open("talk", "content", "7f3a", sealed))
                .isInstanceOf(SealedTextException.class);
    }

    @Test
    void nullStaysNullAndAPlainOrDamagedTextIsRefused() {
        assertThat(cipher.seal("t", "c", "1", null)).isNull();
        assertThat(cipher.open("t", "c", "1", null)).isNull();
        assertThat(cipher.open("t", "c", "1", cipher.seal("t", "c", "1", ""))).isEmpty();
        assertThatThrownBy(() -> cipher.open("t", "c", "1", "plain text")).isInstanceOf(SealedTextException.class);
        String sealed = cipher.seal("t", "c", "1", "abc");
        char last = sealed.charAt(sealed.length() - 2);
        String damaged = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);
        assertThatThrownBy(() -> cipher.open("t", "c", "1", damaged)).isInstanceOf(SealedTextException.class);
        assertThatThrownBy(() -> cipher.open("t", "c", "1", "g1:%%")).isInstanceOf(SealedTextException.class);
    }
}
