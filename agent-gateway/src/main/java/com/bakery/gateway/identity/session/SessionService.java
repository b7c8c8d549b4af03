package com.bakery.gateway.identity.session;

import com.bakery.common.problem.NotFoundProblem;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.RandomTokens;
import com.bakery.common.security.Sha256;
import com.bakery.common.session.SessionRevocations;
import com.bakery.gateway.db.Database;
import com.bakery.gateway.identity.till.Till;
import com.bakery.gateway.identity.till.TillRepository;
import com.bakery.gateway.identity.till.TillRevoked;
import com.bakery.gateway.identity.user.AccessWithdrawn;
import com.bakery.gateway.identity.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sign-in sessions: a sign-in opens one, each refresh rotates its refresh token, and a rotated token presented
 * again ends the whole session (someone holds a copy). Refresh tokens are 256 random bits, stored as SHA-256: a
 * slow hash guards guessable passwords, and these cannot be guessed. Ending a session puts it on the revocation
 * list every service reads once the ending is committed, so its access tokens stop working everywhere.
 */
@ApplicationScoped
public class SessionService {

    /** What a refresh came to. */
    public sealed interface Refresh {
    }

    /** Refreshed: the session with its next refresh token. */
    public record Renewed(OpenSession session) implements Refresh {
    }

    /** Refused, with the problem code to answer and why. */
    public record Refused(String code, String detail) implements Refresh {
    }

    private static final Logger LOG = Logger.getLogger(SessionService.class);

    private final SessionRepository sessions;
    private final TillRepository tills;
    private final SessionConfig config;
    private final Duration accessTokenLifetime;
    private final SessionRevocations revocations;
    private final TransactionSynchronizationRegistry transactions;

    public SessionService(SessionRepository sessions, TillRepository tills, SessionConfig config,
            @ConfigProperty(name = "gateway.jwt.token-lifetime") Duration accessTokenLifetime,
            SessionRevocations revocations, TransactionSynchronizationRegistry transactions) {
        this.sessions = sessions;
        this.tills = tills;
        this.config = config;
        this.accessTokenLifetime = accessTokenLifetime;
        this.revocations = revocations;
        this.transactions = transactions;
    }

    /** Opens a session for a user who just proved their password. */
    @Transactional
    public OpenSession start(User user) {
        return start(user, null);
    }

    /**
     * Opens a session on a till for a user who just gave their PIN there. A till has one person at a time: the
     * session of whoever was signed in on it ends.
     */
    @Transactional
    public OpenSession start(User user, Till till) {
        if (till != null) {
            revokeAfterCommit(sessions.endAllOnTill(till.id(), EndReason.SWITCHED));
        }
        UUID id = UUID.randomUUID();
        Instant expires = Database.now().plus(lifetime(user.tenantId));
        sessions.insert(id, user.tenantId, user.id, till == null ? null : till.id(), expires);
        return new OpenSession(id, user.id, till, nextToken(id), expires);
    }

    /**
     * Rotates a refresh token. Returns rather than throws a refusal, so that ending a session for a reused token is
     * committed with it.
     */
    @Transactional
    public Refresh refresh(String refreshToken) {
        String hash = Sha256.hex(refreshToken);
        var rotated = sessions.rotate(hash);
        if (rotated.isEmpty()) {
            var reused = sessions.sessionOfToken(hash);
            if (reused.isEmpty()) {
                return new Refused("invalid_refresh_token", "The refresh token is not known.");
            }
            end(reused.get(), EndReason.REFRESH_TOKEN_REUSED);
            return new Refused("refresh_token_reused",
                    "This refresh token was used already, so the session is ended: sign in again.");
        }
        SessionRepository.StoredSession session = sessions.find(rotated.get()).orElseThrow();
        if (session.endedAt() != null || !Database.now().isBefore(session.expiresAt())) {
            return new Refused("session_ended", "The session has ended: sign in again.");
        }
        Till till = session.tillId() == null ? null : tills.find(session.tillId()).orElseThrow();
        return new Renewed(new OpenSession(session.id(), session.userId(), till, nextToken(session.id()),
                session.expiresAt()));
    }

    /** Ends a session (sign-out); true when it was open. */
    @Transactional
    public boolean end(UUID id, EndReason reason) {
        boolean ended = sessions.end(id, reason);
        if (ended) {
            revokeAfterCommit(List.of(id));
        }
        return ended;
    }

    /** Ends the session a refresh token belongs to; false when the token is not known or it had ended. */
    @Transactional
    public boolean endByToken(String refreshToken, EndReason reason) {
        return sessions.sessionOfToken(Sha256.hex(refreshToken)).map(id -> end(id, reason)).orElse(false);
    }

    /** An admin ends one session of their own tenant. */
    @Transactional
    public void revoke(String tenant, UUID id) {
        if (!sessions.tenantOf(id).map(tenant::equals).orElse(false)) {
            throw new NotFoundProblem("session", id);
        }
        end(id, EndReason.REVOKED_BY_ADMIN);
    }

    void onAccessWithdrawn(@Observes AccessWithdrawn withdrawn) {
        EndReason reason = switch (withdrawn.why()) {
            case DISABLED -> EndReason.USER_DISABLED;
            case DELETED -> EndReason.USER_DELETED;
            case PASSWORD_RESET -> EndReason.PASSWORD_RESET;
        };
        revokeAfterCommit(sessions.endAllOf(withdrawn.userId(), reason));
    }

    void onTillRevoked(@Observes TillRevoked revoked) {
        revokeAfterCommit(sessions.endAllOnTill(revoked.tillId(), EndReason.TILL_REVOKED));
    }

    public Duration lifetime(String tenant) {
        return sessions.lifetimeMinutes(tenant).map(Duration::ofMinutes).orElse(config.lifetime());
    }

    @Transactional
    public void setLifetime(String tenant, int minutes) {
        if (minutes < 15 || minutes > 10_080) {
            throw ProblemException.invalid("lifetimeMinutes", "must be 15 to 10080 (a week)");
        }
        sessions.setLifetimeMinutes(tenant, minutes);
    }

    private String nextToken(UUID session) {
        String token = RandomTokens.of(32);
        sessions.insertToken(Sha256.hex(token), session);
        return token;
    }

    // Published only once committed: a revocation that was rolled back would refuse the tokens of an open session.
    private void revokeAfterCommit(List<UUID> ended) {
        if (ended.isEmpty()) {
            return;
        }
        // every access token of these sessions was issued before now, so none outlives this
        long until = Instant.now().plus(accessTokenLifetime).getEpochSecond() + 1;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                for (UUID id : ended) {
                    try {
                        revocations.revoke(id.toString(), until);
                    } catch (RuntimeException e) { // refused here already; the others refuse at the token's expiry
                        LOG.warnf("Session %s ended, but Redis did not take its revocation: %s", id, e.getMessage());
                    }
                }
            }
        });
    }
}
