package cn.huyang.accounts;

import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditEntry;
import cn.huyang.access.AuditLog;
import cn.huyang.access.AuditQuery;
import cn.huyang.access.Role;
import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 操作日志 without a screen: the filters (user, from, to, entity, action), the rows they find (newest
 * first), and how each row reads. Nothing here changes or deletes a row: the log is only added to.
 */
public final class AuditViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog audit;
    private final BackgroundRunner runner;
    private final Messages m;
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty entity = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final StringProperty count = new SimpleStringProperty("");
    private Consumer<Throwable> onFailure = e -> { };

    public AuditViewModel(AuditLog audit, BackgroundRunner runner, Messages m) {
        this.audit = audit;
        this.runner = runner;
        this.m = m;
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty entityProperty() {
        return entity;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public ObservableList<AuditEntry> rows() {
        return rows;
    }

    public StringProperty countProperty() {
        return count;
    }

    /** The query the filters make now. */
    public AuditQuery query() {
        return new AuditQuery(Text.clean(user.get()), from.get(), to.get(), Text.clean(entity.get()),
                action.get() == null ? null : action.get().name(), AuditQuery.all().limit());
    }

    /** Finds the rows of the filters, in the background. */
    public void search() {
        AuditQuery q = query();
        runner.run(m.get("auditView.loading"), p -> audit.find(q), found -> {
            rows.setAll(found);
            count.set(m.get("auditView.count", found.size()));
        }, onFailure);
    }

    /** The rows shown, as they are now (for the export). */
    public List<AuditEntry> shown() {
        return List.copyOf(rows);
    }

    public String time(AuditEntry e) {
        return e.at() == null ? "" : TIME.format(e.at());
    }

    public String role(AuditEntry e) {
        Role r = e.role();
        return r == null ? "" : r.label(m);
    }

    /** The action's name (an action of a later version shows as stored). */
    public String action(AuditEntry e) {
        try {
            return AuditAction.valueOf(e.action()).label(m);
        } catch (IllegalArgumentException | NullPointerException x) {
            return e.action() == null ? "" : e.action();
        }
    }
}
