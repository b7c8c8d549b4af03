package com.bakery.gateway.identity.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Sign-in sessions: how long one lasts unless its tenant set its own length ({@code /api/admin/session-settings}). */
@ConfigMapping(prefix = "gateway.sessions")
public interface SessionConfig {

    /** A shift and its margins: the password is asked again after this. */
    @WithDefault("12h")
    Duration lifetime();
}
