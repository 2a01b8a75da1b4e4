package cn.huyang.cli;

import cn.huyang.access.Account;
import cn.huyang.access.Role;
import cn.huyang.app.AppContext;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.roster.Department;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code users list|add NAME --role ROLE [--department CODE] [--counselor NAME[:LAST4]]|reset NAME|disable NAME}: the accounts
 * (administrators only). A new or reset password comes from {@code HUYANG_NEW_PASSWORD} or is asked for twice.
 */
@Command(name = "users",
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.Add.class, UsersCommand.Reset.class,
                UsersCommand.Disable.class})
public class UsersCommand implements Callable<Integer> {
    static final String NEW_PASSWORD = "HUYANG_NEW_PASSWORD";

    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Failures.USAGE;
    }

    /** Runs an account step for the logged-in administrator. */
    int run(Function<AppContext, Integer> body) {
        return BatchContext.run(top, spec.commandLine().getErr(), body);
    }

    @Command(name = "list")
    static class ListUsers implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Override
        public Integer call() {
            PrintWriter out = users.spec.commandLine().getOut();
            return users.run(ctx -> {
                Messages m = ctx.messages();
                Map<Long, String> depts = ctx.roster().departmentsById().values().stream()
                        .collect(Collectors.toMap(Department::id, Department::code));
                for (Account a : ctx.accounts().accounts()) {
                    out.println(String.join("\t", a.userName(), a.displayName(), a.role().label(m),
                            a.departmentId() == null ? "" : depts.getOrDefault(a.departmentId(), ""),
                            m.get(a.disabled() ? "users.disabled" : a.mustChangePassword() ? "users.mustChange"
                                    : "users.active")));
                }
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "add")
    static class Add implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "cli.help.users.add.param.name")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                descriptionKey = "cli.help.users.add.role")
        String role;

        @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.help.users.add.department")
        String department;

        @Option(names = "--name", paramLabel = "TEXT", descriptionKey = "cli.help.users.add.name")
        String displayName;

        @Option(names = "--counselor", paramLabel = "NAME[:LAST4]", descriptionKey = "cli.help.users.add.counselor")
        String counselor;

        @Override
        public Integer call() {
            PrintWriter out = users.spec.commandLine().getOut();
            PrintWriter err = users.spec.commandLine().getErr();
            return users.run(ctx -> {
                Messages m = ctx.messages();
                Role r = role(role, m);
                Long deptId = department == null ? null : ctx.roster().departments().stream()
                        .filter(d -> d.code().equalsIgnoreCase(department.strip())).map(Department::id).findFirst()
                        .orElseThrow(() -> new ValidationException(FieldError.of("field.department",
                                "validation.unknownDepartment", department)));
                Long counselorId = counselor == null ? null : CounselorArgument.resolve(ctx.roster(), counselor);
                char[] pw = newPassword(m, err, name);
                if (pw == null) {
                    return Failures.FAILED;
                }
                ctx.accounts().create(name, displayName, r, deptId, counselorId, pw);
                Arrays.fill(pw, '\0');
                out.println(m.get("users.added", name, r.label(m)));
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "reset")
    static class Reset implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "cli.help.users.reset.param.name")
        String name;

        @Override
        public Integer call() {
            PrintWriter out = users.spec.commandLine().getOut();
            PrintWriter err = users.spec.commandLine().getErr();
            return users.run(ctx -> {
                char[] pw = newPassword(ctx.messages(), err, name);
                if (pw == null) {
                    return Failures.FAILED;
                }
                ctx.accounts().resetPassword(name, pw);
                Arrays.fill(pw, '\0');
                out.println(ctx.messages().get("users.reset", name));
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "disable")
    static class Disable implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "cli.help.users.disable.param.name")
        String name;

        @Override
        public Integer call() {
            PrintWriter out = users.spec.commandLine().getOut();
            return users.run(ctx -> {
                ctx.accounts().disable(name);
                out.println(ctx.messages().get("users.disabledDone", name));
                out.flush();
                return 0;
            });
        }
    }

    /** A role by its code or its Chinese or English label. */
    static Role role(String typed, Messages m) {
        String t = typed.strip();
        for (Role r : Role.values()) {
            if (r.name().equalsIgnoreCase(t) || r.label(m).equals(t)
                    || r.label(Messages.forLanguage("zh")).equals(t) || r.label(Messages.forLanguage("en"))
                    .toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new ValidationException(FieldError.of("field.role", "validation.unknownRole", typed));
    }

    static char[] newPassword(Messages m, PrintWriter err, String user) {
        if (Passwords.environment(NEW_PASSWORD) != null) {
            return Passwords.environment(NEW_PASSWORD).toCharArray();
        }
        return Passwords.readNew(m.get("cli.passwordNewPrompt", user), m.get("cli.passwordAgain"), m, err);
    }
}
