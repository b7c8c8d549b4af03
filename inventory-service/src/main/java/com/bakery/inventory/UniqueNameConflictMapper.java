package com.bakery.inventory;

import com.bakery.common.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The services check names before inserting, but two requests creating the same name at the same moment can both
 * pass the check; the unique index then refuses the second. It gets the same 409 the check would have given.
 */
public class UniqueNameConflictMapper {

    private static final Map<String, String> CODES = Map.of(
            "material_tenant_name_key", "material_name_taken",
            "product_tenant_name_key", "product_name_taken",
            "recipe_tenant_name_key", "recipe_name_taken");

    @ServerExceptionMapper
    public Response conflict(ConstraintViolationException e, UriInfo uri) {
        String code = CODES.get(e.getConstraintName());
        if (code == null) {
            throw e;
        }
        Problem problem = Problem.of(409, code, "Conflict", "Another request just created something with this name.")
                .withInstance(uri.getRequestUri().getRawPath());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
