package cn.huyang.security;

/**
 * A sealed text that does not open under the office's data key for its place: changed, copied from
 * another record, or sealed under another key. Names the place, never the text.
 */
public final class SealedTextException extends RuntimeException {
    public SealedTextException(String table, String column, String id) {
        super("Sealed text does not open: " + table + "." + column + " #" + id);
    }
}
