package cn.huyang.server;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Changes;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 文件 → 数据位置: reads the saved location (anyone: the program needs it before anyone logs in) and
 * changes it (an administrator only, {@link Operation#DATA_LOCATION}), with its audit row — the
 * server's address, login and SSL mode before → after, and that the password was replaced, never the
 * password. The change takes effect at the next start.
 */
public final class DataLocationService {
    static final String ENTITY = "dataLocation";

    private final LocationSettings settings;
    private final Access access;
    private final Transactor tx;

    public DataLocationService(LocationSettings settings, Access access, Transactor tx) {
        this.settings = settings;
        this.access = access;
        this.tx = tx;
    }

    /** The saved location, the server's password only if it can be read. */
    public DataLocation current() {
        return settings.read();
    }

    /** The server's saved fields to show (also while 本机 is chosen), without the password. */
    public Optional<ServerSettings> savedServer() {
        return settings.server().map(s -> s.withPassword(null));
    }

    /** Whether a readable password is saved for the server. */
    public boolean passwordSaved() {
        return settings.server().map(ServerSettings::hasPassword).orElse(false);
    }

    /**
     * The settings typed, with the saved password where none was typed — only for the same host, port
     * and login as saved, so that the saved password is never sent to another server — for an
     * administrator only.
     */
    public ServerSettings withSavedPassword(ServerSettings typed) {
        if (typed.hasPassword()) {
            return typed;
        }
        access.guard().require(Operation.DATA_LOCATION);
        return settings.server().filter(ServerSettings::hasPassword).filter(saved -> sameLogin(saved, typed))
                .map(saved -> typed.withPassword(saved.password())).orElse(typed);
    }

    private static boolean sameLogin(ServerSettings a, ServerSettings b) {
        return a.host().equalsIgnoreCase(b.host()) && a.port() == b.port() && a.user().equals(b.user());
    }

    /**
     * Saves the location for the next start: refused unless the user is an administrator, a server's
     * fields must do and a password must be typed or saved for the same login.
     *
     * @return false when nothing changed (nothing written, no audit row)
     */
    public boolean save(DataLocation wanted) {
        access.guard().require(Operation.DATA_LOCATION);
        DataLocation next = wanted;
        if (wanted.isServer()) {
            ServerSettings s = withSavedPassword(wanted.server().validated());
            if (!s.hasPassword()) {
                throw new ValidationException(FieldError.of(ServerSettings.FIELD_PASSWORD, "validation.required"));
            }
            next = DataLocation.server(s);
        }
        DataLocation before = settings.read();
        if (before.equals(next)) {
            return false;
        }
        Map<String, List<String>> changes = new LinkedHashMap<>(Changes.between(Shown.of(before), Shown.of(next)));
        if (next.isServer() && !(before.isServer() && Objects.equals(before.server().password(), next.server().password()))) {
            changes.put("password", List.of(Changes.show("password", "x"), Changes.show("password", "x")));
        }
        DataLocation saved = next;
        tx.inTransaction(() -> {
            access.audit().record(AuditAction.UPDATE, ENTITY, null, Changes.json(changes));
            try {
                settings.save(saved);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // the audit row goes with the failed write
            }
        });
        return true;
    }

    /** The location as the audit row shows it (read by {@code Changes} through reflection, hence public): no password. */
    public record Shown(String location, String host, Integer port, String database, String user, String sslMode) {
        static Shown of(DataLocation l) {
            ServerSettings s = l.server();
            return s == null ? new Shown(l.kind().name(), null, null, null, null, null)
                    : new Shown(l.kind().name(), s.host(), s.port(), s.database(), s.user(), s.sslMode().value());
        }
    }
}
