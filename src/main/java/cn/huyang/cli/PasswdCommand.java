package cn.huyang.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code passwd}: the user named by {@code --user} changes their own password (the current one as
 * for every command, the new one from {@code HUYANG_NEW_PASSWORD} or typed twice).
 */
@Command(name = "passwd")
public class PasswdCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BatchContext.runAllowingPasswordChange(top, err, (ctx, current) -> {
            char[] next = UsersCommand.newPassword(ctx.messages(), err, top.user());
            if (next == null) {
                return Failures.FAILED;
            }
            ctx.accounts().changeOwnPassword(current, next);
            Arrays.fill(next, '\0');
            out.println(ctx.messages().get("users.passwordChanged", top.user()));
            out.flush();
            return 0;
        });
    }
}
