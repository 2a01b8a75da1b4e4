package cn.huyang.exchange;

import cn.huyang.access.AccessGuard;
import cn.huyang.access.Actor;
import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditLog;
import cn.huyang.access.Operation;
import cn.huyang.access.Role;
import cn.huyang.db.Migrations;
import cn.huyang.db.Transactor;
import cn.huyang.exchange.PackageRefusal.Reason;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sending (docs/packages.md, "Sending"): a 系部 user's or a counselor's package for the office — every row
 * of their scope changed since the package the office last acknowledged (or since {@code --since}), the
 * deletions among them, sealed to the office. The ledger row and its audit row are committed before the
 * file is written: a file that fails to write is written again by the next export, never two different
 * packages under one number.
 */
public final class PackageExport {
    /**
     * How far back of the bound of the package it follows an export starts: a transaction on a shared
     * server may commit a row after a later number was read (docs/identity.md); a row sent twice changes
     * nothing at the office.
     */
    static final long OVERLAP = 1000;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final Transactor tx;
    private final DatabaseIdentities identities;
    private final LedgerRepository ledger;
    private final DirectoryRepository directory;
    private final Clock clock;
    private final PackageRows rows;

    PackageExport(Parts parts) {
        this.guard = parts.guard();
        this.audit = parts.audit();
        this.tx = parts.tx();
        this.identities = parts.identities();
        this.ledger = parts.ledger();
        this.directory = parts.directory();
        this.clock = parts.clock();
        this.rows = new PackageRows(parts.travel(), parts.ledger(), parts.texts());
    }

    /** What an export wrote; {@code setupCode} is the one-time code of a package for a new PC (else null). */
    public record Result(Path file, long sequence, long since, Map<String, Integer> rows, String recipientId,
                         String office, String setupCode) {
        public int total() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * A 系部 user's or counselor's package for the office, written to {@code out}. {@code officeKey}, when
     * given, is the office key file: it names the office the first time (and must name the same office
     * with the same keys after).
     *
     * @param since the sender's package to follow, or null for the one the office last acknowledged
     */
    public Result export(Path out, Long since, Path officeKey) {
        guard.requireSome(Operation.PACKAGE_SEND);
        if (guard.reach(Operation.PACKAGE_SEND) == cn.huyang.access.Reach.ALL) {
            throw new PackageRefusal(Reason.NEEDS_DEPARTMENT);
        }
        Long counselorId = guard.ownCounselor(Operation.PACKAGE_SEND);
        Long departmentId = counselorId != null ? null : guard.scopeOf(Operation.PACKAGE_SEND);
        DatabaseKeys keys = identities.keys();
        OfficeKeyFile key = officeKey == null ? null : OfficeKeyFile.read(officeKey);
        Actor actor = guard.actor();
        return write(out, keys, () -> {
            LedgerRepository.Peer office = office(key, keys);
            String department = actor.departmentId() == null ? null : directory.departmentCode(actor.departmentId());
            return new Target(office.databaseId(), office.agreementKey(), office.office(), null, department,
                    departmentId, counselorId, List.of());
        }, since);
    }

    /**
     * 学工部's package for a department's PC (the way back): the department's rows changed since the
     * package that PC last acknowledged — its roster, assessment entries, the training sessions, its
     * students and records. Sealed to the PC that sent the office its packages last; when the office
     * knows none for the department yet, or {@code newPc}, to a new one-time setup code ({@link Result#setupCode()})
     * for a PC whose data folder is new: such a package also names the department and its accounts.
     */
    public Result exportFor(Path out, String departmentCode, Long since, boolean newPc) {
        guard.require(Operation.PACKAGE_SEND);
        Long departmentId = directory.departmentId(departmentCode);
        if (departmentId == null) {
            throw new PackageRefusal(Reason.NO_DEPARTMENT, departmentCode);
        }
        DatabaseKeys keys = identities.keys();
        return write(out, keys, () -> {
            List<LedgerRepository.Peer> pcs = newPc ? List.of() : ledger.peers(Role.DEPARTMENT).stream()
                    .filter(p -> departmentCode.equals(p.department())).toList();
            List<PackageTable> extra = new ArrayList<>();
            extra.add(new PackageTable(TravelTables.DEPARTMENTS, TravelTables.DEPARTMENT_COLUMNS,
                    List.of(directory.departmentRow(departmentId))));
            if (!pcs.isEmpty()) {
                LedgerRepository.Peer pc = pcs.get(pcs.size() - 1);
                return new Target(pc.databaseId(), pc.agreementKey(), departmentCode, null, departmentCode,
                        departmentId, null, extra);
            }
            SetupCode code = SetupCode.generate();
            extra.add(new PackageTable(TravelTables.ACCOUNTS, TravelTables.ACCOUNT_COLUMNS,
                    directory.accountsOf(departmentId)));
            return new Target(java.util.UUID.randomUUID().toString(), PackageKeys.encode(code.keys().getPublic()),
                    departmentCode, code, departmentCode, departmentId, null, extra);
        }, newPc ? Long.valueOf(0) : since);
    }

    /** To whom a package goes and what of this database it holds. */
    private record Target(String recipientId, String agreementKey, String label, SetupCode setup, String department,
                          Long departmentId, Long counselorId, List<PackageTable> extra) {
    }

    private Result write(Path out, DatabaseKeys keys, java.util.function.Supplier<Target> to, Long since) {
        Actor actor = guard.actor();
        Built built = tx.inTransaction(() -> {
            Target target = to.get();
            String recipient = target.recipientId();
            long sequence = ledger.lastSent(recipient) + 1;
            long from = since != null ? since : ledger.acknowledged(recipient);
            if (from >= sequence) {
                throw new IllegalArgumentException("since");
            }
            long after = 0;
            if (from > 0) {
                after = Math.max(0, ledger.sent(recipient, from).orElseThrow(
                        () -> new IllegalArgumentException("since")).bound() - OVERLAP);
            }
            PackageRows.Collected c = rows.collect(actor.role(), after, target.departmentId(), target.counselorId(),
                    recipient);
            List<PackageTable> tables = new ArrayList<>(target.extra());
            tables.addAll(c.tables());
            LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
            Long base = ledger.lastReceived(recipient);
            PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT, Migrations.latest().getVersion(),
                    keys.databaseId(), PackageKeys.encode(keys.identity().signingKey()),
                    PackageKeys.encode(keys.identity().agreementKey()), recipient, actor.userName(),
                    actor.role(), target.department(), null, null, sequence, from, base, now, List.of());
            byte[] bytes = PackageWriter.write(manifest, tables, keys, recipient,
                    PackageKeys.publicKey(PackageKeys.AGREEMENT, target.agreementKey()));
            Map<String, Integer> counts = new LinkedHashMap<>();
            c.tables().forEach(t -> counts.put(t.name(), t.rows().size()));
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            String sha = PackageKeys.sha256Hex(bytes);
            ledger.insertSent(recipient, new LedgerRepository.Sent(sequence, from, base, Math.max(after, c.bound())),
                    total, sha, now, actor.userName());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("file", String.valueOf(out.getFileName()));
            details.put("department", target.department());
            details.put("sequence", sequence);
            details.put("since", from);
            details.put("rows", total);
            details.put("setup", target.setup() != null);
            details.put("sha256", sha);
            audit.record(AuditAction.EXPORT, "package", recipient, details);
            return new Built(bytes, new Result(out, sequence, from, counts, recipient, target.label(),
                    target.setup() == null ? null : target.setup().formatted()));
        });
        Path written = FileOut.replace(out, built.bytes());
        Result r = built.result();
        return new Result(written, r.sequence(), r.since(), r.rows(), r.recipientId(), r.office(), r.setupCode());
    }

    private record Built(byte[] bytes, Result result) {
    }

    /** The office this PC sends to: the key file's (remembered the first time) or the one remembered. */
    private LedgerRepository.Peer office(OfficeKeyFile key, DatabaseKeys own) {
        if (key == null) {
            List<LedgerRepository.Peer> known = new ArrayList<>(ledger.peers(Role.OFFICE));
            if (known.isEmpty()) {
                throw new PackageRefusal(Reason.NO_OFFICE_KEY);
            }
            return known.get(known.size() - 1);
        }
        if (key.databaseId().equals(own.databaseId())) {
            throw new PackageRefusal(Reason.OWN_PACKAGE);
        }
        String signing = PackageKeys.encode(key.signingKey());
        var existing = ledger.peer(key.databaseId());
        if (existing.isPresent()) {
            LedgerRepository.Peer p = existing.get();
            if (!p.signingKey().equals(signing)) {
                throw new PackageRefusal(Reason.KEY_CHANGED, p.databaseId(),
                        PackageKeys.fingerprint(PackageKeys.publicKey(PackageKeys.SIGNING, p.signingKey())),
                        key.fingerprint());
            }
            return p;
        }
        LedgerRepository.Peer p = new LedgerRepository.Peer(key.databaseId(), signing,
                PackageKeys.encode(key.agreementKey()), Role.OFFICE, null, null, key.office(), 0);
        ledger.insertPeer(p, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("office", key.office());
        details.put("signingKey", key.fingerprint());
        audit.record(AuditAction.CREATE, "exchange_peer", key.databaseId(), details);
        return p;
    }
}
