package cn.huyang.security;

import cn.huyang.common.Json;
import cn.huyang.common.JsonReader;
import java.math.BigDecimal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code keyring.json} as text and back. Read as data, defensively: exactly the expected members,
 * each of the expected kind and size; anything else refuses the whole file.
 */
final class KeyRingCodec {
    /** How deep the key ring nests: the top, users, a user's entry, its parameters. */
    private static final int MAX_DEPTH = 5;
    static final int FORMAT = 1;
    static final int MAX_BYTES = 1 << 20;
    static final int MAX_USERS = 500;
    static final int MAX_TRACKED = 1000;
    static final int MAX_NAME = 64;

    /** Consecutive failures of one name, and the time (epoch ms) before which no attempt is accepted. */
    record Attempts(int failures, long notBefore) {
    }

    /** The key ring's contents; {@code attempts} and {@code failed} are empty in a backup's copy. */
    record Contents(Map<String, KeyWrap> users, KeyWrap recovery, Map<String, Attempts> attempts,
                    List<KeyRing.FailedLogin> failed) {
    }

    private KeyRingCodec() {
    }

    static String write(Contents c, boolean withAttempts) {
        StringBuilder out = new StringBuilder("{\n  \"format\": ").append(FORMAT).append(",\n  \"users\": {");
        String sep = "\n    ";
        for (Map.Entry<String, KeyWrap> e : c.users().entrySet()) {
            out.append(sep);
            out.append(Json.string(e.getKey()));
            out.append(": ");
            wrap(out, e.getValue());
            sep = ",\n    ";
        }
        out.append("\n  },\n  \"recovery\": ");
        wrap(out, c.recovery());
        if (withAttempts) {
            out.append(",\n  \"attempts\": {");
            sep = "\n    ";
            for (Map.Entry<String, Attempts> e : c.attempts().entrySet()) {
                out.append(sep);
                out.append(Json.string(e.getKey()));
                out.append(": {\"failures\": ").append(e.getValue().failures()).append(", \"notBefore\": ")
                        .append(e.getValue().notBefore()).append('}');
                sep = ",\n    ";
            }
            out.append("\n  },\n  \"failedLogins\": [");
            sep = "\n    ";
            for (KeyRing.FailedLogin f : c.failed()) {
                out.append(sep).append("{\"user\": ");
                out.append(Json.string(f.user()));
                out.append(", \"at\": ").append(f.at().toEpochMilli()).append('}');
                sep = ",\n    ";
            }
            out.append("\n  ]");
        }
        return out.append("\n}\n").toString();
    }

    private static void wrap(StringBuilder out, KeyWrap w) {
        Base64.Encoder b64 = Base64.getEncoder();
        out.append("{\"kdf\": \"").append(w.kdf()).append('"');
        if (w.params() != null) {
            out.append(", \"m\": ").append(w.params().memoryKiB()).append(", \"t\": ").append(w.params().iterations())
                    .append(", \"p\": ").append(w.params().parallelism());
        }
        out.append(", \"salt\": \"").append(b64.encodeToString(w.salt())).append("\", \"nonce\": \"")
                .append(b64.encodeToString(w.nonce())).append("\", \"key\": \"")
                .append(b64.encodeToString(w.wrapped())).append("\"}");
    }

    /** Parses a key ring; {@code copy}: a backup's copy, which has no attempts and failed logins. */
    static Contents read(String text, boolean copy) throws JsonReader.SyntaxException {
        if (text.length() > MAX_BYTES) {
            throw new JsonReader.SyntaxException("too large");
        }
        Map<String, Object> top = object(JsonReader.parse(text, MAX_DEPTH), copy ? Set.of("format", "users", "recovery")
                : Set.of("format", "users", "recovery", "attempts", "failedLogins"), Set.of("format", "users", "recovery"));
        long format = number(top.get("format"), 1, Integer.MAX_VALUE);
        if (format != FORMAT) {
            throw new NewerFormat(format);
        }
        Map<String, Object> users = object(top.get("users"), null, Set.of());
        if (users.size() > MAX_USERS) {
            throw new JsonReader.SyntaxException("too many users");
        }
        Map<String, KeyWrap> wraps = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : users.entrySet()) {
            name(e.getKey());
            wraps.put(e.getKey(), wrap(e.getValue(), KeyWrap.ARGON2ID));
        }
        KeyWrap recovery = wrap(top.get("recovery"), KeyWrap.HKDF);
        Map<String, Attempts> attempts = new LinkedHashMap<>();
        List<KeyRing.FailedLogin> failed = new ArrayList<>();
        if (top.containsKey("attempts")) {
            Map<String, Object> a = object(top.get("attempts"), null, Set.of());
            if (a.size() > MAX_TRACKED) {
                throw new JsonReader.SyntaxException("too many attempts");
            }
            for (Map.Entry<String, Object> e : a.entrySet()) {
                name(e.getKey());
                Map<String, Object> v = object(e.getValue(), Set.of("failures", "notBefore"), Set.of("failures", "notBefore"));
                attempts.put(e.getKey(), new Attempts((int) number(v.get("failures"), 0, 1_000_000),
                        number(v.get("notBefore"), 0, Long.MAX_VALUE)));
            }
        }
        if (top.containsKey("failedLogins")) {
            if (!(top.get("failedLogins") instanceof List<?> list) || list.size() > MAX_TRACKED) {
                throw new JsonReader.SyntaxException("failedLogins");
            }
            for (Object o : list) {
                Map<String, Object> v = object(o, Set.of("user", "at"), Set.of("user", "at"));
                if (!(v.get("user") instanceof String u) || u.length() > MAX_NAME) {
                    throw new JsonReader.SyntaxException("failed login name");
                }
                failed.add(new KeyRing.FailedLogin(u, Instant.ofEpochMilli(number(v.get("at"), 0, 253_402_300_799_000L))));
            }
        }
        return new Contents(wraps, recovery, attempts, failed);
    }

    private static KeyWrap wrap(Object o, String kdf) throws JsonReader.SyntaxException {
        boolean argon = KeyWrap.ARGON2ID.equals(kdf);
        Set<String> names = argon ? Set.of("kdf", "m", "t", "p", "salt", "nonce", "key") : Set.of("kdf", "salt", "nonce", "key");
        Map<String, Object> m = object(o, names, names);
        if (!kdf.equals(m.get("kdf"))) {
            throw new JsonReader.SyntaxException("kdf");
        }
        Argon2id.Params params = null;
        if (argon) {
            try {
                params = new Argon2id.Params((int) number(m.get("m"), 1, 1 << 20), (int) number(m.get("t"), 1, 100),
                        (int) number(m.get("p"), 1, 100));
            } catch (IllegalArgumentException e) {
                throw new JsonReader.SyntaxException("Argon2 parameters");
            }
        }
        return new KeyWrap(kdf, params, bytes(m.get("salt"), 16, 64), bytes(m.get("nonce"), KeyWrap.NONCE_BYTES,
                KeyWrap.NONCE_BYTES), bytes(m.get("key"), FileKey.BYTES + 16, FileKey.BYTES + 16));
    }

    static void name(String name) throws JsonReader.SyntaxException {
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new JsonReader.SyntaxException("user name length");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object o, Set<String> allowed, Set<String> required)
            throws JsonReader.SyntaxException {
        if (!(o instanceof Map<?, ?> m)) {
            throw new JsonReader.SyntaxException("object expected");
        }
        if (allowed != null && !allowed.containsAll(m.keySet())) {
            throw new JsonReader.SyntaxException("unknown member");
        }
        if (!m.keySet().containsAll(required)) {
            throw new JsonReader.SyntaxException("member missing");
        }
        return (Map<String, Object>) m;
    }

    private static long number(Object o, long min, long max) throws JsonReader.SyntaxException {
        // a whole number within the bounds (JSON numbers are read as BigDecimal)
        if (!(o instanceof BigDecimal d) || d.signum() != 0 && d.stripTrailingZeros().scale() > 0
                || d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new JsonReader.SyntaxException("number out of range");
        }
        return d.longValueExact();
    }

    private static byte[] bytes(Object o, int min, int max) throws JsonReader.SyntaxException {
        if (!(o instanceof String s) || s.length() > 200) {
            throw new JsonReader.SyntaxException("base64 expected");
        }
        try {
            byte[] b = Base64.getDecoder().decode(s);
            if (b.length < min || b.length > max) {
                throw new JsonReader.SyntaxException("wrong length");
            }
            return b;
        } catch (IllegalArgumentException e) {
            throw new JsonReader.SyntaxException("base64 expected");
        }
    }

    /** A key ring written by a newer program. */
    static final class NewerFormat extends JsonReader.SyntaxException {
        NewerFormat(long format) {
            super("key ring format " + format);
        }
    }
}
