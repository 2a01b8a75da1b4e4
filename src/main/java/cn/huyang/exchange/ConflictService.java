package cn.huyang.exchange;

import cn.huyang.access.AccessGuard;
import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditLog;
import cn.huyang.access.Operation;
import cn.huyang.common.JsonReader;
import cn.huyang.db.Transactor;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The 冲突 list (docs/packages.md, "Conflicts"): rows a package changed that were changed here too since
 * its base. Nothing was overwritten; a person takes, per record, this office's version (which then
 * travels back to the sender with the next office package) or the package's.
 */
public final class ConflictService {
    /** Whose version a resolution keeps. */
    public enum Take {
        OFFICE, PACKAGE
    }

    /** A conflict with both versions opened (column to text; null where the row is deleted on that side). */
    public record Opened(Conflict conflict, Map<String, String> local, Map<String, String> incoming) {
    }

    private final Parts parts;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final Transactor tx;
    private final TravelRepository travel;
    private final LedgerRepository ledger;
    private final RowTexts texts;
    private final Clock clock;

    ConflictService(Parts parts) {
        this.parts = parts;
        this.guard = parts.guard();
        this.audit = parts.audit();
        this.tx = parts.tx();
        this.travel = parts.travel();
        this.ledger = parts.ledger();
        this.texts = parts.texts();
        this.clock = parts.clock();
    }

    /** The conflicts (open ones only, or all), both versions opened. */
    public List<Opened> list(boolean openOnly) {
        guard.require(Operation.PACKAGE_RECEIVE);
        return tx.inTransaction(() -> ledger.conflicts(openOnly).stream().map(this::opened).toList());
    }

    /** Resolves an open conflict by taking one side, in one transaction with its audit row. */
    public Conflict resolve(long id, Take take) {
        return resolve(id, take, java.util.Set.of());
    }

    /**
     * Resolves an open conflict field by field: the package's values of {@code fromPackage}, this office's
     * of every other column. The merged row is this office's newest version and travels back to the sender.
     */
    public Conflict resolveFields(long id, java.util.Set<String> fromPackage) {
        if (fromPackage.isEmpty()) {
            throw new IllegalArgumentException("fields");
        }
        return resolve(id, Take.PACKAGE, fromPackage);
    }

    private Conflict resolve(long id, Take take, java.util.Set<String> fields) {
        guard.require(Operation.PACKAGE_RECEIVE);
        return tx.inTransaction(() -> {
            Conflict c = ledger.conflict(id).orElseThrow(() -> new NoSuchElementException("conflict " + id));
            if (!c.open()) {
                throw new IllegalStateException("conflict.resolved");
            }
            TravelTable t = TravelTables.named(c.entity());
            Opened o = opened(c);
            boolean here = travel.changeSeq(t, c.rowUid()) != null;
            if (take == Take.OFFICE) {
                if (here) {
                    travel.update(t, c.rowUid(), Map.of()); // a new change_seq: the office's version travels back
                }
            } else {
                ImportApplier applier = new ImportApplier(parts);
                Map<String, String> wanted = o.incoming();
                if (!fields.isEmpty()) {
                    if (o.incoming() == null || o.local() == null || !o.incoming().keySet().containsAll(fields)) {
                        throw new IllegalArgumentException("fields");
                    }
                    wanted = new LinkedHashMap<>(o.local());
                    for (String f : fields) {
                        wanted.put(f, o.incoming().get(f));
                    }
                }
                RowChange change = new RowChange(t.name(), c.rowUid(), RowChange.Kind.CHANGED, 0, o.local(), wanted,
                        List.of(), o.incoming() == null ? "" : ImportPlanner.sha(o.incoming()), false);
                if (wanted == null) {
                    if (here) {
                        applier.delete(t, change);
                    }
                } else {
                    applier.write(t, change, c.senderId(), !here);
                }
                applier.flush();
                if (!fields.isEmpty()) {
                    // the package's version stays known (sent again, it changes nothing), but the merged row is
                    // newer than the sender's: it travels back
                    ledger.putTaken(c.senderId(), List.of(new LedgerRepository.Take(c.rowUid(), -1, change.sha())));
                }
            }
            LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
            String resolution = fields.isEmpty() ? take.name() : "FIELDS";
            ledger.resolve(id, resolution, now, guard.actor().userName());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("take", resolution);
            if (!fields.isEmpty()) {
                details.put("fields", List.copyOf(new java.util.TreeSet<>(fields)));
            }
            details.put("entity", c.entity());
            details.put("row", c.rowUid().toString());
            audit.record(AuditAction.DECIDE, "exchange_conflict", id, details);
            return ledger.conflict(id).orElseThrow();
        });
    }

    private Opened opened(Conflict c) {
        return new Opened(c, map(texts.openConflict(c.uid(), "local_content", c.localContent())),
                map(texts.openConflict(c.uid(), "package_content", c.packageContent())));
    }

    private static Map<String, String> map(String json) {
        if (json == null) {
            return null;
        }
        try {
            Map<String, String> out = new LinkedHashMap<>();
            if (JsonReader.parse(json, 2) instanceof Map<?, ?> m) {
                m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
            }
            return out;
        } catch (JsonReader.SyntaxException e) {
            throw new IllegalStateException("conflict content", e);
        }
    }
}
