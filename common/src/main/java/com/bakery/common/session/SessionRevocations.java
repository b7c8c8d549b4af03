package com.bakery.common.session;

import com.bakery.common.security.RevokedSessions;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.sortedset.ScoreRange;
import io.quarkus.redis.datasource.sortedset.ScoredValue;
import io.quarkus.redis.datasource.sortedset.SortedSetCommands;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Shares ended sign-in sessions between the gateway's and the services' replicas through one Redis sorted set (member:
 * the session id, score: when its last access token expires). The gateway adds to it; every process reads it each
 * {@code bakery.sessions.revocation-poll} (1 s) into {@link RevokedSessions}, so a signed-out or revoked session's
 * tokens are refused everywhere within a second, and at once by the gateway replica that ended it. Read by polling
 * rather than pub/sub: a reading missed while Redis was away is simply made up by the next one, and one small range
 * query a second per replica costs nothing next to a request.
 */
@ApplicationScoped
@Startup
public class SessionRevocations {

    public static final String KEY = "bakery:sessions:revoked";
    private static final Logger LOG = Logger.getLogger(SessionRevocations.class);

    private final SortedSetCommands<String, String> sets;
    private volatile boolean failing;

    public SessionRevocations(RedisDataSource redis) {
        this.sets = redis.sortedSet(String.class);
    }

    /** Ends the session's access tokens everywhere until {@code untilEpochSecond}. */
    public void revoke(String session, long untilEpochSecond) {
        RevokedSessions.revoke(session, untilEpochSecond);
        sets.zadd(KEY, untilEpochSecond, session);
        sets.zremrangebyscore(KEY, new ScoreRange<>(Double.NEGATIVE_INFINITY, true, now(), true));
    }

    @Scheduled(every = "${bakery.sessions.revocation-poll:1s}", delayed = "0s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            read();
            if (failing) {
                LOG.info("Session revocations are read from Redis again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Session revocations cannot be read from Redis: %s (retrying every poll)", e.getMessage());
                failing = true;
            }
        }
    }

    /** Takes in every revocation still in force. */
    public void read() {
        for (ScoredValue<String> revoked : sets.zrangebyscoreWithScores(KEY,
                new ScoreRange<>(now(), false, Double.POSITIVE_INFINITY, true))) {
            RevokedSessions.revoke(revoked.value(), (long) revoked.score());
        }
        RevokedSessions.prune();
    }

    private static double now() {
        return System.currentTimeMillis() / 1000.0;
    }
}
