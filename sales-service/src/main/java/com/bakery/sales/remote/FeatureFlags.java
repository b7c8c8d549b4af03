package com.bakery.sales.remote;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The tenant's feature flags, as the gateway evaluates them for the user at the till. A flag is a switch for
 * rolling a feature out, not a security boundary: when the gateway cannot be asked, the feature stays on.
 */
@ApplicationScoped
public class FeatureFlags {

    /** Card payments at the till; a tenant's admin switches them off (e.g. while the card reader is away). */
    public static final String CARD_PAYMENTS = "card-payments";

    private static final Logger LOG = Logger.getLogger(FeatureFlags.class);

    private final GatewayClient gateway;

    public FeatureFlags(@RestClient GatewayClient gateway) {
        this.gateway = gateway;
    }

    /** Whether {@code flag} is on for the caller (on when the gateway does not say otherwise). */
    public boolean on(Caller caller, String flag) {
        try {
            GatewayClient.Flags flags = Remote.call("agent-gateway", () -> gateway.flags(caller.authorization()));
            return flags.flags() == null || !Boolean.FALSE.equals(flags.flags().get(flag));
        } catch (RuntimeException e) {
            LOG.warnf("Feature flag %s taken as on: the gateway could not tell (%s)", flag, e.getMessage());
            return true;
        }
    }
}
