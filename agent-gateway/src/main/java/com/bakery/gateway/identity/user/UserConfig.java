package com.bakery.gateway.identity.user;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Passwords' hashing, and the dev profile's demo users. */
@ConfigMapping(prefix = "gateway")
public interface UserConfig {

    Demo demo();

    PasswordHashing passwordHashing();

    interface PasswordHashing {
        /** Argon2 derivations run at once; each holds 19 MiB of heap while it runs, so the rest wait. */
        @WithDefault("2")
        int concurrency();
    }

    interface Demo {
        /** Dev only: create tenants north and south with one user per role. */
        @WithDefault("false")
        boolean enabled();

        String password();
    }
}
