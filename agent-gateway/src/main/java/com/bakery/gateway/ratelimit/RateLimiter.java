package com.bakery.gateway.ratelimit;

import com.bakery.gateway.ratelimit.RateLimitConfig.FailurePolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Token buckets in Redis, evaluated by one Lua script per request (atomic, so replicas sharing a Redis never
 * admit more than the limit). Two buckets per request: the caller's own and the tenant's as a whole. When Redis
 * does not answer in time the failure policy holds: OPEN falls back to buckets in this replica's memory, CLOSED
 * refuses; Redis is tried again a second later, so the gateway recovers by itself.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final long RETRY_REDIS_AFTER_MS = 1_000;

    /** A bucket's size and refill rate. */
    public record Limit(int perMinute, int burst) {
        public static Limit of(RateLimitConfig.Limit configured) {
            return new Limit(configured.perMinute(), configured.burst());
        }

        double ratePerMs() {
            return perMinute / 60_000.0;
        }
    }

    private final Redis client;
    private final io.vertx.core.Vertx vertx;
    private final RateLimitConfig config;
    private final String script;
    private final String sha;
    private final LocalBuckets local = new LocalBuckets();
    private final Leases leases = new Leases();
    private final AtomicLong redisDownUntil = new AtomicLong();
    private volatile boolean redisUp = true;

    /** Tests make a second one, as a second replica would. */
    @Inject
    public RateLimiter(Redis client, io.vertx.core.Vertx vertx, RateLimitConfig config) {
        this.client = client;
        this.vertx = vertx;
        this.config = config;
        this.script = load("/ratelimit/token-bucket.lua");
        this.sha = sha1(script);
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** True while Redis answers; false while the failure policy is in force. */
    public boolean redisUp() {
        return redisUp;
    }

    public FailurePolicy policy() {
        return config.failurePolicy();
    }

    /** Requests without credentials per client address. */
    public Limit anonymousLimit() {
        return Limit.of(config.anonymous());
    }

    /** A caller's requests to a group of the gateway's own endpoints; the anonymous limit for a group not listed. */
    public Limit ownEndpointLimit(String group) {
        return Limit.of(config.ownEndpoints().getOrDefault(group, config.anonymous()));
    }

    /** A provider's webhook deliveries per client address. */
    public Limit webhookLimit() {
        return Limit.of(config.webhooks());
    }

    /** The per-user limit for this tenant and route group: the tenant's override, the group's, or the default. */
    public Limit userLimit(String tenant, String group) {
        RateLimitConfig.Limit l = config.tenants().containsKey(tenant) ? config.tenants().get(tenant)
                : config.routes().containsKey(group) ? config.routes().get(group) : config.perUser();
        return new Limit(l.perMinute(), l.burst());
    }

    /**
     * Takes a token for {@code caller} (a user, an API key or a client IP) of {@code tenant} on {@code group}: from
     * the caller's lease in this replica when it has one (see {@link Leases}), otherwise from Redis.
     */
    public Uni<Decision> take(String tenant, String caller, String group) {
        List<String> keys = List.of("rl:{" + tenant + "}:" + group + ":u:" + caller, "rl:{" + tenant + "}:" + group + ":t");
        Limit user = userLimit(tenant, group);
        RateLimitConfig.Limit t = config.perTenant();
        List<Limit> limits = List.of(user, new Limit(t.perMinute(), t.burst()));
        int maxLease = Leases.maxSize(Math.min(user.burst(), t.burst()));
        if (maxLease <= 1) {
            return take(keys, limits, 1).map(Grant::decision);
        }
        long now = System.currentTimeMillis();
        Decision leased = leases.take(keys.get(0), now);
        if (leased != null) {
            return Uni.createFrom().item(leased);
        }
        int wanted = leases.wanted(keys.get(0), maxLease, now);
        return take(keys, limits, wanted).map(grant -> {
            if (grant.decision().allowed() && grant.decision().source() == Decision.Source.REDIS) {
                leases.granted(keys.get(0), wanted, grant.tokens(), grant.decision(), now);
            }
            return grant.decision();
        });
    }

    /** Takes {@code cost} tokens (0: only looks) from each of these buckets, if each has one. */
    public Uni<Decision> take(List<String> names, Limit limit, int cost) {
        return take(names.stream().map(n -> "rl:" + n).toList(), names.stream().map(n -> limit).toList(), cost)
                .map(Grant::decision);
    }

    /** A decision, and how many tokens were taken from each bucket for it. */
    private record Grant(Decision decision, int tokens) {
    }

    /** Takes up to {@code cost} tokens from each bucket, as many as the emptiest holds, if each has one. */
    private Uni<Grant> take(List<String> keys, List<Limit> limits, int cost) {
        if (System.currentTimeMillis() < redisDownUntil.get()) {
            return Uni.createFrom().item(fallback(keys, limits, cost));
        }
        return withinTimeout(eval(keys, limits, cost))
                .map(r -> {
                    if (!redisUp) {
                        LOG.info("Redis answers again: rate limits are shared across replicas again");
                    }
                    redisUp = true;
                    Limit first = limits.get(0);
                    return new Grant(new Decision(r.get(0).toLong() == 1, first.burst(), r.get(1).toLong(),
                            (long) Math.ceil(r.get(2).toLong() / 1000.0), (long) Math.ceil(r.get(3).toLong() / 1000.0),
                            Decision.Source.REDIS), r.get(4).toInteger());
                })
                .onFailure().recoverWithItem(failure -> {
                    if (redisUp) {
                        LOG.warnf("Redis unreachable for rate limiting (%s): policy %s", failure.toString(),
                                config.failurePolicy());
                    }
                    redisUp = false;
                    redisDownUntil.set(System.currentTimeMillis() + RETRY_REDIS_AFTER_MS);
                    return fallback(keys, limits, cost);
                });
    }

    /** This replica's own buckets (fail-open) or a refusal (fail-closed); never leased: one token per request. */
    private Grant fallback(List<String> keys, List<Limit> limits, int cost) {
        int tokens = Math.min(cost, 1);
        Decision decision = config.failurePolicy() == FailurePolicy.OPEN ? local.take(keys, limits, tokens)
                : Decision.unavailable();
        return new Grant(decision, decision.allowed() ? tokens : 0);
    }

    /** Fails when Redis has not answered in time; a Vert.x timer, far cheaper per request than Mutiny's. */
    private Uni<Response> withinTimeout(Uni<Response> call) {
        long timeoutMs = config.redisTimeout().toMillis();
        return Uni.createFrom().emitter(emitter -> {
            long timer = vertx.setTimer(timeoutMs, id -> emitter.fail(new java.util.concurrent.TimeoutException(
                    "Redis did not answer within " + timeoutMs + " ms")));
            call.subscribe().with(response -> {
                if (vertx.cancelTimer(timer)) {
                    emitter.complete(response);
                }
            }, failure -> {
                if (vertx.cancelTimer(timer)) {
                    emitter.fail(failure);
                }
            });
        });
    }

    private Uni<Response> eval(List<String> keys, List<Limit> limits, int cost) {
        List<String> args = new ArrayList<>();
        args.add(sha);
        args.add(String.valueOf(keys.size()));
        args.addAll(keys);
        for (Limit l : limits) {
            args.add(String.valueOf(l.ratePerMs()));
            args.add(String.valueOf(l.burst()));
        }
        args.add(String.valueOf(cost));
        return client.send(request(Command.EVALSHA, args)).onFailure(this::noScript).recoverWithUni(() -> {
            List<String> withScript = new ArrayList<>(args);
            withScript.set(0, script);
            return client.send(request(Command.EVAL, withScript));
        });
    }

    private static Request request(Command command, List<String> args) {
        Request request = Request.cmd(command);
        args.forEach(request::arg);
        return request;
    }

    private boolean noScript(Throwable failure) {
        return String.valueOf(failure.getMessage()).contains("NOSCRIPT");
    }

    /** Pings Redis for readiness, and notices it came back even when no request came through. */
    public Uni<Boolean> ping() {
        return withinTimeout(client.send(Request.cmd(Command.PING)))
                .map(r -> {
                    redisUp = true;
                    redisDownUntil.set(0);
                    return true;
                })
                .onFailure().recoverWithItem(() -> {
                    redisUp = false;
                    return false;
                });
    }

    private static String load(String resource) {
        try (InputStream in = RateLimiter.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
