package cn.huyang.common.ui;

import cn.huyang.common.Messages;
import java.util.Arrays;
import java.util.function.ToIntFunction;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * A bar and a word (弱 / 一般 / 强) under a new password, following it as it is typed. The strength
 * comes from the rules ({@code access.PasswordRules.strength}, passed in: common knows no feature).
 */
public final class PasswordStrength extends HBox {
    private final ProgressBar bar = new ProgressBar(0);
    private final Label word = new Label();

    public PasswordStrength(Messages m, PasswordField field, ToIntFunction<char[]> strength) {
        super(8);
        setId("passwordStrength");
        bar.setPrefWidth(120);
        word.setId("passwordStrengthText");
        word.setMinWidth(Label.USE_PREF_SIZE);
        getChildren().addAll(bar, word);
        field.textProperty().addListener((o, a, text) -> show(m, text, strength));
        show(m, field.getText(), strength);
    }

    private void show(Messages m, String text, ToIntFunction<char[]> strength) {
        char[] typed = text == null ? new char[0] : text.toCharArray();
        int s = typed.length == 0 ? 0 : strength.applyAsInt(typed);
        Arrays.fill(typed, '\0');
        bar.setProgress(text == null || text.isEmpty() ? 0 : (s + 1) / 3.0);
        bar.getStyleClass().removeAll("strength-0", "strength-1", "strength-2");
        getStyleClass().removeAll("strength-0", "strength-1", "strength-2");
        getStyleClass().add("strength-" + s);
        word.setText(m.get("wizard.strength", m.get("wizard.strength." + s)));
    }

    /** The word shown now (弱 / 一般 / 强 with its label), for tests. */
    public String text() {
        return word.getText();
    }
}
