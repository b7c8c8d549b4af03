package com.bakery.gateway.identity.till;

import java.time.Instant;
import java.util.UUID;

/**
 * A shop's device registered as a till (table {@code till}); revoked ones are kept for the sessions that named them.
 */
public record Till(UUID id, String tenantId, String name, Instant createdAt, Instant revokedAt) {
}
