package cn.huyang.cli;

/** Runs the command line for tests of other packages, as {@link LauncherTest} does. */
public final class CliRunner {
    public record Result(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    /** As {@link #run}, as the administrator (restore, accounts). */
    public static Result runAsAdmin(String... args) {
        LauncherTest.Result r = LauncherTest.runAsAdmin(args);
        return new Result(r.exitCode(), r.out(), r.err());
    }

    public static Result run(String... args) {
        LauncherTest.Result r = LauncherTest.run(args);
        return new Result(r.exitCode(), r.out(), r.err());
    }
}
