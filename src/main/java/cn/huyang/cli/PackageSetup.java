package cn.huyang.cli;

import cn.huyang.app.FolderState;
import cn.huyang.app.Opening;
import cn.huyang.common.Messages;
import cn.huyang.exchange.PackageImport;
import cn.huyang.exchange.PackageRefusal;
import cn.huyang.exchange.SetupCode;
import cn.huyang.security.RecoveryKeyException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * {@code package import FILE} on a new data folder: sets it up as {@code init} does (its administrator is
 * {@code --user}, the password from HUYANG_PASSWORD or the console), opens the office's package for a new
 * PC with its setup code (HUYANG_SETUP_CODE or the console), applies it and makes the accounts it names
 * with one-time passwords, printed once, which they change at their first login.
 */
final class PackageSetup {
    static final String CODE_VARIABLE = "HUYANG_SETUP_CODE";
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PackageSetup() {
    }

    /** Whether the folder (or server) of the command is new: no account yet. */
    static boolean isNew(HuyangCommand top, PrintWriter err) {
        return BatchContext.open(top, err, gate -> gate.state() == FolderState.NEW ? 1 : 0) == 1;
    }

    static int run(HuyangCommand top, PrintWriter out, PrintWriter err, Path file) {
        Messages m = BatchContext.messages(top);
        String admin = top.user();
        if (admin == null) {
            err.println(m.get("cli.package.setup.needsUser"));
            return Failures.USAGE;
        }
        SetupCode code;
        try {
            String typed = Passwords.environment(CODE_VARIABLE);
            if (typed == null) {
                char[] t = Passwords.read(CODE_VARIABLE, m.get("cli.package.setup.codePrompt"), m, err);
                if (t == null) {
                    return Failures.LOGIN;
                }
                typed = new String(t);
            }
            code = SetupCode.parse(typed);
        } catch (RecoveryKeyException e) {
            err.println(m.get("cli.package.setup.badCode"));
            return Failures.FAILED;
        }
        return BatchContext.open(top, err, gate -> {
            char[] password = Passwords.readNew(m.get("cli.passwordNewPrompt", admin), m.get("cli.passwordAgain"), m,
                    err);
            if (password == null) {
                return Failures.LOGIN;
            }
            Opening opening = gate.create(admin, null, password);
            Arrays.fill(password, '\0');
            InitCommand.tell(out, m, opening, admin, null);
            return BatchContext.runOpened(opening, m, ctx -> {
                try {
                    PackageImport.Setup setup = ctx.exchange().receive().setup(file, code);
                    out.println(m.get("cli.package.setup.done", setup.plan().totals().added()));
                    for (PackageImport.NewAccount a : setup.accounts()) {
                        char[] first = oneTimePassword();
                        try {
                            ctx.accounts().create(a.userName(), a.displayName(), a.role(), a.departmentId(),
                                    a.counselorId(), first);
                            out.println(m.get("cli.package.setup.account", a.userName(), a.displayName(),
                                    m.get(a.role().messageKey()), new String(first)));
                        } catch (cn.huyang.common.ValidationException e) {
                            // one account that cannot be (a name taken here): the others and the data stand
                            err.println(m.get("cli.package.setup.accountFailed", a.userName(), e.render(m)));
                        } finally {
                            Arrays.fill(first, '\0');
                        }
                    }
                    out.flush();
                    return 0;
                } catch (PackageRefusal e) {
                    err.println(e.render(m));
                    return Failures.FAILED;
                }
            });
        });
    }

    /** Twelve characters of letters and digits without look-alikes, at least one of each: passes the rules. */
    static char[] oneTimePassword() {
        while (true) {
            char[] p = new char[12];
            for (int i = 0; i < p.length; i++) {
                p[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
            }
            String s = new String(p);
            if (s.chars().anyMatch(Character::isDigit) && s.chars().anyMatch(Character::isLetter)) {
                return p;
            }
        }
    }
}
