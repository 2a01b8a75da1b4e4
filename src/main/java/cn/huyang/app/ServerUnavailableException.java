package cn.huyang.app;

/** The shared server the data location names cannot be used now; the message says why, for the user. */
public final class ServerUnavailableException extends RuntimeException {
    private final String location;

    public ServerUnavailableException(String location, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    /** The server's address, without the password. */
    public String location() {
        return location;
    }
}
