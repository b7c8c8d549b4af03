package com.bakery.gateway.identity.session;

/** Why a sign-in session ended before its time (column {@code session.ended_reason}). */
public enum EndReason {
    SIGNED_OUT, REFRESH_TOKEN_REUSED, USER_DISABLED, USER_DELETED, PASSWORD_RESET, REVOKED_BY_ADMIN,
    /** Another staff member switched in on the same till. */
    SWITCHED, TILL_REVOKED;

    public String column() {
        return name().toLowerCase();
    }
}
