package cn.huyang.cli;

import cn.huyang.common.FieldError;
import cn.huyang.common.ValidationException;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import java.util.List;

/**
 * A counselor named on the command line ({@code --counselor 赵磊}, or {@code 赵磊:1234} with the ID number's last
 * four digits when two counselors share the name). A name that fits none or several is refused, naming the field.
 */
final class CounselorArgument {
    private CounselorArgument() {
    }

    static long resolve(RosterService roster, String text) {
        String raw = text.strip();
        int colon = raw.lastIndexOf(':') >= 0 ? raw.lastIndexOf(':') : raw.lastIndexOf('：');
        String name = colon < 0 ? raw : raw.substring(0, colon).strip();
        String tail = colon < 0 ? null : raw.substring(colon + 1).strip().toUpperCase(java.util.Locale.ROOT);
        List<Counselor> fit = roster.counselors().stream().filter(c -> c.name().equals(name))
                .filter(c -> tail == null || c.idNumber() != null && c.idNumber().toUpperCase(java.util.Locale.ROOT)
                        .endsWith(tail)).toList();
        if (fit.isEmpty()) {
            throw new ValidationException(FieldError.of("field.counselor", "validation.unknownCounselor", raw));
        }
        if (fit.size() > 1) {
            throw new ValidationException(FieldError.of("field.counselor", "validation.ambiguousCounselor", name,
                    fit.size()));
        }
        return fit.get(0).id();
    }
}
