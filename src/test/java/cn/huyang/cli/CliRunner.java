package cn.huyang.cli;

/** Runs the command line for tests of other packages, as {@link LauncherTest} does. */
public final class CliRunner {
    public record Result(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    public static Result run(String... args) {
        LauncherTest.Result r = LauncherTest.run(args);
        return new Result(r.exitCode(), r.out(), r.err());
    }
}
