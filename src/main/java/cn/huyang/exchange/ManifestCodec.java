package cn.huyang.exchange;

import cn.huyang.access.Role;
import cn.huyang.common.Json;
import cn.huyang.common.JsonReader;
import cn.huyang.exchange.PackageRefusal.Reason;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** {@link PackageManifest} as JSON (docs/packages.md), read strictly: every field known, typed and present. */
public final class ManifestCodec {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final Set<String> FIELDS = Set.of("format", "schema", "senderDatabase", "senderKey",
            "senderAgreementKey", "recipientDatabase", "senderAccount", "senderRole", "department", "periodFrom",
            "periodTo", "sequence", "since", "base", "createdAt", "files");
    private static final Set<String> FILE_FIELDS = Set.of("table", "rows", "sha256");

    private ManifestCodec() {
    }

    public static byte[] write(PackageManifest m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("format", m.format());
        o.put("schema", m.schema());
        o.put("senderDatabase", m.senderDatabase());
        o.put("senderKey", m.senderKey());
        o.put("senderAgreementKey", m.senderAgreementKey());
        o.put("recipientDatabase", m.recipientDatabase());
        o.put("senderAccount", m.senderAccount());
        o.put("senderRole", m.senderRole().name());
        o.put("department", m.department());
        o.put("periodFrom", m.periodFrom() == null ? null : m.periodFrom().toString());
        o.put("periodTo", m.periodTo() == null ? null : m.periodTo().toString());
        o.put("sequence", m.sequence());
        o.put("since", m.since());
        o.put("base", m.base());
        o.put("createdAt", m.createdAt().toString());
        List<Object> files = new ArrayList<>();
        for (PackageManifest.FileEntry f : m.files()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("table", f.table());
            e.put("rows", f.rows());
            e.put("sha256", f.sha256());
            files.add(e);
        }
        o.put("files", files);
        return Json.object(o).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The manifest in {@code bytes}. A manifest that does not read is refused ({@link Reason#BAD_MANIFEST});
     * one whose format number is newer than {@link PackageManifest#FORMAT} and that does not read as this
     * format is refused as {@link Reason#NEWER_FORMAT}. One that reads is returned whatever its versions:
     * the reader checks them last.
     */
    public static PackageManifest read(byte[] bytes) {
        Map<String, Object> o;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (!(JsonReader.parse(text, 3) instanceof Map<?, ?> map)) {
                throw bad("not an object");
            }
            o = cast(map);
        } catch (CharacterCodingException | JsonReader.SyntaxException e) {
            throw bad("not JSON");
        }
        int format = (int) number(o, "format", 1, Integer.MAX_VALUE);
        try {
            return parse(o, format);
        } catch (PackageRefusal e) {
            if (format > PackageManifest.FORMAT) {
                throw new PackageRefusal(Reason.NEWER_FORMAT, String.valueOf(format),
                        String.valueOf(PackageManifest.FORMAT));
            }
            throw e;
        }
    }

    private static PackageManifest parse(Map<String, Object> o, int format) {
        for (String k : o.keySet()) {
            if (!FIELDS.contains(k)) {
                throw bad("unknown field " + k);
            }
        }
        String schema = text(o, "schema", false);
        if (!VERSION.matcher(schema).matches()) {
            throw bad("schema");
        }
        String senderKey = text(o, "senderKey", false);
        try {
            PackageKeys.publicKey(PackageKeys.SIGNING, senderKey);
        } catch (IllegalArgumentException e) {
            throw bad("senderKey");
        }
        String agreementKey = text(o, "senderAgreementKey", false);
        try {
            PackageKeys.publicKey(PackageKeys.AGREEMENT, agreementKey);
        } catch (IllegalArgumentException e) {
            throw bad("senderAgreementKey");
        }
        Role role;
        try {
            role = Role.valueOf(text(o, "senderRole", false));
        } catch (IllegalArgumentException e) {
            throw bad("senderRole");
        }
        Long base = o.get("base") == null ? null : number(o, "base", 0, Long.MAX_VALUE);
        long sequence = number(o, "sequence", 1, Long.MAX_VALUE);
        long since = number(o, "since", 0, sequence - 1);
        for (String k : FIELDS) {
            if (!o.containsKey(k)) {
                throw bad(k);
            }
        }
        return new PackageManifest(format, schema, uuid(o, "senderDatabase"), senderKey, agreementKey,
                uuid(o, "recipientDatabase"), text(o, "senderAccount", false), role, text(o, "department", true),
                date(o, "periodFrom"), date(o, "periodTo"), sequence, since, base, timestamp(o, "createdAt"), files(o));
    }

    private static List<PackageManifest.FileEntry> files(Map<String, Object> o) {
        if (!(o.get("files") instanceof List<?> list)) {
            throw bad("files");
        }
        List<PackageManifest.FileEntry> out = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map) || !FILE_FIELDS.containsAll(cast(map).keySet())) {
                throw bad("files");
            }
            Map<String, Object> f = cast(map);
            String table = text(f, "table", false);
            String hash = text(f, "sha256", false);
            if (!PackageTable.NAME.matcher(table).matches() || !HEX64.matcher(hash).matches()) {
                throw bad("files");
            }
            if (out.stream().anyMatch(e -> e.table().equals(table))) {
                throw bad("a table listed twice");
            }
            out.add(new PackageManifest.FileEntry(table, number(f, "rows", 0, Long.MAX_VALUE), hash));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static String text(Map<String, Object> o, String key, boolean nullable) {
        Object v = o.get(key);
        if (v == null && nullable) {
            return null;
        }
        if (!(v instanceof String s) || s.isEmpty() || s.length() > 200) {
            throw bad(key);
        }
        return s;
    }

    private static String uuid(Map<String, Object> o, String key) {
        String s = text(o, key, false);
        if (!UUID.matcher(s).matches()) {
            throw bad(key);
        }
        return s;
    }

    private static long number(Map<String, Object> o, String key, long min, long max) {
        if (!(o.get(key) instanceof BigDecimal d)) {
            throw bad(key);
        }
        try {
            long v = d.longValueExact();
            if (v < min || v > max) {
                throw bad(key);
            }
            return v;
        } catch (ArithmeticException e) {
            throw bad(key);
        }
    }

    private static LocalDate date(Map<String, Object> o, String key) {
        String s = text(o, key, true);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw bad(key);
        }
    }

    private static LocalDateTime timestamp(Map<String, Object> o, String key) {
        try {
            return LocalDateTime.parse(text(o, key, false));
        } catch (DateTimeParseException e) {
            throw bad(key);
        }
    }

    private static PackageRefusal bad(String field) {
        return new PackageRefusal(Reason.BAD_MANIFEST, field);
    }
}
