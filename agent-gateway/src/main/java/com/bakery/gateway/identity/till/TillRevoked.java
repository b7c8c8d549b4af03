package com.bakery.gateway.identity.till;

import java.util.UUID;

/** A CDI event: an admin revoked a till, so every session on it must end (observed within the transaction). */
public record TillRevoked(UUID tillId) {
}
