package cn.huyang.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-character resident identity number of GB 11643-1999: 6 digits of region, 8 of birth
 * date, 3 of sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character
 * (0–9 or X).
 */
public final class IdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumber() {
    }

    /** Full-width characters folded, spaces removed, lower-case x made upper. Null stays null. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        return Text.halfWidth(raw).replaceAll("\\s", "").toUpperCase();
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public enum Problem { LENGTH, CHARACTERS, BIRTH_DATE, CHECK_DIGIT }

    /** What is wrong with a normalized number, or empty when it is valid; a birth date after today is wrong. */
    public static Optional<Problem> problem(String id, LocalDate today) {
        if (id == null || id.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        if (!id.matches("\\d{17}[\\dX]")) {
            return Optional.of(Problem.CHARACTERS);
        }
        if (birthDateOf(id).filter(born -> !born.isAfter(today)).isEmpty()) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (checkCharacter(id) != id.charAt(17)) {
            return Optional.of(Problem.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    public static boolean isValid(String id, LocalDate today) {
        return problem(id, today).isEmpty();
    }

    /**
     * The birth date the number encodes, or empty when it is no date of 1900 or later. Whether it is
     * after today is {@link #problem}'s question, asked with the caller's today.
     */
    public static Optional<LocalDate> birthDateOf(String id) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            if (date.getYear() < 1900) {
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** True for a man: the 17th digit is odd. */
    public static boolean isMale(String id) {
        return (id.charAt(16) - '0') % 2 == 1;
    }

    /** Shown in lists where the full number is not needed: 610104********071X. */
    public static String mask(String id) {
        if (id == null || id.length() < 10) {
            return id;
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }
}
