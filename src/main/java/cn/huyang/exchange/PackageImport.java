package cn.huyang.exchange;

import cn.huyang.access.AccessGuard;
import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditLog;
import cn.huyang.access.Operation;
import cn.huyang.access.Role;
import cn.huyang.db.Transactor;
import cn.huyang.exchange.PackageRefusal.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Receiving (docs/packages.md, "Receiving"): reads a package whole, pins its sender's key, checks its
 * place in the sender's sequence and its scope, shows what it would do ({@link #preview}) and applies
 * it ({@link #apply}) in one transaction after a backup. 学工部 and administrators receive every
 * package; a department's users receive their office's. A package applied before (or covered by a
 * later one) changes nothing.
 */
public final class PackageImport {
    private final Parts parts;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final Transactor tx;
    private final LedgerRepository ledger;
    private final Clock clock;
    private final Runnable backup;

    PackageImport(Parts parts, Runnable backup) {
        this.parts = parts;
        this.guard = parts.guard();
        this.audit = parts.audit();
        this.tx = parts.tx();
        this.ledger = parts.ledger();
        this.clock = parts.clock();
        this.backup = backup;
    }

    /** What importing the package would do; writes nothing. */
    public ImportPlan preview(Path file) {
        Opened o = open(file, parts.identities().keys());
        return tx.inTransaction(() -> plan(o));
    }

    /** Applies the package after a backup, in one transaction with its audit rows; returns what it did. */
    public ImportPlan apply(Path file) {
        Opened o = open(file, parts.identities().keys());
        ImportPlan first = tx.inTransaction(() -> plan(o));
        if (first.alreadyApplied()) {
            return first;
        }
        backup.run();
        return tx.inTransaction(() -> write(o, plan(o)));
    }

    /**
     * An office package for a new PC, into this new data folder (its administrator at work, the folder just
     * made): opened with the setup code, this database takes the id the office gave it, remembers the
     * office's keys and applies the package. Returns the plan and the accounts the package names, which the
     * caller makes (they set their password at first login).
     */
    public Setup setup(Path file, SetupCode code) {
        guard.require(Operation.ACCOUNTS_MANAGE);
        if (parts.identities().existing().isPresent() || parts.travel().anyRows()) {
            throw new PackageRefusal(Reason.NOT_A_NEW_FOLDER);
        }
        byte[] bytes = read(file);
        String name = String.valueOf(file.getFileName());
        PackageSeal.Header header = PackageSeal.header(bytes, name);
        var pair = code.keys();
        DatabaseKeys setupKeys = new DatabaseKeys(new DatabaseIdentity(header.recipient(), null, pair.getPublic(),
                LocalDateTime.now(clock)), null, pair.getPrivate());
        OpenedPackage pkg;
        try {
            pkg = new PackageReader(setupKeys, PackageLimits.DEFAULT).read(bytes, name);
        } catch (PackageRefusal e) {
            throw e.reason() == Reason.TAMPERED ? new PackageRefusal(Reason.WRONG_SETUP_CODE, e) : e;
        }
        PackageManifest m = pkg.manifest();
        if (m.senderRole() != Role.OFFICE) {
            throw new PackageRefusal(Reason.UNKNOWN_OFFICE, m.senderDatabase());
        }
        parts.identities().identity(m.recipientDatabase());
        Opened o = new Opened(pkg, PackageKeys.sha256Hex(bytes), name);
        ImportPlan plan = tx.inTransaction(() -> {
            ledger.insertPeer(new LedgerRepository.Peer(m.senderDatabase(), m.senderKey(), m.senderAgreementKey(),
                    Role.OFFICE, null, m.senderAccount(), null, 0), now());
            return write(o, plan(o));
        });
        List<NewAccount> accounts = new java.util.ArrayList<>();
        tx.inTransaction(() -> {
            for (IncomingRows.Account a : new IncomingRows(pkg, Role.OFFICE).accounts()) {
                Long department = a.role() != Role.DEPARTMENT || a.departmentCode() == null ? null
                        : parts.directory().departmentId(a.departmentCode());
                Long counselor = a.counselor() == null ? null
                        : parts.travel().ids("counselor", List.of(a.counselor())).get(a.counselor());
                if (a.role() == Role.COUNSELOR && counselor == null) {
                    continue; // the counselor left the package's roster: no account for nobody
                }
                accounts.add(new NewAccount(a.userName(), a.displayName(), a.role(), department, counselor));
            }
        });
        return new Setup(plan, accounts);
    }

    /** A new PC set up from an office package: what it applied, the accounts it names (to be made). */
    public record Setup(ImportPlan plan, List<NewAccount> accounts) {
    }

    /** An account an office package names, in this database's terms. */
    public record NewAccount(String userName, String displayName, Role role, Long departmentId, Long counselorId) {
    }

    private ImportPlan write(Opened o, ImportPlan plan) {
        if (plan.alreadyApplied()) {
            return plan;
        }
        PackageManifest m = plan.manifest();
        LocalDateTime now = now();
        if (ledger.peer(m.senderDatabase()).isEmpty()) {
            ledger.insertPeer(new LedgerRepository.Peer(m.senderDatabase(), m.senderKey(), m.senderAgreementKey(),
                    m.senderRole(), m.department(), m.senderAccount(), null, 0), now);
        }
        String name = m.senderAccount() + "@" + m.senderDatabase() + "#" + m.sequence();
        try {
            for (IncomingRows.Department d : new IncomingRows(o.pkg(), m.senderRole()).departments()) {
                parts.directory().ensureDepartment(d.code(), d.name(), d.sortOrder(), d.active());
            }
            new ImportApplier(parts).apply(plan.changes(), m.senderDatabase(), name, now);
        } catch (PackageRefusal | cn.huyang.security.SecurityRefusal e) {
            throw e;
        } catch (RuntimeException e) {
            // a constraint of this database the checks before did not foresee: the transaction is undone
            throw new PackageRefusal(Reason.APPLY_FAILED, e, "—", e.getClass().getSimpleName());
        }
        ledger.advancePeer(m.senderDatabase(), m.sequence(), m.senderAccount(), now);
        ledger.insertReceived(m.senderDatabase(), m, o.sha(), plan.totals(), now, guard.actor().userName());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", o.name());
        details.put("sender", m.senderAccount());
        details.put("sequence", m.sequence());
        ApplyCounts c = plan.totals();
        details.put("added", c.added());
        details.put("changed", c.changed());
        details.put("deleted", c.deleted());
        details.put("conflicts", c.conflicts());
        audit.record(AuditAction.IMPORT, "package", m.senderDatabase(), details);
        return plan;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private record Opened(OpenedPackage pkg, String sha, String name) {
    }

    private static byte[] read(Path file) {
        try {
            long size = Files.size(file);
            if (size > PackageLimits.DEFAULT.maxFileBytes()) {
                throw new PackageRefusal(Reason.TOO_LARGE, file.getFileName(), size,
                        PackageLimits.DEFAULT.maxFileBytes());
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Opened open(Path file, DatabaseKeys keys) {
        if (!guard.may(Operation.PACKAGE_RECEIVE) && !guard.may(Operation.PACKAGE_SEND)) {
            guard.require(Operation.PACKAGE_RECEIVE);
        }
        byte[] bytes = read(file);
        OpenedPackage pkg = new PackageReader(keys, PackageLimits.DEFAULT).read(bytes, String.valueOf(file.getFileName()));
        if (pkg.manifest().senderDatabase().equals(keys.databaseId())) {
            throw new PackageRefusal(Reason.OWN_PACKAGE);
        }
        return new Opened(pkg, PackageKeys.sha256Hex(bytes), String.valueOf(file.getFileName()));
    }

    private ImportPlan plan(Opened o) {
        PackageManifest m = o.pkg().manifest();
        var peer = ledger.peer(m.senderDatabase());
        if (peer.isPresent() && !peer.get().signingKey().equals(m.senderKey())) {
            throw new PackageRefusal(Reason.KEY_CHANGED, m.senderDatabase(),
                    PackageKeys.fingerprint(PackageKeys.publicKey(PackageKeys.SIGNING, peer.get().signingKey())),
                    PackageKeys.fingerprint(PackageKeys.publicKey(PackageKeys.SIGNING, m.senderKey())));
        }
        boolean fromOffice = m.senderRole() == Role.OFFICE;
        if (fromOffice && (peer.isEmpty() || peer.get().role() != Role.OFFICE)) {
            throw new PackageRefusal(Reason.UNKNOWN_OFFICE, m.senderDatabase());
        }
        if (!guard.may(Operation.PACKAGE_RECEIVE) && !fromOffice) {
            guard.require(Operation.PACKAGE_RECEIVE); // a department's users receive only their office's packages
        }
        long last = peer.map(LedgerRepository.Peer::lastSequence).orElse(0L);
        if (m.sequence() <= last || ledger.received(m.senderDatabase(), m.sequence())) {
            return new ImportPlan(m, o.sha(), true, List.of());
        }
        // a counselor's package holds only their rows: it may not stand in for a missing one of the same PC
        if (m.since() > last || m.senderRole() == Role.COUNSELOR && m.sequence() != last + 1) {
            throw new PackageRefusal(Reason.MISSING_SEQUENCE, last + 1, m.sequence());
        }
        if (m.senderRole() == Role.DEPARTMENT && m.department() == null) {
            throw new PackageRefusal(Reason.OUT_OF_SCOPE, "manifest", 0);
        }
        UUID counselor = null;
        if (m.senderRole() == Role.COUNSELOR) {
            counselor = parts.directory().counselorOfAccount(m.senderAccount());
            if (counselor == null) {
                throw new PackageRefusal(Reason.OUT_OF_SCOPE, "manifest", 0);
            }
        }
        long baseBound = m.base() == null ? 0
                : ledger.sent(m.senderDatabase(), m.base()).map(LedgerRepository.Sent::bound).orElse(0L);
        ImportPlanner.Sender sender = new ImportPlanner.Sender(m.senderDatabase(), m.senderRole(), m.department(),
                counselor, baseBound);
        IncomingRows in = new IncomingRows(o.pkg(), m.senderRole());
        return new ImportPlan(m, o.sha(), false, new ImportPlanner(parts).plan(in, sender));
    }
}
