package com.bakery.gateway.assistant;

import java.util.Set;

/** Who asks: their bearer token (passed on to every service call), tenant, name and roles. */
public record Asker(String token, String tenant, String subject, Set<String> roles) {

    public String authorization() {
        return "Bearer " + token;
    }

    public boolean hasAnyRole(Set<String> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }
}
