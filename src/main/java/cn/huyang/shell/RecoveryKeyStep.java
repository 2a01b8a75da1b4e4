package cn.huyang.shell;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.Toolbars;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The wizard's second step: the recovery key, shown once, large and in a monospace font (selectable,
 * to copy), 保存到文件… (a small UTF-8 text file with the key, the data folder and the date, written
 * in the background), 打印… (one A4 sheet, {@code print.RecoveryKeySheet}, through the printer dialog),
 * and the tick 我已将恢复密钥保存在安全的地方 that lets the wizard go on.
 */
final class RecoveryKeyStep {
    private final VBox node = new VBox(10);
    private final CheckBox saved;
    private final Label status = new Label();

    RecoveryKeyStep(Messages m, BackgroundRunner runner, String key, String location, LocalDate today, StartFlow.SaveAs saveAs,
                    Runnable print) {
        // two lines of four groups: the whole key in view at any window width, and still one text to copy
        javafx.scene.control.TextArea shown = new javafx.scene.control.TextArea(twoLines(key));
        shown.setId("recoveryKey");
        shown.setEditable(false);
        shown.getStyleClass().add("recovery-key");
        shown.setPrefRowCount(2);
        shown.setPrefColumnCount(26);
        shown.setWrapText(false);
        Button save = new Button(m.get("wizard.keySave"));
        save.setId("saveRecoveryKey");
        status.setId("recoveryKeyStatus");
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        save.setOnAction(e -> {
            Path file = saveAs.choose(m.get("wizard.keyFileTitle"), m.get("wizard.keyFileName", today.toString()));
            if (file == null) {
                return;
            }
            String text = m.get("wizard.keyFileText", location, today.toString(), key);
            runner.run(m.get("wizard.keySaving"), p -> write(file, text),
                    written -> status.setText(m.get("wizard.keySavedTo", written)),
                    ex -> status.setText(m.get("wizard.keySaveFailed", file, String.valueOf(ex.getMessage()))));
        });
        Button printKey = new Button(m.get("wizard.keyPrint"));
        printKey.setId("printRecoveryKey");
        printKey.setOnAction(e -> print.run());
        saved = new CheckBox(m.get("wizard.keySaved"));
        saved.setId("recoveryKeySaved");
        saved.setWrapText(true);
        node.getChildren().addAll(Dialogs.heading(m.get("wizard.keyHeading")), Dialogs.note(m.get("wizard.keyNote")),
                shown, Toolbars.row(save, printKey), status, saved);
        node.setPrefWidth(560);
    }

    /** Writes the file next to itself first and moves it over: never half a file. */
    private static Path write(Path file, String text) throws java.io.IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".huyang-key-", ".txt");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    Node node() {
        return node;
    }

    /** Ticked once the user says the key is kept safe. */
    ReadOnlyBooleanProperty confirmedProperty() {
        return saved.selectedProperty();
    }

    /** The key as two lines of four groups (the parser reads it back whatever the spaces and line breaks). */
    static String twoLines(String key) {
        String[] groups = key.split("-");
        if (groups.length != 8) {
            return key;
        }
        return String.join("-", java.util.Arrays.copyOfRange(groups, 0, 4)) + "-\n"
                + String.join("-", java.util.Arrays.copyOfRange(groups, 4, 8));
    }
}
