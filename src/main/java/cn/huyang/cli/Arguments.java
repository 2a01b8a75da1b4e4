package cn.huyang.cli;

import cn.huyang.common.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** The values picocli accepts by type but the program must refuse: an empty data folder, a year 0, a language it lacks. */
final class Arguments {
    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2200;

    private Arguments() {
    }

    /** zh or en (with a region), else null: the language a message can be given in. */
    static String knownLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return t.equals("zh") || t.startsWith("zh-") || t.equals("en") || t.startsWith("en-") ? t : null;
    }

    /** Why the options cannot be used (a sentence), or null. */
    static String problem(HuyangCommand top, ParseResult pr, Messages m) {
        if (top.lang() != null && knownLanguage(top.lang()) == null) {
            return m.get("cli.error.lang", top.lang());
        }
        OptionSpec dataDir = pr.matchedOption("--data-dir");
        if (dataDir != null && String.valueOf(dataDir.originalStringValues().get(0)).isBlank()) {
            return m.get("cli.error.dataDirEmpty");
        }
        for (ParseResult p = pr.subcommand(); p != null; p = p.subcommand()) {
            OptionSpec year = p.matchedOption("--year");
            if (year != null && year.getValue() instanceof Integer y && (y < FIRST_YEAR || y > LAST_YEAR)) {
                return m.get("cli.error.year", y, FIRST_YEAR, LAST_YEAR);
            }
        }
        return null;
    }

    /**
     * Why the data folder cannot hold the data (a file of that name, a folder that cannot be
     * written), or null. Help and the version need no folder; the window checks its own.
     */
    static String dataFolderProblem(ParseResult pr, HuyangCommand top, Messages m) {
        if (pr.subcommand() == null || CliSetup.helpOrVersion(pr)) {
            return null;
        }
        Path folder = cn.huyang.db.DataFolder.resolve(top.dataDir()).path();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return m.get("cli.error.dataDirNotFolder", folder);
        }
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | RuntimeException e) {
            if (cn.huyang.db.StoreFailure.isDiskFullMessage(e.getMessage())) {
                return m.get("error.diskFull", folder);
            }
            return m.get("cli.error.dataDirNotWritable", folder);
        }
        return null;
    }
}
