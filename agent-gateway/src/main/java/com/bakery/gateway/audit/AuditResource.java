package com.bakery.gateway.audit;

import com.bakery.common.page.Page;
import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

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
    private final EntityManager em;
    private final CurrentUser user;

    public AuditResource(AuditTrail trail, AuditVerifier verifier, EntityManager em, CurrentUser user) {
        this.trail = trail;
        this.verifier = verifier;
        this.em = em;
        this.user = user;
    }

    @GET
    @Transactional
    public Page<Entry> list(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, at_ms, request_id, tenant, subject, method, path, "
                + "status, latency_ms, client_ip, denial, detail, hash FROM audit_record WHERE tenant = ?1 AND id > ?2 "
                + "ORDER BY id LIMIT ?3").setParameter(1, user.tenant()).setParameter(2, after)
                .setParameter(3, limit + 1).getResultList();
        return Page.of(rows, limit, r -> ((Number) r[0]).longValue(), r -> new Entry(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], ((Number) r[7]).intValue(), ((Number) r[8]).longValue(), (String) r[9],
                (String) r[10], (String) r[11], (String) r[12]));
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
