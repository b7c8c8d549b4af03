package com.bakery.common.request;

import com.bakery.common.security.CurrentUser;
import io.opentelemetry.api.trace.Span;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

/**
 * The request id the gateway set ({@code X-Request-Id}), or a new one for a call that did not pass through it:
 * put in the logging context (every log line of the request shows it, with the caller's tenant and subject once the
 * token is verified), on the request's trace span ({@code bakery.request_id}), echoed on the answer, and passed on
 * by the REST clients ({@link RequestIdPropagation}), so one id follows a checkout through every service.
 */
@Provider
public class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final String SPAN_ATTRIBUTE = "bakery.request_id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Inject
    RoutingContext routing;

    @Override
    public void filter(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        Span.current().setAttribute(SPAN_ATTRIBUTE, id);
        // the identity only when a secured endpoint has already verified the token: asking for it here would
        // authenticate requests to open endpoints too
        if (routing.user() instanceof QuarkusHttpUser user) {
            caller(user.getSecurityIdentity());
        }
    }

    private static void caller(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            MDC.put(LogFields.SUBJECT, jwt.getSubject());
            Object tenant = jwt.getClaim(CurrentUser.TENANT_CLAIM);
            if (tenant != null) {
                MDC.put(LogFields.TENANT, tenant.toString());
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
        MDC.remove(MDC_KEY);
        MDC.remove(LogFields.SUBJECT);
        MDC.remove(LogFields.TENANT);
    }
}
