package cn.huyang.cli;

import cn.huyang.common.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * picocli's parse errors (an unknown option, a missing value, a word where a number belongs) told
 * in the user's language from the bundle, with where to find the usage; exit code 2.
 */
final class UsageErrors implements IParameterExceptionHandler {
    private static final Pattern OPTION = Pattern.compile("--?[A-Za-z][A-Za-z-]*");

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        Messages m = Messages.forLanguage(Arguments.knownLanguage(language(args)));
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(sentence(ex, m));
        err.println(m.get("cli.error.help", cl.getCommandSpec().qualifiedName()));
        err.flush();
        return Failures.USAGE;
    }

    static String sentence(ParameterException ex, Messages m) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return m.get("cli.error.unknown", String.join(" ", u.getUnmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException mp) {
            List<String> names = new ArrayList<>();
            for (ArgSpec a : mp.getMissing()) {
                names.add(name(a));
            }
            return m.get("cli.error.missing", String.join("、", names));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return m.get("cli.error.repeated", name(o.getOverwritten()));
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            return m.get("cli.error.exclusive", options(ex.getMessage()));
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            return m.get("cli.error.value", name(arg), ex.getValue(), expected(arg, m));
        }
        if (arg != null) {
            return m.get("cli.error.missing", name(arg));
        }
        return m.get("cli.error.usage");
    }

    private static String expected(ArgSpec arg, Messages m) {
        Class<?> type = arg.type();
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                names.add(((Enum<?>) c).name());
            }
            return m.get("cli.error.expectedChoice", String.join("、", names));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return m.get("cli.error.expectedWhole");
        }
        return m.get("cli.error.expectedValue");
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }

    private static String options(String message) {
        List<String> names = new ArrayList<>();
        Matcher matcher = OPTION.matcher(String.valueOf(message));
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return String.join("、", names);
    }

    /** The --lang value among the arguments, even when they did not parse. */
    static String language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return null;
    }
}
