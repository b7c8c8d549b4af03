package com.bakery.gateway.identity.user;

import com.bakery.common.problem.NotFoundProblem;
import com.bakery.gateway.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

@ApplicationScoped
public class UserRepository {

    // a user with their roles in one row
    private static final String SELECT = "SELECT u.id, u.tenant_id, u.username, u.password_hash, u.enabled, "
            + "u.password_change_required, u.created_at, u.pin_hash, u.pin_failures, "
            + "ARRAY(SELECT r.role FROM user_roles r WHERE r.user_id = u.id) AS roles FROM users u ";

    private final Database db;

    public UserRepository(Database db) {
        this.db = db;
    }

    public Optional<User> findByUsername(String username) {
        return db.first(SELECT + "WHERE u.username = ?", UserRepository::user, username);
    }

    public Optional<User> findById(long id) {
        return db.first(SELECT + "WHERE u.id = ?", UserRepository::user, id);
    }

    /** A user of this tenant; another tenant's user does not exist here (404). */
    public User getInTenant(String tenant, long id) {
        return db.first(SELECT + "WHERE u.id = ? AND u.tenant_id = ?", UserRepository::user, id, tenant)
                .orElseThrow(() -> new NotFoundProblem("user", id));
    }

    /** True when any user belongs to this tenant: the tenant exists. */
    public boolean tenantExists(String tenant) {
        return db.first("SELECT 1 FROM users WHERE tenant_id = ? LIMIT 1", rs -> true, tenant).isPresent();
    }

    /** Holds the tenant's name until the transaction ends, so a check-then-create of the tenant is not raced. */
    public void lockTenantName(String tenant) {
        db.first("SELECT pg_advisory_xact_lock(hashtext(?))", rs -> true, "tenant:" + tenant);
    }

    public List<User> ofTenant(String tenant) {
        return db.list(SELECT + "WHERE u.tenant_id = ? ORDER BY u.id", UserRepository::user, tenant);
    }

    /** Stores a new user and their roles; sets its id. */
    public void persist(User user) {
        user.id = db.first("INSERT INTO users (tenant_id, username, password_hash, enabled, "
                + "password_change_required, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id", rs -> rs.getLong(1),
                user.tenantId, user.username, user.passwordHash, user.enabled, user.passwordChangeRequired,
                user.createdAt).orElseThrow();
        insertRoles(user);
    }

    /** Writes a stored user's fields and roles back. */
    public void update(User user) {
        db.update("UPDATE users SET tenant_id = ?, password_hash = ?, enabled = ?, password_change_required = ? "
                + "WHERE id = ?", user.tenantId, user.passwordHash, user.enabled, user.passwordChangeRequired, user.id);
        db.update("DELETE FROM user_roles WHERE user_id = ?", user.id);
        insertRoles(user);
    }

    /** Sets a new PIN, which unlocks a locked one. */
    public void setPin(long userId, String pinHash) {
        db.update("UPDATE users SET pin_hash = ?, pin_failures = 0 WHERE id = ?", pinHash, userId);
    }

    /**
     * Takes one of the user's PIN attempts before the PIN is checked; false when none is left (locked). Counted in
     * one statement, so guesses sent at once cannot check more PINs than the attempts allow.
     */
    public boolean chargePinAttempt(long userId) {
        return db.update("UPDATE users SET pin_failures = pin_failures + 1 WHERE id = ? AND pin_failures < ?", userId,
                Pins.ATTEMPTS) == 1;
    }

    /** The PIN was right: its attempts start again. */
    public void clearPinFailures(long userId) {
        db.update("UPDATE users SET pin_failures = 0 WHERE id = ?", userId);
    }

    public void delete(User user) {
        db.update("DELETE FROM users WHERE id = ?", user.id); // its roles go with it (ON DELETE CASCADE)
    }

    private void insertRoles(User user) {
        if (!user.roles.isEmpty()) {
            db.update("INSERT INTO user_roles (user_id, role) SELECT ?, unnest(?::text[])", user.id,
                    user.roles.toArray(String[]::new));
        }
    }

    private static User user(ResultSet rs) throws SQLException {
        User user = new User();
        user.id = rs.getLong("id");
        user.tenantId = rs.getString("tenant_id");
        user.username = rs.getString("username");
        user.passwordHash = rs.getString("password_hash");
        user.enabled = rs.getBoolean("enabled");
        user.passwordChangeRequired = rs.getBoolean("password_change_required");
        user.createdAt = Database.instant(rs, "created_at");
        user.pinHash = rs.getString("pin_hash");
        user.pinFailures = rs.getInt("pin_failures");
        user.roles = new TreeSet<>(Arrays.asList((String[]) rs.getArray("roles").getArray()));
        return user;
    }
}
