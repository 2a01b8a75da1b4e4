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
}
