package com.bakery.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The assistant behind POST /api/agent/ask. */
    Assistant assistant();

    interface Assistant {
        /** {@code local} (the offline intent parser) or {@code gemini} (used only with a key). */
        @WithDefault("local")
        String provider();

        Gemini gemini();
    }

    interface Gemini {
        /** {@code GEMINI_API_KEY}; without it the local provider answers. */
        Optional<String> apiKey();

        @WithDefault("gemini-2.5-flash")
        String model();

        /** Model turns at most per ask (each may call tools). */
        @WithDefault("5")
        int maxSteps();

        /** Tokens at most per ask, counted from the API's usage metadata. */
        @WithDefault("20000")
        int maxTokens();

        @WithDefault("1024")
        int maxOutputTokens();

        /** Time at most per ask, tool calls included. */
        @WithDefault("25s")
        Duration maxTime();
    }

    Jwt jwt();

    /** Where each routed service lives: {@code /api/<name>/**} goes to {@code services.<name>}. */
    Map<String, URI> services();

    /** Each routed service's management interface, where {@code /healthz} asks for its readiness (same names). */
    Map<String, URI> management();

    /** How long a routed service may stay silent before the client gets a 504. */
    @WithDefault("30s")
    Duration upstreamTimeout();

    /** How long /healthz waits for one service's readiness. */
    @WithDefault("2s")
    Duration healthTimeout();

    Demo demo();

    PasswordHashing passwordHashing();

    interface PasswordHashing {
        /** Argon2 derivations run at once; each holds 19 MiB of heap while it runs, so the rest wait. */
        @WithDefault("2")
        int concurrency();
    }

    /**
     * Services acting on their own (a recovery job, an event consumer), by client id: the secret each presents
     * to {@code POST /auth/service-token} for a token with role {@code service} in a tenant.
     */
    Map<String, String> serviceClients();

    /** {@code SERVICE_TOKEN_NETWORKS}: where services ask for their tokens from; never the internet. */
    List<String> serviceTokenNetworks();

    RateLimit rateLimit();

    /**
     * Proxies in front of the gateway whose X-Forwarded-For and X-Forwarded-Proto are believed: addresses or CIDR
     * ranges ({@code TRUSTED_PROXIES=10.0.0.0/8,fd00::/8}).
     */
    Optional<List<String>> trustedProxies();

    /** Browser origins allowed to call the API (CORS); none by default. */
    Optional<List<String>> allowedOrigins();

    /** Refuse plain HTTP (GET and HEAD are redirected to https). */
    @WithDefault("false")
    boolean enforceHttps();

    Audit audit();

    /**
     * An outside identity provider (Keycloak-style) whose tokens the gateway accepts instead of its own users:
     * verified against the provider's JWKS, mapped to a gateway token (tenant and roles from the claims named
     * here) that the services then see.
     */
    ExternalIdp externalIdp();

    interface ExternalIdp {
        Optional<String> issuer();

        Optional<String> jwksUrl();

        Optional<String> audience();

        /** Dotted path of the claim holding the tenant. */
        @WithDefault("tenant")
        String tenantClaim();

        /** Dotted path of the claim holding the roles (Keycloak: realm_access.roles). */
        @WithDefault("realm_access.roles")
        String rolesClaim();

        /** The claim that names the user; {@code sub} when absent from a token. */
        @WithDefault("preferred_username")
        String subjectClaim();
    }

    /** Feature flags' defaults ({@code gateway.flags.<name>.enabled}, {@code .rollout-percent}); tenants override. */
    Map<String, FlagDefault> flags();

    interface FlagDefault {
        @WithDefault("false")
        boolean enabled();

        @WithDefault("100")
        int rolloutPercent();
    }

    interface Audit {
        /** Where audit records go besides the hash-chained table: stdout, file, splunk, webhook. */
        Optional<List<String>> sinks();

        /** The file sink's path (JSON lines). */
        Optional<String> file();

        Optional<String> splunkHecUrl();

        Optional<String> splunkHecToken();

        Optional<String> webhookUrl();

        /** Records waiting for each sink; beyond this, new records are dropped for that sink (and counted). */
        @WithDefault("10000")
        int queueSize();

        /** Attempts per batch before a sink gives it up (each failure counted). */
        @WithDefault("5")
        int attempts();

        /**
         * Signs the chain's checkpoints (HMAC-SHA256). Kept outside the database, so whoever can write the audit
         * tables cannot make a checkpoint that verifies, and a cut tail shows.
         */
        String checkpointKey();

        /** Keys checkpoints were signed with before a rotation: still accepted, never used to sign. */
        Optional<List<String>> previousCheckpointKeys();

        /**
         * How long records stay in the database; older ones are written to {@link #archiveDir()} and removed
         * (never sooner than the database's own minimum, {@code AUDIT_MIN_RETENTION_DAYS}). Empty: kept forever.
         */
        Optional<java.time.Duration> retention();

        /** Where archived records go, one JSON-lines file per archived stretch of the chain. */
        @WithDefault("audit-archive")
        String archiveDir();

        /** How often the archiver looks for records past the retention ({@code off}: never). */
        @WithDefault("1h")
        String archiveEvery();
    }

    /**
     * Token buckets in Redis: one per (tenant, user or API key, route group) and one per (tenant, route group).
     * A user's limit is, by precedence, its tenant's override, its route group's, or the default.
     */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** The default per-user limit ({@code RATE_LIMIT} per minute, bucket of {@code RATE_LIMIT_BURST}). */
        Limit perUser();

        /** The limit of a whole tenant, all its users together. */
        Limit perTenant();

        /** Failed logins allowed per user name, and per client address, before logins are refused a while. */
        Limit loginFailuresPerUser();

        Limit loginFailuresPerIp();

        /** Providers' webhook deliveries per client address: generous, and apart from other anonymous traffic. */
        Limit webhooks();

        /** Requests without credentials per client address, refused before they are audited. */
        Limit anonymous();

        /** Per caller, the gateway's own endpoints by group: agent, admin, verify, exchange, health. */
        Map<String, Limit> ownEndpoints();

        /** Per-user limits of route groups ({@code inventory}, {@code sales}, ..., {@code auth}). */
        Map<String, Limit> routes();

        /** Per-user limits of given tenants (seed 001's per-tenant limits). */
        Map<String, Limit> tenants();

        /** What holds while Redis cannot be reached: OPEN (a per-replica limiter in memory) or CLOSED (503). */
        @WithDefault("open")
        FailurePolicy failurePolicy();

        /** How long a request waits for Redis before the failure policy applies. */
        @WithDefault("500ms")
        Duration redisTimeout();

        interface Limit {
            int perMinute();

            int burst();
        }

        enum FailurePolicy { OPEN, CLOSED }
    }

    interface Jwt {
        String issuer();

        String audience();

        /** PEM file with the RSA private key that signs tokens. */
        String privateKeyLocation();

        /** PEM file with the matching public key, published in the JWKS. */
        String publicKeyLocation();

        /** After a rotation: the previous public key, still published and accepted until its tokens expire. */
        Optional<String> previousPublicKeyLocation();

        /** Where the gateway writes the JWKS it verifies its own endpoints' tokens against. */
        String verificationKeysFile();

        @WithDefault("15m")
        Duration tokenLifetime();

        /** Dev and test only: create a key pair at the locations above when none exists. */
        @WithDefault("false")
        boolean generateMissingKeys();
    }

    interface Demo {
        /** Dev only: create tenants north and south with one user per role. */
        @WithDefault("false")
        boolean enabled();

        String password();
    }
}
