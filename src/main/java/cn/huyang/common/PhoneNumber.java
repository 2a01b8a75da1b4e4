package cn.huyang.common;

/**
 * Phone numbers as offices write them: a mainland mobile number (11 digits starting with 1) or a
 * landline with its area code (0 + 2–3 digits, then 7–8 digits, optionally an extension).
 */
public final class PhoneNumber {
    private PhoneNumber() {
    }

    public static String normalize(String raw) {
        String s = Text.clean(Text.halfWidth(raw));
        if (s == null) {
            return null;
        }
        return s.replaceAll("[\\s()（）]", "").replace('—', '-');
    }

    public static boolean isValid(String normalized) {
        if (normalized == null) {
            return false;
        }
        return normalized.matches("1[3-9]\\d{9}") || normalized.matches("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
    }

    /**
     * A phone number for a masked export: the first three and the last four digits kept, the ones
     * between starred (13812345678 → 138****5678, 0997-2345678 → 099****5678); a number too short
     * to mask keeps only its last digit.
     */
    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        int digits = (int) phone.chars().filter(Character::isDigit).count();
        int keepHead = digits >= 8 ? 3 : 0;
        int keepTail = digits >= 8 ? 4 : Math.min(1, digits);
        StringBuilder out = new StringBuilder(phone.length());
        int seen = 0;
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (!Character.isDigit(c)) {
                continue;
            }
            seen++;
            out.append(seen <= keepHead || seen > digits - keepTail ? c : '*');
        }
        return out.toString();
    }
}
