package cn.huyang.common.ui;

import cn.huyang.common.FieldError;
import cn.huyang.common.ValidationException;
import java.util.Arrays;
import javafx.scene.control.PasswordField;

/**
 * Passwords leave a {@link PasswordField} as a {@code char[]} that the caller wipes once used, never
 * as a String kept in a field or a log.
 */
public final class PasswordFields {
    private PasswordFields() {
    }

    /** The typed password as characters; the caller wipes them ({@link #wipe}) when done. */
    public static char[] take(PasswordField field) {
        return field.getText().toCharArray();
    }

    /** The new password typed twice: refused (naming the second field) when the two differ. */
    public static char[] twice(PasswordField first, PasswordField again, String againField) {
        char[] a = take(first);
        char[] b = take(again);
        try {
            if (!Arrays.equals(a, b)) {
                wipe(a);
                throw new ValidationException(FieldError.of(againField, "validation.passwordsDiffer"));
            }
            return a;
        } finally {
            wipe(b);
        }
    }

    /** Overwrites each array with zeros. */
    public static void wipe(char[]... passwords) {
        for (char[] p : passwords) {
            if (p != null) {
                Arrays.fill(p, '\0');
            }
        }
    }

    /** Empties the fields (after a refusal of the password, or once it was used). */
    public static void clear(PasswordField... fields) {
        for (PasswordField f : fields) {
            f.clear();
        }
    }
}
