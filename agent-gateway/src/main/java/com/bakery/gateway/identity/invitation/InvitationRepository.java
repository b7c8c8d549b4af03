package com.bakery.gateway.identity.invitation;

import com.bakery.gateway.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

@ApplicationScoped
public class InvitationRepository {

    private static final String SELECT = "SELECT id, tenant_id, username, roles, created_by, created_at, expires_at, "
            + "accepted_at, withdrawn_at FROM invitation ";

    private final Database db;

    public InvitationRepository(Database db) {
        this.db = db;
    }

    public void insert(Invitation invitation, String codeHash) {
        db.update("INSERT INTO invitation (id, tenant_id, username, roles, code_hash, created_by, created_at, "
                + "expires_at) VALUES (?, ?, ?, ?::text[], ?, ?, ?, ?)", invitation.id(), invitation.tenantId(),
                invitation.username(), invitation.roles().toArray(String[]::new), codeHash, invitation.createdBy(),
                invitation.createdAt(), invitation.expiresAt());
    }

    /** The invitation of a code, held until the transaction ends: a code raced twice is accepted once. */
    public Optional<Invitation> lockByCodeHash(String hash) {
        return db.first(SELECT + "WHERE code_hash = ? FOR UPDATE", InvitationRepository::invitation, hash);
    }

    public void accepted(UUID id) {
        db.update("UPDATE invitation SET accepted_at = ? WHERE id = ?", Database.now(), id);
    }

    public boolean withdraw(String tenant, UUID id) {
        return db.update("UPDATE invitation SET withdrawn_at = ? WHERE id = ? AND tenant_id = ? "
                + "AND accepted_at IS NULL AND withdrawn_at IS NULL", Database.now(), id, tenant) == 1;
    }

    /** The tenant's invitations not yet accepted or withdrawn (expired ones included, so an admin sees them). */
    public List<Invitation> openOf(String tenant) {
        return db.list(SELECT + "WHERE tenant_id = ? AND accepted_at IS NULL AND withdrawn_at IS NULL "
                + "ORDER BY created_at DESC LIMIT 200", InvitationRepository::invitation, tenant);
    }

    private static Invitation invitation(ResultSet rs) throws SQLException {
        return new Invitation(rs.getObject("id", UUID.class), rs.getString("tenant_id"), rs.getString("username"),
                new TreeSet<>(Arrays.asList((String[]) rs.getArray("roles").getArray())), rs.getString("created_by"),
                Database.instant(rs, "created_at"), Database.instant(rs, "expires_at"),
                Database.instant(rs, "accepted_at"), Database.instant(rs, "withdrawn_at"));
    }
}
