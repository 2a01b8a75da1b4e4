package cn.huyang.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every finding the program can report names its seed clause, and the clause's sentence is shipped. */
class FindingCodesTest {
    @Test
    void everyFindingCodeHasAClauseWithItsSentence() {
        ResourceBundle zh = Messages.forLanguage("zh").bundle();
        var codes = Collections.list(zh.getKeys()).stream().filter(k -> k.matches("finding\\.[A-Z_]+"))
                .map(k -> k.substring("finding.".length())).toList();
        assertThat(codes).hasSizeGreaterThanOrEqualTo(13);
        assertThat(FindingCodes.codes()).containsAll(codes);
        for (String code : FindingCodes.codes()) {
            String clause = FindingCodes.clause(code);
            assertThat(clause).as(code).matches("三\\([一二三四]\\)[0-9]+(\\([0-9]\\))?");
            assertThat(SeedClauses.sentence(clause)).as(clause).isPresent();
        }
        assertThat(SeedClauses.sentence("三(二)1").orElseThrow()).contains("1:200").contains("三分之一");
        assertThat(SeedClauses.sentence("三(四)3").orElseThrow()).contains("连续两年年度考核不合格");
    }
}
