package com.bakery.gateway.identity.apikey;

import com.bakery.gateway.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiKeyRepository {

    private static final String SELECT = "SELECT id, tenant_id, name, prefix, secret_hash, roles, created_by, "
            + "created_at, last_used_at, revoked_at FROM api_key ";

    private final Database db;

    public ApiKeyRepository(Database db) {
        this.db = db;
    }

    /** Stores a new key; sets its id. */
    public void persist(ApiKey key) {
        key.id = db.first("INSERT INTO api_key (tenant_id, name, prefix, secret_hash, roles, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id", rs -> rs.getLong(1), key.tenantId, key.name, key.prefix,
                key.secretHash, key.roles, key.createdBy, key.createdAt).orElseThrow();
    }

    public List<ApiKey> ofTenant(String tenant) {
        return db.list(SELECT + "WHERE tenant_id = ? ORDER BY id", ApiKeyRepository::key, tenant);
    }

    public Optional<ApiKey> findInTenant(String tenant, long id) {
        return db.first(SELECT + "WHERE id = ? AND tenant_id = ?", ApiKeyRepository::key, id, tenant);
    }

    public Optional<ApiKey> findByPrefix(String prefix) {
        return db.first(SELECT + "WHERE prefix = ?", ApiKeyRepository::key, prefix);
    }

    public void markRevoked(ApiKey key, Instant at) {
        db.update("UPDATE api_key SET revoked_at = ? WHERE id = ?", at, key.id);
        key.revokedAt = at;
    }

    public void markUsed(ApiKey key, Instant at) {
        db.update("UPDATE api_key SET last_used_at = ? WHERE id = ?", at, key.id);
        key.lastUsedAt = at;
    }

    private static ApiKey key(ResultSet rs) throws SQLException {
        ApiKey key = new ApiKey();
        key.id = rs.getLong("id");
        key.tenantId = rs.getString("tenant_id");
        key.name = rs.getString("name");
        key.prefix = rs.getString("prefix");
        key.secretHash = rs.getString("secret_hash");
        key.roles = rs.getString("roles");
        key.createdBy = rs.getString("created_by");
        key.createdAt = Database.instant(rs, "created_at");
        key.lastUsedAt = Database.instant(rs, "last_used_at");
        key.revokedAt = Database.instant(rs, "revoked_at");
        return key;
    }
}
