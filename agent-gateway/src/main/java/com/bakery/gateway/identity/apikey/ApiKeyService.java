package com.bakery.gateway.identity.apikey;

import com.bakery.common.problem.NotFoundProblem;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.Sha256;
import com.bakery.gateway.db.Database;
import com.bakery.gateway.identity.token.TokenService;
import com.bakery.gateway.identity.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys {@code bk_<prefix>_<secret>}: the prefix finds the key, the secret (256 random bits) proves it and is
 * kept only as a SHA-256 (a slow hash buys nothing for a secret this long). A key is exchanged for a short-lived
 * token with {@code sub} {@code apikey:<id>}; a revoked key is refused at once.
 */
@ApplicationScoped
@Transactional
public class ApiKeyService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("bk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");

    public record Created(ApiKey key, String secret) {
    }

    private final TokenService tokens;
    private final ApiKeyRepository keys;

    public ApiKeyService(TokenService tokens, ApiKeyRepository keys) {
        this.tokens = tokens;
        this.keys = keys;
    }

    public Created create(String tenant, String creator, String name, Set<String> roles) {
        List<String> unknown = roles.stream().filter(r -> !Role.isKnown(r) || r.equals("admin")).sorted().toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid("roles", "an API key may carry manager, baker, cashier or auditor, not "
                    + String.join(", ", unknown));
        }
        byte[] prefix = new byte[8];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(prefix);
        RANDOM.nextBytes(secret);
        ApiKey key = new ApiKey();
        key.tenantId = tenant;
        key.name = name;
        key.prefix = HexFormat.of().formatHex(prefix);
        String secretText = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        key.secretHash = sha256(secretText);
        key.roles = String.join(",", new TreeSet<>(roles));
        key.createdBy = creator;
        keys.persist(key);
        return new Created(key, "bk_" + key.prefix + "_" + secretText);
    }

    public List<ApiKey> list(String tenant) {
        return keys.ofTenant(tenant);
    }

    public ApiKey revoke(String tenant, long id) {
        ApiKey key = keys.findInTenant(tenant, id).orElseThrow(() -> new NotFoundProblem("API key", id));
        if (key.revokedAt == null) {
            keys.markRevoked(key, Database.now());
        }
        return key;
    }

    /** A token for a valid, unrevoked key; empty for anything else (never says which). */
    public Optional<TokenService.IssuedToken> exchange(String presented) {
        Matcher m = presented == null ? null : FORMAT.matcher(presented.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        Optional<ApiKey> found = keys.findByPrefix(m.group(1));
        boolean valid = found.isPresent() && MessageDigest.isEqual(
                found.get().secretHash.getBytes(StandardCharsets.UTF_8),
                sha256(m.group(2)).getBytes(StandardCharsets.UTF_8)) && found.get().revokedAt == null;
        if (!valid) {
            return Optional.empty();
        }
        ApiKey key = found.get();
        keys.markUsed(key, Database.now());
        return Optional.of(tokens.issue("apikey:" + key.id, key.tenantId, new TreeSet<>(List.of(key.roles.split(",")))));
    }

    private static String sha256(String text) {
        return Sha256.hex(text);
    }
}
