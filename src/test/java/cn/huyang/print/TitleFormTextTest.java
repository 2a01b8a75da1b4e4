package cn.huyang.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every character the title forms print from the bundle (✔ and ✘ among them) is in the shipped font. */
class TitleFormTextTest {

    @Test
    void theShippedFontHasEveryCharacterOfTheTitleFormTexts() throws Exception {
        for (String bundle : new String[] {"messages_zh_CN", "messages_en"}) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/" + bundle + ".properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            FormFont font = FormFont.get();
            for (String key : p.stringPropertyNames()) {
                if (!key.startsWith("titleForm.")) {
                    continue;
                }
                String text = p.getProperty(key);
                text.codePoints().forEach(cp ->
                        assertThat(font.covers(cp)).as(bundle + " " + key + " " + new String(Character.toChars(cp)))
                                .isTrue());
            }
        }
        assertThat(FormFont.get().covers('✔')).isTrue();
        assertThat(FormFont.get().covers('✘')).isTrue();
    }
}
