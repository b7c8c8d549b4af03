package com.bakery.gateway.identity.invitation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An invitation to join a tenant as a user name with roles (table {@code invitation}). */
public record Invitation(UUID id, String tenantId, String username, Set<String> roles, String createdBy,
        Instant createdAt, Instant expiresAt, Instant acceptedAt, Instant withdrawnAt) {

    public boolean pending(Instant now) {
        return acceptedAt == null && withdrawnAt == null && now.isBefore(expiresAt);
    }
}
