package com.bakery.common.idempotency;

import com.bakery.common.problem.Problem;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.Sha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Honours {@code Idempotency-Key}: the first request with a key runs and its answer is stored in the same
 * transaction as its effects (in the {@code idempotency_key} table of the calling service's own schema); a retry
 * with the same key and body gets that answer again and changes nothing;
 * the same key with another body is refused (422). Two concurrent requests with one key are serialised by the
 * key's primary key: the second waits for the first to commit, then replays it.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    private final EntityManager em;
    private final ObjectMapper json;

    public Idempotency(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Refuses a request that must carry a key (one that moves money, say) and has none or a malformed one. */
    public static String require(String key, String why) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(
                    "This request needs an Idempotency-Key header of 1 to 200 characters, " + why + ".",
                    List.of(new Problem.FieldError(HEADER, "is required, 1 to 200 characters")));
        }
        return key;
    }

    /**
     * Runs {@code action} once per key and request: the same key and request again replay its answer, the same key
     * with another request is refused. A missing or malformed key is refused first ({@code why}: what it protects).
     */
    @Transactional
    public Response once(String tenant, String key, String why, String operation, Object request,
            Supplier<Response> action) {
        require(key, why);
        String hash = hash(operation, request);
        int claimed = em.createNativeQuery("INSERT INTO idempotency_key (tenant_id, key, request_hash, "
                + "response_status, response_body) VALUES (?1, ?2, ?3, 0, '') ON CONFLICT DO NOTHING")
                .setParameter(1, tenant).setParameter(2, key).setParameter(3, hash).executeUpdate();
        if (claimed == 0) {
            return replay(tenant, key, hash);
        }
        Response response = action.get();
        em.createNativeQuery("UPDATE idempotency_key SET response_status = ?3, response_body = ?4 "
                + "WHERE tenant_id = ?1 AND key = ?2")
                .setParameter(1, tenant).setParameter(2, key)
                .setParameter(3, response.getStatus()).setParameter(4, write(response.getEntity()))
                .executeUpdate();
        return response;
    }

    private Response replay(String tenant, String key, String hash) {
        Object[] stored = (Object[]) em.createNativeQuery("SELECT request_hash, response_status, response_body "
                + "FROM idempotency_key WHERE tenant_id = ?1 AND key = ?2")
                .setParameter(1, tenant).setParameter(2, key).getSingleResult();
        if (!hash.equals(stored[0])) {
            throw ProblemException.unprocessable("idempotency_key_reused",
                    "This Idempotency-Key was already used for a different request.");
        }
        return Response.status(((Number) stored[1]).intValue()).type(MediaType.APPLICATION_JSON)
                .entity(stored[2]).header("Idempotent-Replayed", "true").build();
    }

    private String hash(String operation, Object request) {
        return Sha256.hex(operation + "\n" + write(request));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
