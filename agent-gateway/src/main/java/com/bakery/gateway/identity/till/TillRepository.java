package com.bakery.gateway.identity.till;

import com.bakery.gateway.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TillRepository {

    private static final String SELECT = "SELECT id, tenant_id, name, created_at, revoked_at FROM till ";

    private final Database db;

    public TillRepository(Database db) {
        this.db = db;
    }

    public void insert(Till till, String tokenHash) {
        db.update("INSERT INTO till (id, tenant_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)", till.id(),
                till.tenantId(), till.name(), tokenHash, till.createdAt());
    }

    /** The till holding this device token, unless revoked. */
    public Optional<Till> byTokenHash(String hash) {
        return db.first(SELECT + "WHERE token_hash = ? AND revoked_at IS NULL", TillRepository::till, hash);
    }

    public Optional<Till> find(UUID id) {
        return db.first(SELECT + "WHERE id = ?", TillRepository::till, id);
    }

    public List<Till> activeOf(String tenant) {
        return db.list(SELECT + "WHERE tenant_id = ? AND revoked_at IS NULL ORDER BY lower(name)", TillRepository::till,
                tenant);
    }

    /** Revokes the tenant's till; false when it is not theirs or was revoked already. */
    public boolean revoke(String tenant, UUID id) {
        return db.update("UPDATE till SET revoked_at = ? WHERE id = ? AND tenant_id = ? AND revoked_at IS NULL",
                Database.now(), id, tenant) == 1;
    }

    private static Till till(ResultSet rs) throws SQLException {
        return new Till(rs.getObject("id", UUID.class), rs.getString("tenant_id"), rs.getString("name"),
                Database.instant(rs, "created_at"), Database.instant(rs, "revoked_at"));
    }
}
