package com.bakery.gateway.identity.idp;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * An outside identity provider (Keycloak-style) whose tokens the gateway accepts instead of its own users:
 * verified against the provider's JWKS, mapped to a gateway token (tenant and roles from the claims named
 * here) that the services then see.
 */
@ConfigMapping(prefix = "gateway.external-idp")
public interface ExternalIdpConfig {

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
