package cn.huyang.cli;

import cn.huyang.common.Dates;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.policy.PolicyKey;
import cn.huyang.policy.PolicyValue;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code policy set KEY VALUE --from DATE [--note TEXT] [--reason TEXT]}: a parameter's new value from
 * a date on; the years before keep theirs. Refused (exit 1), naming the field, when the value is
 * impossible, the note is missing, or the change reaches into a confirmed year without a reason.
 */
@Command(name = "set")
public class PolicySetCommand implements Callable<Integer> {
    @ParentCommand
    PolicyCommand policy;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KEY", descriptionKey = "cli.help.policy.set.param.key")
    String key;

    @Parameters(index = "1", paramLabel = "VALUE", descriptionKey = "cli.help.policy.set.param.value")
    String value;

    @Option(names = "--from", required = true, paramLabel = "DATE", descriptionKey = "cli.help.policy.set.from")
    String from;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.help.policy.set.note")
    String note;

    @Option(names = "--reason", paramLabel = "TEXT",
            descriptionKey = "cli.help.policy.set.reason")
    String reason;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BatchContext.run(policy.top, err, ctx -> {
            Messages m = ctx.messages();
            try {
                LocalDate date = Dates.parse(from).orElseThrow(() -> new ValidationException(
                        FieldError.of("policy.field.from", "validation.date")));
                PolicyValue saved = ctx.policy().set(key, value, date, note, reason);
                out.println(m.get("policy.saved", label(saved.key(), m), saved.from().toString(), saved.value()));
                out.flush();
                return 0;
            } catch (ValidationException e) {
                err.println(m.get("cli.policy.refused", e.render(m)));
                err.flush();
                return Failures.FAILED;
            }
        });
    }

    private static String label(PolicyKey k, Messages m) {
        return k.label(m) + "（" + k.key() + "）";
    }
}
