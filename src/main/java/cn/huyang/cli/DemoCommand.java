package cn.huyang.cli;

import cn.huyang.common.Progress;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.access.Account;
import cn.huyang.app.AppContext;
import cn.huyang.app.DemoAccounts;
import cn.huyang.app.FolderState;
import cn.huyang.app.Opening;
import cn.huyang.common.Messages;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demo --counselors N [--years Y] [--seed S] [--force]}. */
@Command(name = "demo")
public class DemoCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--counselors", required = true, paramLabel = "N", descriptionKey = "cli.help.demo.counselors")
    int counselors;

    @Option(names = "--years", defaultValue = "5", paramLabel = "Y", descriptionKey = "cli.help.demo.years")
    int years;

    @Option(names = "--seed", defaultValue = "20261128", paramLabel = "S", descriptionKey = "cli.help.demo.seed")
    long seed;

    @Option(names = "--force", descriptionKey = "cli.help.demo.force")
    boolean force;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        DemoDataGenerator.Request request;
        try {
            request = new DemoDataGenerator.Request(counselors, years, seed);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        Messages m = BatchContext.messages(top);
        return BatchContext.open(top, err, gate -> {
            if (gate.state() != FolderState.NEW) {
                return BatchContext.run(top, err, ctx -> generate(ctx, request, out, err));
            }
            if (top.user() == null) {
                err.println(m.get("cli.userRequired"));
                return Failures.USAGE;
            }
            char[] password = Passwords.readNew(m.get("cli.passwordNewPrompt", top.user()), m.get("cli.passwordAgain"),
                    m, err);
            if (password == null) {
                return Failures.LOGIN;
            }
            try {
                Opening opening = gate.create(top.user(), null, password);
                return BatchContext.runOpened(opening, m, ctx -> {
                    int code = generate(ctx, request, out, err);
                    if (code == 0) {
                        for (Account a : DemoAccounts.create(ctx, password)) {
                            out.println(m.get("cli.demo.account", a.userName(), a.role().label(m)));
                        }
                    }
                    if (opening.recoveryKey() != null) {
                        out.println(m.get("cli.init.recoveryKey", opening.recoveryKey()));
                    }
                    out.flush();
                    return code;
                });
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        });
    }

    private int generate(AppContext ctx, DemoDataGenerator.Request request, PrintWriter out, PrintWriter err) {
        if (!force && ctx.demo().databaseHoldsData()) {
            err.println(ctx.messages().get("demo.refused"));
            return 1;
        }
        // About 16 KB a counselor for five years of history, as the demo writes it.
        DiskSpace.require(ctx.store().folder().path(), 16L * 1024 * counselors * Math.max(1, years) / 5);
        long start = System.nanoTime();
        var summary = ctx.demo().generate(request, force, Progress.NONE);
        out.println(ctx.messages().get("demo.done", summary.departments(), summary.counselors(),
                summary.events(), summary.trainingRecords(), (System.nanoTime() - start) / 1_000_000));
        return 0;
    }
}
