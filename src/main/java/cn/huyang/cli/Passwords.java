package cn.huyang.cli;

import cn.huyang.common.Messages;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;

/**
 * Where a batch command's password comes from: the environment variable {@code HUYANG_PASSWORD}
 * (for scripts), else the console without echo. Never from the command line itself, where other
 * users of the PC would see it in the process list.
 */
final class Passwords {
    static final String VARIABLE = "HUYANG_PASSWORD";
    static final String USER_VARIABLE = "HUYANG_USER";
    /** The database login's password in shared mode ({@code --server}). */
    static final String DB_VARIABLE = "HUYANG_DB_PASSWORD";
    /** The environment; tests give their own. */
    private static volatile Map<String, String> environment = System.getenv();

    private Passwords() {
    }

    /** The password, or null (told on {@code err}) when there is neither the variable nor a console. */
    static char[] read(String prompt, Messages m, PrintWriter err) {
        return read(VARIABLE, prompt, m, err);
    }

    /** The password from the variable {@code variable}, else the console; null (told) when neither. */
    static char[] read(String variable, String prompt, Messages m, PrintWriter err) {
        String fromEnv = environment.get(variable);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            err.println(m.get("cli.passwordNeeded", variable));
            err.flush();
            return null;
        }
        return console.readPassword("%s", prompt);
    }

    /** A new password: from the variable, or typed twice at the console; null when they differ or none. */
    static char[] readNew(String prompt, String again, Messages m, PrintWriter err) {
        String fromEnv = environment.get(VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        char[] first = read(prompt, m, err);
        if (first == null) {
            return null;
        }
        char[] second = System.console().readPassword("%s", again);
        if (!Arrays.equals(first, second)) {
            err.println(m.get("validation.passwordsDiffer"));
            err.flush();
            return null;
        }
        return first;
    }

    /** A variable of the environment (tests give their own), or null when unset or empty. */
    static String environment(String name) {
        String v = environment.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** Runs the commands with this environment (tests); null restores the real one. */
    static void useEnvironment(Map<String, String> env) {
        environment = env == null ? System.getenv() : env;
    }
}
