package com.bakery.gateway.audit;

import com.bakery.gateway.audit.AuditCheckpoints.Checkpoint;
import com.bakery.gateway.audit.AuditCheckpoints.Kind;
import com.bakery.gateway.db.Database;
import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Verifies the audit chain: each record must link to the one before and hash to what it holds, from a signed
 * checkpoint on. A verification that passes leaves a signed checkpoint (the last record and its hash) and the next
 * one goes on from there after checking that record again, so it takes the time of the records added since. A full
 * verification walks every record from the first (or from the last archived one) and checks every checkpoint's
 * signature. The chain must reach the newest signed checkpoint with the hash it vouches for: a chain cut short, or
 * rewritten with fresh hashes (they have no key), does not.
 */
@ApplicationScoped
public class AuditVerifier {

    static final long VERIFY_LOCK = 0x7665726966L;
    private static final int PAGE = 5_000;

    /** Why a chain does not hold. */
    public enum Problem {
        /** A record does not hash to what it holds, does not link to the one before, or is missing. */
        ALTERED,
        /** The chain ends before a record a signed checkpoint vouches for: its tail was removed. */
        TAIL_CUT,
        /** A checkpoint does not hold its signature: somebody without the key wrote it. */
        CHECKPOINT_FORGED;

        @JsonValue
        public String code() {
            return name().toLowerCase();
        }
    }

    /**
     * {@code checked}: records checked this time, from the one after {@code fromId} (0: the first record);
     * {@code firstBrokenId}: the first record that does not hold (or is missing), if any; {@code headId}: the
     * last record that holds.
     */
    public record Verification(boolean valid, long checked, Long firstBrokenId, long fromId, Problem problem,
            long headId) {

        static Verification broken(Problem problem, long checked, long at, long fromId, long headId) {
            return new Verification(false, checked, at, fromId, problem, headId);
        }
    }

    private final Database db;
    private final AuditCheckpoints checkpoints;

    public AuditVerifier(Database db, AuditCheckpoints checkpoints) {
        this.db = db;
        this.checkpoints = checkpoints;
    }

    public Verification verify(boolean full) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // one verification at a time, so checkpoints follow each other
            db.lockForTransaction(VERIFY_LOCK);
            AuditCheckpoints.Survey survey = checkpoints.survey(full);
            Optional<Checkpoint> anchor = full ? survey.archived() : survey.furthest();
            long from = anchor.map(Checkpoint::throughId).orElse(0L);
            String previous = anchor.map(Checkpoint::hash).orElse(AuditRecord.GENESIS);
            if (anchor.isPresent() && anchor.get().kind() == Kind.VERIFIED) {
                // the record the checkpoint ends at must still be the one that was verified
                List<AuditLink> last = links(from - 1, 1);
                if (last.isEmpty()) {
                    return Verification.broken(Problem.TAIL_CUT, 0, from, from, from - 1);
                }
                if (last.get(0).id() != from || !previous.equals(last.get(0).hash())
                        || !last.get(0).holds(last.get(0).prevHash())) {
                    return Verification.broken(Problem.ALTERED, 0, from, from, from - 1);
                }
            }
            Optional<Checkpoint> vouched = survey.furthest();
            long checked = 0;
            long after = from;
            for (List<AuditLink> links = links(after, PAGE); !links.isEmpty(); links = links(after, PAGE)) {
                for (AuditLink link : links) {
                    boolean rewritten = vouched.isPresent() && vouched.get().throughId() == link.id()
                            && !vouched.get().hash().equals(link.hash());
                    if (!previous.equals(link.prevHash()) || !link.holds(previous) || rewritten) {
                        return Verification.broken(Problem.ALTERED, checked, link.id(), from, after);
                    }
                    previous = link.hash();
                    checked++;
                    after = link.id();
                }
            }
            if (vouched.isPresent() && vouched.get().throughId() > after) {
                return Verification.broken(Problem.TAIL_CUT, checked, after + 1, from, after);
            }
            // a checkpoint at the head, also when only a forged checkpoint is newer: found once, it is not what
            // the next verification starts from (a full one finds it again)
            if (after > from || after > 0 && survey.unsigned() > 0) {
                checkpoints.add(Kind.VERIFIED, after, previous);
            }
            if (survey.unsigned() > 0) {
                return new Verification(false, checked, null, from, Problem.CHECKPOINT_FORGED, after);
            }
            return new Verification(true, checked, null, from, null, after);
        });
    }

    private List<AuditLink> links(long after, int limit) {
        return AuditLink.page(db, after, Long.MAX_VALUE, limit);
    }
}
