package cn.huyang.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SameNamesTest {
    private record Person(long id, String name, String idNumber) {
    }

    private static final Messages ZH = Messages.forLanguage("zh");

    @Test
    void onlyThoseWhoseNameAnotherHasGetTheirTail() {
        List<Person> people = List.of(new Person(1, "张伟", "65290119900517003X"),
                new Person(2, "张伟", "652901199203080024"), new Person(3, "李娜", "652901199105060021"),
                new Person(4, "王芳", null), new Person(5, "王芳", "652901198801010028"));
        Map<Long, String> tails = SameNames.tails(people, Person::id, Person::name, Person::idNumber);
        assertThat(tails).containsOnly(Map.entry(1L, "003X"), Map.entry(2L, "0024"), Map.entry(5L, "0028"));
    }

    @Test
    void theTailFollowsTheNameAsTheRecordsShowIt() {
        assertThat(SameNames.shown(ZH, "张伟", "003X")).isEqualTo("张伟　· 身份证尾号 003X");
        assertThat(SameNames.shown(ZH, "李娜", null)).isEqualTo("李娜");
        assertThat(SameNames.idTail(ZH, "65290119900517003X")).isEqualTo("　· 身份证尾号 003X");
        assertThat(SameNames.idTail(ZH, null)).isEmpty();
        assertThat(SameNames.shown(Messages.forLanguage("en"), "Zhang Wei", "003X"))
                .isEqualTo("Zhang Wei · ID ending 003X");
    }
}
