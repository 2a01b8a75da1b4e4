package cn.huyang.cli;

import cn.huyang.app.FolderState;
import cn.huyang.app.Opening;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code init --admin NAME [--name TEXT] [--recovery-key-out FILE]}: sets up a new data folder
 * without the window (the encrypted database and its administrator), or upgrades a folder of an
 * earlier version (backed up, encrypted); prints the recovery key or writes it to the file.
 */
@Command(name = "init")
public class InitCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--admin", required = true, paramLabel = "NAME", descriptionKey = "cli.help.init.admin")
    String admin;

    @Option(names = "--name", paramLabel = "TEXT", descriptionKey = "cli.help.init.name")
    String displayName;

    @Option(names = "--recovery-key-out", paramLabel = "FILE",
            descriptionKey = "cli.help.init.recovery-key-out")
    Path recoveryKeyOut;

    @Override
    public Integer call() {
        return run(top, spec, admin, displayName, recoveryKeyOut);
    }

    /** Sets up the folder — or with {@code --server} the server — and its first administrator. */
    static int run(HuyangCommand top, CommandSpec spec, String admin, String displayName, Path recoveryKeyOut) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = BatchContext.messages(top);
        return BatchContext.open(top, err, gate -> {
            FolderState state = gate.state();
            if (state == FolderState.LOGIN) {
                err.println(m.get("cli.init.already"));
                return Failures.FAILED;
            }
            char[] password = Passwords.readNew(m.get("cli.passwordNewPrompt", admin), m.get("cli.passwordAgain"), m, err);
            if (password == null) {
                return Failures.LOGIN;
            }
            Opening opening = state == FolderState.NEW ? gate.create(admin, displayName, password)
                    : gate.upgrade(admin, displayName, password, Progress.NONE);
            Arrays.fill(password, '\0');
            try (var store = opening.store()) {
                tell(out, m, opening, admin, recoveryKeyOut);
            }
            return 0;
        });
    }

    static void tell(PrintWriter out, Messages m, Opening opening, String admin, Path recoveryKeyOut) {
        out.println(m.get(opening.store() instanceof cn.huyang.db.ServerStore ? "cli.init.doneServer" : "cli.init.done",
                admin, opening.store().location()));
        if (opening.plainBackup() != null) {
            out.println(m.get("cli.init.plainBackup", opening.plainBackup()));
        }
        String key = opening.recoveryKey();
        if (key == null) {
            return;
        }
        if (recoveryKeyOut == null) {
            out.println(m.get("cli.init.recoveryKey", key));
        } else {
            try {
                writePrivate(recoveryKeyOut, m.get("cli.init.recoveryKeyFile", key, opening.store().location(),
                        LocalDate.now(BatchContext.clock()).toString()) + System.lineSeparator());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            out.println(m.get("cli.init.recoveryKeyWritten", recoveryKeyOut));
        }
        out.flush();
    }

    /** A new file only its owner may read (on a POSIX file system); an existing file is refused. */
    static void writePrivate(Path file, String text) throws IOException {
        if (Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
