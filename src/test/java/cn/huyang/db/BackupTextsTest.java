package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.common.Messages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The refusals say what is wrong in plain words, without contradicting themselves. */
class BackupTextsTest {
    private static final Path FILE = Path.of("b.zip");
    private final Messages zh = Messages.forLanguage("zh");
    private final Messages en = Messages.forLanguage("en");

    @Test
    void aNewerFormatSaysANewerProgramIsNeededAndNamesBothFormatVersions() {
        BackupException e = new BackupException(BackupException.Problem.NEWER_FORMAT, FILE, "4");
        assertThat(BackupTexts.problem(e, zh)).contains("需要更新版本的胡杨").contains("第 4 版")
                .contains("第 " + BackupFile.FORMAT_VERSION + " 版").doesNotContain("结构版本");
        assertThat(BackupTexts.problem(e, en)).contains("format 4").contains("up to " + BackupFile.FORMAT_VERSION);
    }

    @Test
    void aNewerSchemaNamesTheBackupsSchemaVersion() {
        BackupException e = new BackupException(BackupException.Problem.NEWER_SCHEMA, FILE, "999");
        assertThat(BackupTexts.problem(e, zh)).contains("数据库结构版本是 999")
                .contains("版本 " + Migrations.latest().getVersion()).contains("需要更新版本的胡杨");
    }

    @Test
    void aBadRowNamesTableAndRow() {
        BackupException e = new BackupException(BackupException.Problem.BAD_ROW, FILE, "counselor", 12345, "x", null);
        assertThat(BackupTexts.problem(e, zh)).contains("表“counselor”的第 12345 行");
        assertThat(BackupTexts.problem(e, en)).contains("Row 12345 of table \"counselor\"");
    }
}
