package com.bakery.common.security;

/**
 * A manager's approval, given with their PIN at a till for one action (a discount above the tenant's threshold): a
 * short-lived token the gateway signs for a separate audience, so no service takes it as an access token, and the
 * service doing the action checks it (signature, audience, tenant, till, role) and spends its id once.
 */
public final class Approvals {

    public static final String AUDIENCE = "bakery-approval";
    /** The claim naming the approved action. */
    public static final String CLAIM = "approval";
    public static final String DISCOUNT = "discount";

    private Approvals() {
    }
}
