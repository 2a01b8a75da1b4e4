package cn.huyang.server;

import cn.huyang.access.NotPermittedException;
import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 数据位置 without a screen: 本机 or 服务器 with the server's fields, 测试连接 in the background (its
 * sentence shown in place), and 保存, which takes effect at the next start. The password comes in as
 * characters when it is used and is wiped; a saved one is never shown, and is used again when none is
 * typed for the same server and login.
 */
public final class DataLocationViewModel {
    private final DataLocationService service;
    private final Function<ServerSettings, ProbeResult> probe;
    private final BackgroundRunner runner;
    private final Messages m;
    private final ObjectProperty<DataLocation.Kind> kind = new SimpleObjectProperty<>(DataLocation.Kind.LOCAL);
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerSettings.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("huyang");
    private final StringProperty user = new SimpleStringProperty("huyang");
    private final ObjectProperty<SslMode> sslMode = new SimpleObjectProperty<>(SslMode.PREFER);
    private final ReadOnlyBooleanWrapper passwordSaved = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper testMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ProbeKind> testKind = new ReadOnlyObjectWrapper<>();
    private Consumer<Throwable> onFailure = e -> { };
    private Consumer<String> onNotice = s -> { };
    private Consumer<String> onRestart = s -> { };

    /** @param probe the connection test ({@link ServerProbe#test}), run in the background */
    public DataLocationViewModel(DataLocationService service, Function<ServerSettings, ProbeResult> probe,
                                 BackgroundRunner runner, Messages m) {
        this.service = service;
        this.probe = probe;
        this.runner = runner;
        this.m = m;
        kind.addListener((o, a, b) -> clearTest());
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** A failure that is no refusal of a field or a right (the settings file, the database): the window shows it. */
    public void fail(Throwable e) {
        onFailure.accept(e);
    }

    /** The quiet line after a save that changed nothing. */
    public void setOnNotice(Consumer<String> onNotice) {
        this.onNotice = onNotice;
    }

    /** The message after a change of the location: it takes effect at the next start. */
    public void setOnRestart(Consumer<String> onRestart) {
        this.onRestart = onRestart;
    }

    public ObjectProperty<DataLocation.Kind> kindProperty() {
        return kind;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObjectProperty<SslMode> sslModeProperty() {
        return sslMode;
    }

    /** True when a password is saved for the server: an empty password field keeps it. */
    public ReadOnlyBooleanProperty passwordSavedProperty() {
        return passwordSaved.getReadOnlyProperty();
    }

    /** True while 测试连接 runs. */
    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** The test's sentence (empty before a test). */
    public ReadOnlyStringProperty testMessageProperty() {
        return testMessage.getReadOnlyProperty();
    }

    /** The test's kind (null before a test or while it runs). */
    public ReadOnlyObjectProperty<ProbeKind> testKindProperty() {
        return testKind.getReadOnlyProperty();
    }

    /** True when 服务器 is chosen: the server's fields and 测试连接 are in use. */
    public BooleanBinding serverChosen() {
        return Bindings.equal(kind, DataLocation.Kind.SERVER);
    }

    /** Reads the saved location and the server's saved fields (without the password). */
    public void load() {
        runner.run(m.get("dataLocation.loading"), p -> new Loaded(service.current().kind(), service.savedServer(),
                service.passwordSaved()), loaded -> {
                    loaded.server().ifPresent(s -> {
                        host.set(s.host());
                        port.set(String.valueOf(s.port()));
                        database.set(s.database());
                        user.set(s.user());
                        sslMode.set(s.sslMode());
                    });
                    passwordSaved.set(loaded.passwordSaved());
                    kind.set(loaded.kind());
                    clearTest();
                }, onFailure);
    }

    private record Loaded(DataLocation.Kind kind, Optional<ServerSettings> server, boolean passwordSaved) {
    }

    /** The server's fields as typed, with this password (wiped here); refused fields are found by {@link ServerSettings#validated}. */
    ServerSettings typed(char[] password) {
        try {
            String pw = password == null || password.length == 0 ? null : new String(password);
            return new ServerSettings(host.get(), port(port.get()), database.get(), user.get(), pw, sslMode.get());
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * 测试连接 with the fields as typed (and the saved password if none is typed for the same login);
     * {@code refused} hears fields that will not do, before anything is tried.
     */
    public void test(char[] password, Consumer<Throwable> refused) {
        ServerSettings s;
        try {
            s = typed(password).validated();
        } catch (RuntimeException e) {
            refused.accept(e);
            return;
        }
        testing.set(true);
        testKind.set(null);
        testMessage.set(m.get("dataLocation.testing", s.address()));
        runner.run(m.get("dataLocation.testing", s.address()), p -> probe.apply(service.withSavedPassword(s)), r -> {
            testing.set(false);
            testKind.set(r.kind());
            testMessage.set(r.message());
        }, e -> {
            testing.set(false);
            if (e instanceof NotPermittedException denied) {
                testKind.set(ProbeKind.OTHER);
                testMessage.set(denied.render(m));
            } else {
                testMessage.set("");
                onFailure.accept(e);
            }
        });
    }

    private void clearTest() {
        testKind.set(null);
        testMessage.set("");
    }

    /**
     * 保存: the chosen location for the next start; {@code refused} hears a refusal (a field, the right),
     * {@code done} the success.
     */
    public void save(char[] password, Runnable done, Consumer<Throwable> refused) {
        DataLocation wanted;
        try {
            wanted = kind.get() == DataLocation.Kind.SERVER ? DataLocation.server(typed(password).validated())
                    : DataLocation.local();
        } catch (RuntimeException e) {
            refused.accept(e);
            return;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        runner.run(m.get("dataLocation.saving"), p -> service.save(wanted), changed -> {
            done.run(); // the dialog closes before the message about the restart shows
            if (!changed) {
                onNotice.accept(m.get("dataLocation.unchanged"));
            } else if (wanted.isServer()) {
                onRestart.accept(m.get("dataLocation.savedServer", wanted.server().address()));
            } else {
                onRestart.accept(m.get("dataLocation.savedLocal"));
            }
        }, refused);
    }
}
