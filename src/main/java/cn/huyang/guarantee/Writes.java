package cn.huyang.guarantee;

import cn.huyang.access.NotPermittedException;
import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.StaleRecordException;
import cn.huyang.common.ValidationException;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * How the guarantee screens write: in the background; a refusal (impossible value, no right, changed
 * by someone else) becomes the error line, what was typed stays; a save clears it, says so in the
 * status bar and reloads. Imports no control.
 */
public final class Writes {
    private final BackgroundRunner runner;
    private final Messages m;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Consumer<Throwable> onFailure = e -> { };
    private Consumer<String> onNotice = s -> { };
    private Runnable onChanged = () -> { };

    public Writes(BackgroundRunner runner, Messages m) {
        this.runner = runner;
        this.m = m;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    public void setOnNotice(Consumer<String> onNotice) {
        this.onNotice = onNotice;
    }

    /** Told after every save (the window refreshes the other tabs: findings change). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** Shows a refusal found before anything is sent. */
    public void refuse(FieldError e) {
        error.set(e.render(m));
    }

    /** The amount typed, in fen; null (and the refusal shown) when it is no amount. */
    public Long fen(String text, String field) {
        if (text == null || text.isBlank()) {
            refuse(FieldError.of(field, "validation.required"));
            return null;
        }
        BigDecimal yuan = Fen.yuan(text).orElse(null);
        if (yuan == null || yuan.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
            refuse(FieldError.of(field, "guarantee.validation.notAmount"));
            return null;
        }
        return Fen.of(yuan);
    }

    /** Saves in the background; {@code after} (a reload) runs on success. */
    public <T> void write(String savedText, Supplier<T> work, Runnable after) {
        runner.run(m.get("guarantee.saving"), p -> work.get(), done -> {
            error.set("");
            onNotice.accept(savedText);
            onChanged.run();
            after.run();
        }, e -> {
            String text = refusal(e);
            if (text == null) {
                onFailure.accept(e);
            } else {
                error.set(text);
            }
        });
    }

    private String refusal(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof ValidationException v) {
            return v.render(m);
        }
        if (t instanceof NotPermittedException n) {
            return n.render(m);
        }
        if (t instanceof StaleRecordException s) {
            return s.render(m);
        }
        return null;
    }
}
