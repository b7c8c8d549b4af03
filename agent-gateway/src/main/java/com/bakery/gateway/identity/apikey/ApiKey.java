package com.bakery.gateway.identity.apikey;

import com.bakery.gateway.db.Database;
import java.time.Instant;

/** A machine client's key (table {@code api_key}): only a hash of its secret is kept; shown once, at creation. */
public class ApiKey {

    /** Null until stored. */
    public Long id;
    public String tenantId;
    public String name;
    public String prefix;
    public String secretHash;
    /** Comma-separated roles the key's tokens carry. */
    public String roles;
    public String createdBy;
    public Instant createdAt = Database.now();
    public Instant lastUsedAt;
    public Instant revokedAt;
}
