package com.bakery.gateway.identity.session;

import com.bakery.gateway.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SessionRepository {

    /** A stored session, as a refresh finds it. */
    public record StoredSession(UUID id, String tenantId, long userId, UUID tillId, Instant expiresAt,
            Instant endedAt) {
    }

    /** A session as an admin sees it. */
    public record SessionView(UUID id, long userId, String username, String till, Instant createdAt,
            Instant expiresAt) {
    }

    private final Database db;

    public SessionRepository(Database db) {
        this.db = db;
    }

    public void insert(UUID id, String tenant, long userId, UUID till, Instant expiresAt) {
        db.update("INSERT INTO session (id, tenant_id, user_id, till_id, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, tenant, userId, till, Database.now(), expiresAt);
    }

    public void insertToken(String hash, UUID session) {
        db.update("INSERT INTO refresh_token (token_hash, session_id, issued_at) VALUES (?, ?, ?)", hash, session,
                Database.now());
    }

    /**
     * Marks the token used and answers its session; empty when it is unknown or was used already. The update holds
     * the token's row, so of two refreshes with one token the second waits and then finds it used.
     */
    public Optional<UUID> rotate(String hash) {
        return db.first("UPDATE refresh_token SET rotated_at = ? WHERE token_hash = ? AND rotated_at IS NULL "
                + "RETURNING session_id", rs -> rs.getObject(1, UUID.class), Database.now(), hash);
    }

    /** The session of a token whether used or not. */
    public Optional<UUID> sessionOfToken(String hash) {
        return db.first("SELECT session_id FROM refresh_token WHERE token_hash = ?", rs -> rs.getObject(1, UUID.class),
                hash);
    }

    public Optional<StoredSession> find(UUID id) {
        return db.first("SELECT id, tenant_id, user_id, till_id, expires_at, ended_at FROM session WHERE id = ?",
                rs -> new StoredSession(rs.getObject("id", UUID.class), rs.getString("tenant_id"),
                        rs.getLong("user_id"), rs.getObject("till_id", UUID.class), Database.instant(rs, "expires_at"),
                        Database.instant(rs, "ended_at")), id);
    }

    /** Ends the session if open; true when this call ended it. */
    public boolean end(UUID id, EndReason reason) {
        return db.update("UPDATE session SET ended_at = ?, ended_reason = ? WHERE id = ? AND ended_at IS NULL",
                Database.now(), reason.column(), id) == 1;
    }

    /** Ends every open session of the user; answers the ones it ended. */
    public List<UUID> endAllOf(long userId, EndReason reason) {
        return db.list("UPDATE session SET ended_at = ?, ended_reason = ? WHERE user_id = ? AND ended_at IS NULL "
                + "RETURNING id", rs -> rs.getObject(1, UUID.class), Database.now(), reason.column(), userId);
    }

    /** Ends every open session on the till; answers the ones it ended. */
    public List<UUID> endAllOnTill(UUID till, EndReason reason) {
        return db.list("UPDATE session SET ended_at = ?, ended_reason = ? WHERE till_id = ? AND ended_at IS NULL "
                + "RETURNING id", rs -> rs.getObject(1, UUID.class), Database.now(), reason.column(), till);
    }

    /** The tenant's sessions still open, newest first. */
    public List<SessionView> openOf(String tenant) {
        return db.list("SELECT s.id, s.user_id, u.username, t.name AS till, s.created_at, s.expires_at FROM session s "
                + "JOIN users u ON u.id = s.user_id LEFT JOIN till t ON t.id = s.till_id "
                + "WHERE s.tenant_id = ? AND s.ended_at IS NULL AND s.expires_at > ? "
                + "ORDER BY s.created_at DESC LIMIT 500", rs -> new SessionView(rs.getObject("id", UUID.class),
                        rs.getLong("user_id"), rs.getString("username"), rs.getString("till"),
                        Database.instant(rs, "created_at"), Database.instant(rs, "expires_at")), tenant,
                Database.now());
    }

    public Optional<String> tenantOf(UUID id) {
        return db.first("SELECT tenant_id FROM session WHERE id = ?", rs -> rs.getString(1), id);
    }

    public Optional<Integer> lifetimeMinutes(String tenant) {
        return db.first("SELECT lifetime_minutes FROM session_settings WHERE tenant_id = ?", rs -> rs.getInt(1),
                tenant);
    }

    public void setLifetimeMinutes(String tenant, int minutes) {
        db.update("INSERT INTO session_settings (tenant_id, lifetime_minutes) VALUES (?, ?) "
                + "ON CONFLICT (tenant_id) DO UPDATE SET lifetime_minutes = EXCLUDED.lifetime_minutes", tenant,
                minutes);
    }
}
