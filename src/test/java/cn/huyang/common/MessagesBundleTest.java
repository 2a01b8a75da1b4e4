package cn.huyang.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.Degree;
import cn.huyang.roster.Education;
import cn.huyang.roster.EmploymentForm;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PoliticalStatus;
import cn.huyang.roster.Position;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterEventKind;
import cn.huyang.roster.StatusFilter;
import cn.huyang.roster.TitleRank;
import cn.huyang.training.ComplianceRow;
import cn.huyang.training.TrainingCategory;
import cn.huyang.training.TrainingLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesBundleTest {
    private static final String ZH = "i18n/messages_zh_CN.properties";
    private static final String EN = "i18n/messages_en.properties";

    /** Every enum implementing Coded; listed explicitly so a new one must be added here. */
    private static final List<Class<? extends Coded>> CODED = List.of(
            CounselorStatus.class, Degree.class, Education.class, EmploymentForm.class, Gender.class,
            PoliticalStatus.class, Position.class, PostType.class, RosterEventKind.class, TitleRank.class,
            StatusFilter.class, Finding.Severity.class, TrainingLevel.class, TrainingCategory.class, cn.huyang.io.ImportKind.class,
            ComplianceRow.Status.class, cn.huyang.db.BackupKind.class, cn.huyang.assessment.FormScope.class,
            cn.huyang.assessment.Party.class, cn.huyang.assessment.Grade.class, cn.huyang.assessment.QuotaStatus.class,
            cn.huyang.assessment.YearState.class, cn.huyang.assessment.ReviewOutcome.class,
            cn.huyang.io.PlannedRow.Action.class,
            cn.huyang.title.Track.class, cn.huyang.title.OutputKind.class, cn.huyang.title.OutputLevel.class,
            cn.huyang.title.OutputRole.class, cn.huyang.title.ServiceRole.class, cn.huyang.title.Verdict.class,
            cn.huyang.title.ReviewState.class, cn.huyang.title.Criterion.class, cn.huyang.title.QuotaStanding.class,
            cn.huyang.policy.PolicyKey.class, cn.huyang.policy.UnitField.class,
            cn.huyang.findings.DecisionKind.class, cn.huyang.findings.FindingStatus.class,
            cn.huyang.access.Role.class, cn.huyang.access.Operation.class, cn.huyang.access.AuditAction.class,
            cn.huyang.server.SslMode.class, cn.huyang.server.DataLocation.Kind.class,
            cn.huyang.guarantee.MonthState.class,
            cn.huyang.students.FilePart.class, cn.huyang.students.AttentionCategory.class,
            cn.huyang.students.AttentionStatus.class,
            cn.huyang.worklog.RecordKind.class,

            cn.huyang.recruitment.Way.class, cn.huyang.recruitment.Channel.class, cn.huyang.recruitment.Source.class,
            cn.huyang.recruitment.Outcome.class, cn.huyang.recruitment.TrialResult.class,
            cn.huyang.recruitment.ConditionStatus.class, cn.huyang.recruitment.Condition.class,
            cn.huyang.recruitment.Standing.class, cn.huyang.recruitment.Stage.class);

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<String> zh = new TreeSet<>(load(ZH).stringPropertyNames());
        Set<String> en = new TreeSet<>(load(EN).stringPropertyNames());
        assertThat(zh).isNotEmpty();
        assertThat(en).as("keys missing in English").containsAll(zh);
        assertThat(zh).as("keys missing in Chinese").containsAll(en);
    }

    @Test
    void noEmptyValues() throws IOException {
        for (String resource : List.of(ZH, EN)) {
            Properties p = load(resource);
            List<String> empty = new ArrayList<>();
            for (String key : p.stringPropertyNames()) {
                if (p.getProperty(key).isBlank()) {
                    empty.add(key);
                }
            }
            assertThat(empty).as("empty values in %s", resource).isEmpty();
        }
    }

    /** Messages formats any text with a quote: a lone apostrophe would open a quoted part and vanish. */
    @Test
    void apostrophesAreDoubledWhereMessagesFormatsThem() throws IOException {
        for (String resource : List.of(ZH, EN)) {
            Properties p = load(resource);
            List<String> lone = new ArrayList<>();
            for (String key : p.stringPropertyNames()) {
                boolean picocli = key.startsWith("huyang.") || key.startsWith("cli.help."); // read by picocli as is
                if (!picocli && java.util.regex.Pattern.compile("(?<!')'(?!')").matcher(p.getProperty(key)).find()) {
                    lone.add(key);
                }
            }
            assertThat(lone).as("lone apostrophes in %s", resource).isEmpty();
        }
        Messages en = Messages.forLanguage("en");
        assertThat(en.get("education.MASTER")).isEqualTo("Master's");
        assertThat(en.get("validation.hours.overSession", 8)).isEqualTo("must not exceed the training's 8 hours");
        assertThat(en.get("login.departed")).startsWith("This account's counselor");
    }

    @Test
    void chineseBundleIsReallyChineseAndReadAsUtf8() throws IOException {
        assertThat(load(ZH).getProperty("field.idNumber")).isEqualTo("身份证号");
        assertThat(load(ZH).getProperty("status.DEREGISTERED")).isEqualTo("已注销");
        assertThat(load(EN).getProperty("app.title")).isNotEqualTo(load(ZH).getProperty("app.title"));
    }

    @Test
    void everyCodedEnumValueHasALabelInBothBundles() throws IOException {
        Properties zh = load(ZH);
        Properties en = load(EN);
        List<String> missing = new ArrayList<>();
        for (Class<? extends Coded> type : CODED) {
            assertThat(type.isEnum()).as(type.getName()).isTrue();
            for (Coded value : type.getEnumConstants()) {
                String key = value.messageKey();
                assertThat(key).startsWith(value.keyPrefix() + ".");
                if (!zh.containsKey(key)) {
                    missing.add("zh:" + key);
                }
                if (!en.containsKey(key)) {
                    missing.add("en:" + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Guards the explicit list: every Coded enum of the application (compiled classes) is in it. */
    @Test
    void theListCoversEveryCodedEnumOfTheApplication() throws Exception {
        java.net.URL url = Coded.class.getResource("Coded.class");
        assertThat(url.getProtocol()).isEqualTo("file");
        java.nio.file.Path classes = java.nio.file.Path.of(url.toURI()).getParent().getParent().getParent().getParent();
        List<Class<?>> found = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(classes.resolve("cn/huyang"))) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace(java.io.File.separatorChar, '.');
                // Not initialized: view classes must not touch JavaFX before a toolkit runs.
                Class<?> c = Class.forName(name.substring(0, name.length() - 6), false, Coded.class.getClassLoader());
                if (c.isEnum() && Coded.class.isAssignableFrom(c)) {
                    found.add(c);
                }
            }
        }
        assertThat(found).contains(Gender.class, TrainingLevel.class);
        assertThat(CODED).containsAll(found.stream().map(c -> c.asSubclass(Coded.class)).toList());
    }

    @Test
    void messagesRenderThroughTheBundle() {
        Messages zh = Messages.forLanguage("zh");
        Messages en = Messages.forLanguage("en-US");
        assertThat(zh.isChinese()).isTrue();
        assertThat(en.isChinese()).isFalse();
        assertThat(Gender.FEMALE.label(zh)).isEqualTo("女");
        assertThat(zh.get("validation.id.length", 17)).isEqualTo("应为 18 位，当前为 17 位");
        assertThat(FieldError.of("field.idNumber", "validation.required").render(zh)).isEqualTo("身份证号：必填");
        assertThat(zh.get("no.such.key")).isEqualTo("!no.such.key!");
        assertThat(Messages.forLanguage(null).isChinese()).isTrue();
    }
}
