package com.bakery.gateway.identity.user;

import com.bakery.gateway.db.Database;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A person who signs in; belongs to exactly one tenant (table {@code users}, roles in {@code user_roles}). */
public class User {

    /** Null until stored. */
    public Long id;
    public String tenantId;
    public String username;
    /** Argon2id in PHC string form; never the password. */
    public String passwordHash;
    public Set<String> roles = new TreeSet<>();
    /** A disabled user cannot sign in; their tenant's admin can enable them again. */
    public boolean enabled = true;
    /** Set for a one-time password: no token is issued until the user has chosen their own. */
    public boolean passwordChangeRequired;
    /** Argon2id of the till PIN; null until one is set. */
    public String pinHash;
    /** Wrong PINs since the last right one; at {@link Pins#ATTEMPTS} the PIN is locked until a new one is set. */
    public int pinFailures;
    public Instant createdAt = Database.now();
}
