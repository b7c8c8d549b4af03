package com.bakery.common.request;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.MDC;

/** Passes the current request's id on to the service a REST client calls. */
@Provider
public class RequestIdPropagation implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        Object id = MDC.get(RequestIdFilter.MDC_KEY);
        if (id != null && !request.getHeaders().containsKey(RequestIdFilter.HEADER)) {
            request.getHeaders().putSingle(RequestIdFilter.HEADER, id.toString());
        }
    }
}
