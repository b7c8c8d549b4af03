package com.bakery.gateway.audit;

import com.bakery.common.page.Page;
import com.bakery.common.security.CurrentUser;
import com.bakery.gateway.db.Database;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The audit trail, for auditors and admins: their tenant's records, and the verification of the whole chain. */
@Path("/api/admin/audit")
@RolesAllowed({ "auditor", "admin" })
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record Entry(long id, long time, String requestId, String tenant, String subject, String method,
            String path, int status, long latencyMs, String clientIp, String denial, String detail, String hash) {
    }

    private final AuditTrail trail;
    private final AuditVerifier verifier;
    private final Database db;
    private final CurrentUser user;

    public AuditResource(AuditTrail trail, AuditVerifier verifier, Database db, CurrentUser user) {
        this.trail = trail;
        this.verifier = verifier;
        this.db = db;
        this.user = user;
    }

    @GET
    public Page<Entry> list(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(db.list("SELECT id, at_ms, request_id, tenant, subject, method, path, status, latency_ms, "
                + "client_ip, denial, detail, hash FROM audit.audit_record WHERE tenant = ? AND id > ? ORDER BY id LIMIT ?",
                rs -> new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getInt(8), rs.getLong(9), rs.getString(10),
                        rs.getString(11), rs.getString(12), rs.getString(13)),
                user.tenant(), after, limit + 1), limit, Entry::id, entry -> entry);
    }

    /**
     * {@code {"valid", "checked", "firstBrokenId", "fromId"}} over the chain (every tenant's records are links):
     * from the last verification on, or with {@code full=true} from the first record.
     */
    @GET
    @Path("/verify")
    public AuditVerifier.Verification verify(@QueryParam("full") @DefaultValue("false") boolean full) {
        trail.flush();
        return verifier.verify(full);
    }
}
