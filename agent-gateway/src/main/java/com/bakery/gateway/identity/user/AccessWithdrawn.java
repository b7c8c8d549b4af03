package com.bakery.gateway.identity.user;

/**
 * A CDI event: an admin disabled, deleted or reset the password of a user, so the user's open sign-ins must end
 * (observed by the session package, within the same transaction).
 */
public record AccessWithdrawn(long userId, Why why) {

    public enum Why {
        DISABLED, DELETED, PASSWORD_RESET
    }
}
