package cn.huyang.exchange;

import cn.huyang.common.Json;
import cn.huyang.common.JsonReader;
import cn.huyang.exchange.PackageRefusal.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The office key file ({@code .hykey}) that the office gives department PCs: the office database's id,
 * its X25519 key (packages are sealed to it) and Ed25519 key (what it sends is signed with it), the
 * school's name and the day it was written — one JSON object, signed with that Ed25519 key over the
 * canonical JSON of the other fields (docs/packages.md). The signature shows that the file is whole and
 * unchanged; that it is the office's is for people to confirm ({@link #fingerprint()} read out on the
 * telephone). Reading refuses a file that is changed, truncated, too large or not one.
 */
public record OfficeKeyFile(String databaseId, PublicKey agreementKey, PublicKey signingKey, String office,
                            LocalDate created) {
    /** What the {@code format} field of an office key file says. */
    static final String FORMAT = "huyang-office-key";
    static final int VERSION = 1;
    /** An office key file is a few hundred bytes; anything over this is not one. */
    public static final int MAX_BYTES = 16 * 1024;
    private static final Set<String> FIELDS = Set.of("format", "version", "databaseId", "agreementKey", "signingKey",
            "office", "created", "signature");

    /** The office key file of this database's keys, signed by its Ed25519 key. */
    public static byte[] write(DatabaseKeys keys, String office, LocalDate created) {
        DatabaseIdentity id = keys.identity();
        OfficeKeyFile file = new OfficeKeyFile(id.databaseId(), id.agreementKey(), id.signingKey(), office, created);
        Map<String, Object> fields = file.fields();
        fields.put("signature", Base64.getEncoder().encodeToString(PackageKeys.sign(keys.signing(), file.signed())));
        return (Json.object(fields) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public static OfficeKeyFile read(Path path) {
        String name = String.valueOf(path.getFileName());
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new PackageRefusal(Reason.TOO_LARGE, name, String.valueOf(size), String.valueOf(MAX_BYTES));
            }
            return read(Files.readAllBytes(path), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key file in {@code bytes} (the file {@code name}, for the refusal), checked whole. */
    public static OfficeKeyFile read(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) {
            throw new PackageRefusal(Reason.TOO_LARGE, name, String.valueOf(bytes.length), String.valueOf(MAX_BYTES));
        }
        Map<?, ?> o;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (!(JsonReader.parse(text.strip(), 2) instanceof Map<?, ?> map)) {
                throw bad(name, null);
            }
            o = map;
        } catch (CharacterCodingException | JsonReader.SyntaxException e) {
            throw bad(name, e);
        }
        if (!FORMAT.equals(o.get("format")) || !(o.get("version") instanceof BigDecimal version)) {
            throw bad(name, null);
        }
        if (version.compareTo(BigDecimal.valueOf(VERSION)) > 0) {
            throw new PackageRefusal(Reason.NEWER_FORMAT, version.toPlainString(), String.valueOf(VERSION));
        }
        if (version.compareTo(BigDecimal.valueOf(VERSION)) != 0 || !FIELDS.equals(o.keySet())) {
            throw bad(name, null);
        }
        OfficeKeyFile file;
        byte[] signature;
        try {
            file = new OfficeKeyFile(text(o, "databaseId"),
                    PackageKeys.publicKey(PackageKeys.AGREEMENT, text(o, "agreementKey")),
                    PackageKeys.publicKey(PackageKeys.SIGNING, text(o, "signingKey")),
                    o.get("office") == null ? null : text(o, "office"), LocalDate.parse(text(o, "created")));
            signature = Base64.getDecoder().decode(text(o, "signature"));
        } catch (RuntimeException e) {
            throw bad(name, e);
        }
        if (!file.databaseId.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                || !PackageKeys.verify(file.signingKey, file.signed(), signature)) {
            throw bad(name, null);
        }
        return file;
    }

    /** The fingerprint of the office's Ed25519 key, for people to compare with what the office reads out. */
    public String fingerprint() {
        return PackageKeys.fingerprint(signingKey);
    }

    /** The bytes the signature is over: the fields but the signature, in this order, as {@link Json} writes them. */
    private byte[] signed() {
        return Json.object(fields()).getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> fields() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("format", FORMAT);
        o.put("version", VERSION);
        o.put("databaseId", databaseId);
        o.put("agreementKey", PackageKeys.encode(agreementKey));
        o.put("signingKey", PackageKeys.encode(signingKey));
        o.put("office", office);
        o.put("created", created.toString());
        return o;
    }

    private static String text(Map<?, ?> o, String key) {
        if (!(o.get(key) instanceof String s)) {
            throw new IllegalArgumentException(key);
        }
        return s;
    }

    private static PackageRefusal bad(String name, Throwable cause) {
        return new PackageRefusal(Reason.BAD_OFFICE_KEY, cause, name);
    }
}
