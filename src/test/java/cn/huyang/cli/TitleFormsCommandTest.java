package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.title.TitleFormsFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code title-forms} through the launcher, on a data folder holding a year of applications. */
class TitleFormsCommandTest {
    @TempDir
    Path dir;

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesOneSheetPerApplicantThenOneFileAndTheList() throws Exception {
        Path data = dir.resolve("data");
        try (TitleFormsFixture f = new TitleFormsFixture(data)) {
            f.populate();
        }
        Path each = dir.resolve("each");
        LauncherTest.Result r = LauncherTest.run("--data-dir", data.toString(), "title-forms", "--year", "2025",
                "--out", each.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("5 份职称评审推荐表").contains("5 个 PDF 文件");
        assertThat(names(each)).hasSize(5).contains("2025-信息工程系-张伟-副教授.pdf", "2025-机电工程系-刘洋-正科级.pdf");

        Path one = dir.resolve("one");
        r = LauncherTest.run("--data-dir", data.toString(), "title-forms", "--year", "2025", "--out", one.toString(),
                "--single-file", "--list");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("评审名单");
        assertThat(names(one)).containsExactly("2025年度职称评审名单.pdf", "2025年度职称评审推荐表.pdf");
        for (String n : names(one)) {
            assertThat(Files.readAllBytes(one.resolve(n))).startsWith("%PDF".getBytes());
        }
    }

    @Test
    void aYearWithoutApplicationsSaysSo() {
        LauncherTest.Result r = LauncherTest.run("--data-dir", dir.resolve("empty").toString(), "title-forms",
                "--year", "2025", "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("2025 年度没有职称评审申报");
    }
}
