package cn.huyang.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/** The seed's sentences by clause number (三(二)1 …), shipped as {@code seed/clauses.properties}. */
public final class SeedClauses {
    private static final Properties TEXTS = load();

    private SeedClauses() {
    }

    /** The clause's sentence as the college wrote it, if the clause is one the program cites. */
    public static Optional<String> sentence(String clause) {
        return Optional.ofNullable(clause == null ? null : TEXTS.getProperty(clause));
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = SeedClauses.class.getResourceAsStream("/seed/clauses.properties")) {
            if (in == null) {
                throw new IllegalStateException("seed/clauses.properties missing from the program");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
