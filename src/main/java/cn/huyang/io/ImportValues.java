package cn.huyang.io;

import cn.huyang.common.Dates;
import cn.huyang.common.IdNumber;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** Cell values as every import reads them: ID numbers, dates and numbers, with the reason when refused. */
final class ImportValues {
    /** An ID number Excel turned into a number, shown in scientific notation: 6.10104199003071E17, 6.10104E+17. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[eE][+]?\\d+");

    private ImportValues() {
    }

    /**
     * Why an ID number cell cannot be read at all — stored by Excel as a number (its last digits
     * lost), masked, or blank — or null when it can (it may still be invalid: see {@link #invalidId}).
     */
    static String idProblem(CellValue v, Messages m) {
        if (v.kind() != CellValue.Kind.TEXT) {
            return m.get("io.refuse.idAsNumber", v.shown());
        }
        String t = Text.clean(Text.halfWidth(v.text()));
        if (t == null) {
            return m.get("validation.required");
        }
        if (SCIENTIFIC.matcher(t).matches()) {
            return m.get("io.refuse.idAsNumber", t);
        }
        if (t.indexOf('*') >= 0) {
            return m.get("io.refuse.idMasked");
        }
        return null;
    }

    /** The ID number of a readable cell, normalized (half width, capital X, no spaces). */
    static String idNumber(CellValue v) {
        return IdNumber.normalize(Text.clean(Text.halfWidth(v.text())));
    }

    /** Why a normalized ID number is not valid, or null when it is (the roster form's reasons). */
    static String invalidId(String id, LocalDate today, Messages m) {
        return IdNumber.problem(id, today).map(p -> switch (p) {
            case LENGTH -> m.get("validation.id.length", id == null ? 0 : id.length());
            case CHARACTERS -> m.get("validation.id.characters");
            case BIRTH_DATE -> m.get("validation.id.birthDate");
            case CHECK_DIGIT -> m.get("validation.id.checkDigit");
        }).orElse(null);
    }

    /**
     * Free text (a name, a course, a note) trimmed, with full-width digits and letters folded
     * (２０２４级 → 2024级) but Chinese punctuation — ，（）：— kept as typed.
     */
    static String freeText(String raw) {
        String t = Text.clean(raw);
        if (t == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean wideAlnum = c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
            out.append(wideAlnum ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        }
        return out.toString();
    }

    /** A full date: an Excel date, or typed 1990-05-01, 1990/5/1, 1990.05.01, 1990年5月1日, 19900501. */
    static Optional<LocalDate> date(CellValue v) {
        if (v.kind() == CellValue.Kind.DATE) {
            return Optional.of(v.asDate());
        }
        return Dates.parse(Text.clean(Text.halfWidth(v.shown())));
    }

    /** A number: a numeric cell, or typed (full-width digits accepted); empty when it is not one. */
    static Optional<BigDecimal> decimal(CellValue v) {
        if (v.kind() == CellValue.Kind.NUMBER) {
            return Optional.of(BigDecimal.valueOf(v.number()).stripTrailingZeros());
        }
        String t = Text.clean(Text.halfWidth(v.shown()));
        if (t == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(t.replace(",", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
