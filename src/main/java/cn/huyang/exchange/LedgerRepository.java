package cn.huyang.exchange;

import static cn.huyang.db.jooq.Tables.EXCHANGE_CONFLICT;
import static cn.huyang.db.jooq.Tables.EXCHANGE_PEER;
import static cn.huyang.db.jooq.Tables.EXCHANGE_RECEIVED;
import static cn.huyang.db.jooq.Tables.EXCHANGE_ROW;
import static cn.huyang.db.jooq.Tables.EXCHANGE_SENT;

import cn.huyang.access.Role;
import cn.huyang.db.Inlined;
import cn.huyang.db.jooq.ExchangeConflictRecord;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The packages' ledger (V21): the peers, what was sent and received, the rows taken, the conflicts. */
public class LedgerRepository {
    private static final int CHUNK = 1000;
    private final DSLContext dsl;

    public LedgerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Another database as this one knows it. */
    record Peer(String databaseId, String signingKey, String agreementKey, Role role, String department,
                String account, String office, long lastSequence) {
    }

    /** What this database remembers of a row it took from a peer. */
    record Taken(long appliedSeq, String contentSha) {
    }

    /** A package this database wrote. */
    record Sent(long sequence, long since, Long base, long bound) {
    }

    Optional<Peer> peer(String databaseId) {
        return dsl.selectFrom(EXCHANGE_PEER).where(EXCHANGE_PEER.DATABASE_ID.eq(databaseId)).fetchOptional(r ->
                new Peer(r.getDatabaseId(), r.getSigningPublic(), r.getAgreementPublic(), Role.valueOf(r.getPeerRole()),
                        r.getDepartmentCode(), r.getAccountName(), r.getOfficeName(), r.getLastSequence()));
    }

    /** The peers of that role (the office a department PC sends to). */
    List<Peer> peers(Role role) {
        return dsl.selectFrom(EXCHANGE_PEER).where(EXCHANGE_PEER.PEER_ROLE.eq(role.name()))
                .orderBy(EXCHANGE_PEER.FIRST_SEEN).fetch(r -> new Peer(r.getDatabaseId(), r.getSigningPublic(),
                        r.getAgreementPublic(), role, r.getDepartmentCode(), r.getAccountName(), r.getOfficeName(),
                        r.getLastSequence()));
    }

    void insertPeer(Peer p, LocalDateTime at) {
        dsl.insertInto(EXCHANGE_PEER).set(EXCHANGE_PEER.DATABASE_ID, p.databaseId())
                .set(EXCHANGE_PEER.SIGNING_PUBLIC, p.signingKey()).set(EXCHANGE_PEER.AGREEMENT_PUBLIC, p.agreementKey())
                .set(EXCHANGE_PEER.PEER_ROLE, p.role().name()).set(EXCHANGE_PEER.DEPARTMENT_CODE, p.department())
                .set(EXCHANGE_PEER.ACCOUNT_NAME, p.account()).set(EXCHANGE_PEER.OFFICE_NAME, p.office())
                .set(EXCHANGE_PEER.LAST_SEQUENCE, p.lastSequence()).set(EXCHANGE_PEER.FIRST_SEEN, at)
                .set(EXCHANGE_PEER.LAST_SEEN, at).execute();
    }

    void advancePeer(String databaseId, long sequence, String account, LocalDateTime at) {
        dsl.update(EXCHANGE_PEER)
                .set(EXCHANGE_PEER.LAST_SEQUENCE, DSL.greatest(EXCHANGE_PEER.LAST_SEQUENCE, DSL.val(sequence)))
                .set(EXCHANGE_PEER.ACCOUNT_NAME, account).set(EXCHANGE_PEER.LAST_SEEN, at)
                .where(EXCHANGE_PEER.DATABASE_ID.eq(databaseId)).execute();
    }

    boolean received(String senderId, long sequence) {
        return dsl.fetchExists(EXCHANGE_RECEIVED, EXCHANGE_RECEIVED.SENDER_ID.eq(senderId)
                .and(EXCHANGE_RECEIVED.SEQUENCE_NO.eq(sequence)));
    }

    /** The highest base (acknowledgement of our packages) of the packages received from that peer, or 0. */
    long acknowledged(String senderId) {
        Long v = dsl.select(DSL.max(EXCHANGE_RECEIVED.BASE_NO)).from(EXCHANGE_RECEIVED)
                .where(EXCHANGE_RECEIVED.SENDER_ID.eq(senderId)).fetchOne().value1();
        return v == null ? 0 : v;
    }

    /** The highest sequence of the packages received from that peer, or null. */
    Long lastReceived(String senderId) {
        return dsl.select(DSL.max(EXCHANGE_RECEIVED.SEQUENCE_NO)).from(EXCHANGE_RECEIVED)
                .where(EXCHANGE_RECEIVED.SENDER_ID.eq(senderId)).fetchOne().value1();
    }

    void insertReceived(String senderId, PackageManifest m, String sha, ApplyCounts c, LocalDateTime at, String by) {
        dsl.insertInto(EXCHANGE_RECEIVED).set(EXCHANGE_RECEIVED.SENDER_ID, senderId)
                .set(EXCHANGE_RECEIVED.SEQUENCE_NO, m.sequence()).set(EXCHANGE_RECEIVED.SINCE_NO, m.since())
                .set(EXCHANGE_RECEIVED.BASE_NO, m.base()).set(EXCHANGE_RECEIVED.FILE_SHA256, sha)
                .set(EXCHANGE_RECEIVED.ADDED_ROWS, c.added()).set(EXCHANGE_RECEIVED.CHANGED_ROWS, c.changed())
                .set(EXCHANGE_RECEIVED.DELETED_ROWS, c.deleted()).set(EXCHANGE_RECEIVED.CONFLICT_ROWS, c.conflicts())
                .set(EXCHANGE_RECEIVED.APPLIED_AT, at).set(EXCHANGE_RECEIVED.APPLIED_BY, by).execute();
    }

    Optional<Sent> sent(String recipientId, long sequence) {
        return dsl.selectFrom(EXCHANGE_SENT).where(EXCHANGE_SENT.RECIPIENT_ID.eq(recipientId))
                .and(EXCHANGE_SENT.SEQUENCE_NO.eq(sequence))
                .fetchOptional(r -> new Sent(r.getSequenceNo(), r.getSinceNo(), r.getBaseNo(), r.getBoundSeq()));
    }

    /** The highest sequence written for that recipient, or 0. */
    long lastSent(String recipientId) {
        Long v = dsl.select(DSL.max(EXCHANGE_SENT.SEQUENCE_NO)).from(EXCHANGE_SENT)
                .where(EXCHANGE_SENT.RECIPIENT_ID.eq(recipientId)).fetchOne().value1();
        return v == null ? 0 : v;
    }

    void insertSent(String recipientId, Sent s, int rows, String sha, LocalDateTime at, String by) {
        dsl.insertInto(EXCHANGE_SENT).set(EXCHANGE_SENT.RECIPIENT_ID, recipientId)
                .set(EXCHANGE_SENT.SEQUENCE_NO, s.sequence()).set(EXCHANGE_SENT.SINCE_NO, s.since())
                .set(EXCHANGE_SENT.BASE_NO, s.base()).set(EXCHANGE_SENT.BOUND_SEQ, s.bound())
                .set(EXCHANGE_SENT.ROW_COUNT, rows).set(EXCHANGE_SENT.FILE_SHA256, sha)
                .set(EXCHANGE_SENT.CREATED_AT, at).set(EXCHANGE_SENT.CREATED_BY, by).execute();
    }

    /** What was taken from that peer of these rows, by uid. */
    Map<UUID, Taken> taken(String peerId, Collection<UUID> uids) {
        Map<UUID, Taken> out = new HashMap<>();
        List<UUID> all = new ArrayList<>(uids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            dsl.select(EXCHANGE_ROW.UID, EXCHANGE_ROW.APPLIED_SEQ, EXCHANGE_ROW.CONTENT_SHA).from(EXCHANGE_ROW)
                    .where(EXCHANGE_ROW.PEER_ID.eq(peerId))
                    // inlined: uid is the key's second column, so H2 checks the list against every row of the
                    // peer, and hashes a list of constants (PackageBenchmark). Not (peer_id, uid) in (pairs): H2
                    // would seek each, but PostgreSQL filters an OR of them.
                    .and(Inlined.in(EXCHANGE_ROW.UID, all.subList(i, Math.min(all.size(), i + CHUNK))))
                    .forEach(r -> out.put(r.value1(), new Taken(r.value2(), r.value3())));
        }
        return out;
    }

    /** A row taken from a peer: its uid, the change_seq it got here, the SHA-256 of its content. */
    record Take(UUID uid, long appliedSeq, String sha) {
    }

    /** Remembers rows taken from a peer (replacing what was remembered of them), in batches. */
    void putTaken(String peerId, List<Take> rows) {
        for (int i = 0; i < rows.size(); i += CHUNK) {
            List<Take> chunk = rows.subList(i, Math.min(rows.size(), i + CHUNK));
            dsl.deleteFrom(EXCHANGE_ROW).where(EXCHANGE_ROW.PEER_ID.eq(peerId)) // the uids inlined: see taken
                    .and(EXCHANGE_ROW.UID.in(chunk.stream().map(t -> DSL.inline(t.uid())).toList())).execute();
            var batch = dsl.batch(dsl.insertInto(EXCHANGE_ROW, EXCHANGE_ROW.PEER_ID, EXCHANGE_ROW.UID,
                    EXCHANGE_ROW.APPLIED_SEQ, EXCHANGE_ROW.CONTENT_SHA).values((String) null, null, null, null));
            for (Take t : chunk) {
                batch = batch.bind(peerId, t.uid(), t.appliedSeq(), t.sha());
            }
            batch.execute();
        }
    }

    void insertConflict(Conflict c) {
        dsl.insertInto(EXCHANGE_CONFLICT).set(EXCHANGE_CONFLICT.UID, c.uid())
                .set(EXCHANGE_CONFLICT.SENDER_ID, c.senderId()).set(EXCHANGE_CONFLICT.SEQUENCE_NO, c.sequence())
                .set(EXCHANGE_CONFLICT.ENTITY, c.entity()).set(EXCHANGE_CONFLICT.ROW_UID, c.rowUid())
                .set(EXCHANGE_CONFLICT.LOCAL_DELETED, c.localDeleted())
                .set(EXCHANGE_CONFLICT.PACKAGE_DELETED, c.packageDeleted())
                .set(EXCHANGE_CONFLICT.LOCAL_CONTENT, c.localContent())
                .set(EXCHANGE_CONFLICT.PACKAGE_CONTENT, c.packageContent()).set(EXCHANGE_CONFLICT.FIELDS, c.fields())
                .set(EXCHANGE_CONFLICT.STATUS, c.status()).set(EXCHANGE_CONFLICT.CREATED_AT, c.createdAt())
                .execute();
    }

    private static Conflict conflict(ExchangeConflictRecord r) {
        return new Conflict(r.getId(), r.getUid(), r.getSenderId(), r.getSequenceNo(), r.getEntity(), r.getRowUid(),
                r.getLocalDeleted(), r.getPackageDeleted(), r.getLocalContent(), r.getPackageContent(), r.getFields(),
                r.getStatus(), r.getCreatedAt(), r.getResolvedAt(), r.getResolvedBy(), r.getResolution());
    }

    /** The conflicts, open ones first, newest first within each. */
    List<Conflict> conflicts(boolean openOnly) {
        return dsl.selectFrom(EXCHANGE_CONFLICT)
                .where(openOnly ? EXCHANGE_CONFLICT.STATUS.eq("OPEN") : DSL.noCondition())
                .orderBy(EXCHANGE_CONFLICT.STATUS, EXCHANGE_CONFLICT.ID.desc()).fetch(LedgerRepository::conflict);
    }

    Optional<Conflict> conflict(long id) {
        return dsl.selectFrom(EXCHANGE_CONFLICT).where(EXCHANGE_CONFLICT.ID.eq(id)).forUpdate()
                .fetchOptional(LedgerRepository::conflict);
    }

    /** The rows in an open conflict with a package of that sender: held back from it until a person decides. */
    java.util.Set<UUID> openConflictRows(String senderId) {
        return new java.util.HashSet<>(dsl.selectDistinct(EXCHANGE_CONFLICT.ROW_UID).from(EXCHANGE_CONFLICT)
                .where(EXCHANGE_CONFLICT.SENDER_ID.eq(senderId)).and(EXCHANGE_CONFLICT.STATUS.eq("OPEN"))
                .fetch(EXCHANGE_CONFLICT.ROW_UID));
    }

    /** The open conflicts of a row (a later package's version of a row already in conflict joins them). */
    boolean openConflict(UUID rowUid) {
        return dsl.fetchExists(EXCHANGE_CONFLICT, EXCHANGE_CONFLICT.ROW_UID.eq(rowUid)
                .and(EXCHANGE_CONFLICT.STATUS.eq("OPEN")));
    }

    void resolve(long id, String resolution, LocalDateTime at, String by) {
        dsl.update(EXCHANGE_CONFLICT).set(EXCHANGE_CONFLICT.STATUS, "RESOLVED")
                .set(EXCHANGE_CONFLICT.RESOLUTION, resolution).set(EXCHANGE_CONFLICT.RESOLVED_AT, at)
                .set(EXCHANGE_CONFLICT.RESOLVED_BY, by).where(EXCHANGE_CONFLICT.ID.eq(id)).execute();
    }
}
