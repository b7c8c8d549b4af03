package com.bakery.sales.remote;

/** On whose behalf a call to another service is made: the user's own token, or a service token of the tenant. */
public record Caller(String tenant, String authorization) {

    public static Caller bearer(String tenant, String token) {
        return new Caller(tenant, "Bearer " + token);
    }
}
