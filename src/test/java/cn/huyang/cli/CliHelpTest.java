package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line's help comes from the message bundles: Chinese unless {@code --lang en}, every
 * command with its own --help, and every command, option and parameter with its text in both bundles.
 */
class CliHelpTest {
    @TempDir
    Path dir;

    private LauncherTest.Result help(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        LauncherTest.Result r = LauncherTest.run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    @Test
    void theHelpIsChineseByDefault() {
        String top = help("--help").out();
        assertThat(top).contains("用法：huyang", "胡杨 · 辅导员队伍管理。", "命令：", "显示此帮助信息并退出。",
                "语言：zh（简体中文，默认）或 en。", "列出辅导员配备表（在校生数")
                .doesNotContain("Usage:", "Show this help message", "Print the staffing table");
        String ratio = help("ratio", "--help").out();
        assertThat(ratio).contains("用法：huyang ratio", "列出辅导员配备表", "--year=Y", "年度（默认：今年）。", "以 JSON 输出。");
        String add = help("users", "add", "-h").out();
        assertThat(add).contains("用法：huyang users add", "新增账号；首次登录时必须修改初始密码。", "NAME", "用户名。",
                "系部代码（角色为 DEPARTMENT 时）。");
        String forms = help("forms", "--help").out();
        assertThat(forms).contains("把一年的考核登记表写成 PDF", "打印（A4）：先检查打印机", "每页的份数，1 到 99（默认 1）。");
    }

    @Test
    void theHelpIsEnglishWithLangEn() {
        String top = help("--lang", "en", "--help").out();
        assertThat(top).contains("Usage: huyang", "Commands:", "Show this help message and exit.",
                "Print the staffing table").doesNotContain("用法", "列出辅导员配备表");
        String ratio = help("--lang", "en", "ratio", "--help").out();
        assertThat(ratio).contains("Usage: huyang ratio", "Year (default: this year).", "Print JSON.");
        String imp = help("--lang", "en", "import", "--help").out();
        assertThat(imp).contains("Import a spreadsheet", "Check and show what would be written");
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = CliHelpTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyCommandOptionAndParameterHasItsTextInBothBundles() throws Exception {
        Properties zh = load("i18n/messages_zh_CN.properties");
        Properties en = load("i18n/messages_en.properties");
        CommandLine cl = new CommandLine(new HuyangCommand((d, l) -> 0));
        List<String> keys = new ArrayList<>(List.of("usage.synopsisHeading", "usage.commandListHeading",
                "mixinStandardHelpOptions.help", "mixinStandardHelpOptions.version"));
        List<String> untranslated = new ArrayList<>();
        collect(cl, keys, untranslated);
        assertThat(untranslated).as("options and parameters whose text is in the code, not the bundles").isEmpty();
        assertThat(keys).hasSizeGreaterThan(100);
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!zh.containsKey(key)) {
                missing.add("zh:" + key);
            }
            if (!en.containsKey(key)) {
                missing.add("en:" + key);
            }
            if (zh.containsKey(key) && zh.getProperty(key).equals(en.getProperty(key))) {
                missing.add("same in both:" + key);
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void collect(CommandLine cl, List<String> keys, List<String> untranslated) {
        CommandSpec spec = cl.getCommandSpec();
        keys.add(spec.qualifiedName(".") + ".usage.description");
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec a : args) {
            if (a instanceof OptionSpec o && (o.usageHelp() || o.versionHelp())) {
                continue; // picocli's own -h and -V: mixinStandardHelpOptions.*
            }
            if (a.descriptionKey() == null || a.descriptionKey().isEmpty()) {
                untranslated.add(spec.qualifiedName() + " " + (a instanceof OptionSpec o ? o.longestName()
                        : a.paramLabel()));
            } else {
                keys.add(a.descriptionKey());
            }
        }
        cl.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, keys, untranslated));
    }
}
