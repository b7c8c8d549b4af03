package com.bakery.gateway.identity.token;

import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.Sha256;
import com.bakery.gateway.ratelimit.Decision;
import com.bakery.gateway.ratelimit.RateLimitConfig;
import com.bakery.gateway.ratelimit.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Throttles attempts to prove a secret (a user's password, a service client's secret). A token is taken from the
 * buckets before the secret is checked, so parallel guesses are charged like sequential ones, and given back when
 * the secret was right (unless it was the bucket's last), so staff signing in are not counted as guesses.
 * Buckets are per client address, and per name and address: an attacker exhausts their own, never a known user's
 * sign-in from the shop's till. Names are hashed into 256 buckets per address, so made-up names cannot create
 * Redis keys without bound. Argon2's cost is bounded separately ({@code PASSWORD_HASHING_CONCURRENCY}).
 */
@ApplicationScoped
public class CredentialThrottle {

    private static final int NAME_BUCKETS = 256;

    private final RateLimiter limiter;
    private final RateLimiter.Limit perAddress;
    private final RateLimiter.Limit perNameAndAddress;

    public CredentialThrottle(RateLimiter limiter, RateLimitConfig config) {
        this.limiter = limiter;
        this.perAddress = RateLimiter.Limit.of(config.loginFailuresPerIp());
        this.perNameAndAddress = RateLimiter.Limit.of(config.loginFailuresPerUser());
    }

    /** A charged attempt: {@link #succeeded()} gives its tokens back. */
    public final class Attempt {
        private final List<String> buckets;

        private Attempt(List<String> buckets) {
            this.buckets = buckets;
        }

        public void succeeded() {
            buckets.forEach(b -> take(b, b.startsWith(ADDRESS) ? perAddress : perNameAndAddress, -1));
        }
    }

    private static final String ADDRESS = "login:ip:";

    /** Charges one attempt of {@code name} from {@code address}, or refuses it with a 429 problem. */
    public Attempt charge(String kind, String name, String address) {
        String byAddress = ADDRESS + address;
        refuseUnless(take(byAddress, perAddress, 1));
        String byName = byName(kind, name, address);
        Decision named = take(byName, perNameAndAddress, 1);
        if (!named.allowed()) {
            take(byAddress, perAddress, -1); // this attempt was not made
            refuseUnless(named);
        }
        return new Attempt(List.of(byAddress, byName));
    }

    /**
     * For service clients: refuses while either bucket is empty, without charging; {@link #failed} charges a wrong
     * secret. A service asks for tokens of many tenants at once (a replica starting, checkouts of new tenants), and
     * charging each success first refused the legitimate ones past the burst. Guessing in parallel is possible only
     * from the internal network, where the endpoint is reachable at all.
     */
    public void checkOpen(String kind, String name, String address) {
        refuseUnless(take(ADDRESS + address, perAddress, 0));
        refuseUnless(take(byName(kind, name, address), perNameAndAddress, 0));
    }

    public void failed(String kind, String name, String address) {
        take(ADDRESS + address, perAddress, 1);
        take(byName(kind, name, address), perNameAndAddress, 1);
    }

    private static String byName(String kind, String name, String address) {
        return "login:" + kind + ":" + nameBucket(name) + ":ip:" + address;
    }

    static int nameBucket(String name) {
        return Integer.parseInt(Sha256.hex(name.toLowerCase()).substring(0, 2), 16) % NAME_BUCKETS;
    }

    private Decision take(String bucket, RateLimiter.Limit limit, int cost) {
        return limiter.take(List.of(bucket), limit, cost).await().indefinitely();
    }

    private static void refuseUnless(Decision decision) {
        if (!decision.allowed()) {
            long retry = Math.max(1, decision.retryAfterSeconds());
            throw new ProblemException(429, "login_throttled", "Too Many Requests",
                    "Too many attempts; try again in " + retry + " s.", Map.of("retryAfter", retry));
        }
    }
}
