package cn.huyang.access;

import cn.huyang.common.FieldError;
import cn.huyang.common.ValidationException;

/**
 * What a password must be (at least 8 characters, not only one kind of character) and how strong
 * the one being typed looks: 0 弱, 1 一般, 2 强, shown while the user types.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 8;

    private PasswordRules() {
    }

    /** Refuses a password that is too short or of one kind only, naming the field. */
    public static void check(String field, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new ValidationException(FieldError.of(field, "validation.passwordShort", MIN_LENGTH));
        }
        if (kinds(password) < 2) {
            throw new ValidationException(FieldError.of(field, "validation.passwordOneKind"));
        }
    }

    /** 0 weak, 1 fair, 2 strong. */
    public static int strength(char[] password) {
        if (password == null || password.length < MIN_LENGTH || kinds(password) < 2) {
            return 0;
        }
        return password.length >= 12 && kinds(password) >= 3 ? 2 : 1;
    }

    private static int kinds(char[] p) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (char c : p) {
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
