package cn.huyang.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void halfWidthFoldsFullWidthAsciiAndIdeographicSpace() {
        assertThat(Text.halfWidth("０１２３４５６７８９")).isEqualTo("0123456789");
        assertThat(Text.halfWidth("ＡＢＣｘｙｚ")).isEqualTo("ABCxyz");
        assertThat(Text.halfWidth("（）－")).isEqualTo("()-");
        assertThat(Text.halfWidth("张\u3000三")).isEqualTo("张 三");
        assertThat(Text.halfWidth("维吾尔族·汉字")).isEqualTo("维吾尔族·汉字");
        assertThat(Text.halfWidth(null)).isNull();
    }

    @Test
    void cleanTrimsIncludingFullWidthSpacesAndNullsEmptyText() {
        assertThat(Text.clean("  张三 ")).isEqualTo("张三");
        assertThat(Text.clean("\u3000张三\u3000")).isEqualTo("张三");
        assertThat(Text.clean("张 三")).isEqualTo("张 三");
        assertThat(Text.clean("\u3000 \t")).isNull();
        assertThat(Text.clean("")).isNull();
        assertThat(Text.clean(null)).isNull();
    }

    @Test
    void isBlank() {
        assertThat(Text.isBlank("\u3000")).isTrue();
        assertThat(Text.isBlank(null)).isTrue();
        assertThat(Text.isBlank(" a ")).isFalse();
    }
}
