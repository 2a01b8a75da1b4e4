package cn.huyang.db;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every table's row count and a checksum of its rows: each row written as a backup writes it (one JSON
 * array of its values, {@link Values#write}), hashed with SHA-256, and the row hashes added up (two
 * 64-bit sums of each hash's first 16 bytes), so the order the database hands rows out in — which
 * differs between H2 and PostgreSQL for text keys — does not matter. Equal on two databases exactly
 * when they hold the same rows (but for a chance of 2^-128). What a copy between stores is verified by.
 */
public final class TableChecksums {
    /** One table's figures. */
    public record Sum(long rows, String checksum) {
    }

    private TableChecksums() {
    }

    /** The figures of every table of the catalog (Flyway's history left out), parents first. */
    static Map<String, Sum> of(Connection c, Catalog catalog) throws SQLException {
        Map<String, Sum> sums = new LinkedHashMap<>();
        for (Catalog.Table t : catalog.tables()) {
            sums.put(t.name(), of(c, t));
        }
        return sums;
    }

    private static Sum of(Connection c, Catalog.Table t) throws SQLException {
        MessageDigest digest = sha256();
        String columns = t.columns().stream().map(col -> Catalog.quote(col.sqlName())).collect(Collectors.joining(", "));
        long rows = 0;
        long high = 0;
        long low = 0;
        StringBuilder line = new StringBuilder(256);
        try (Statement st = c.createStatement()) {
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery("select " + columns + " from " + Catalog.quote(t.sqlName()))) {
                while (rs.next()) {
                    line.setLength(0);
                    line.append('[');
                    for (int i = 0; i < t.columns().size(); i++) {
                        if (i > 0) {
                            line.append(',');
                        }
                        Values.write(line, rs, i + 1, t.columns().get(i));
                    }
                    line.append(']');
                    ByteBuffer hash = ByteBuffer.wrap(digest.digest(line.toString().getBytes(StandardCharsets.UTF_8)));
                    high += hash.getLong();
                    low += hash.getLong();
                    rows++;
                }
            }
        }
        return new Sum(rows, String.format("%016x%016x", high, low));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
