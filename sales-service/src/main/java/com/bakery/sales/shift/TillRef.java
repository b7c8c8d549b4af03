package com.bakery.sales.shift;

import com.bakery.common.security.CurrentUser;
import java.util.Optional;

/** The registered till a caller switched in on (from the token's {@code till} and {@code till_name} claims). */
public record TillRef(String id, String name) {

    public static Optional<TillRef> of(CurrentUser user) {
        return user.till().map(id -> new TillRef(id, user.tillName().orElse(id)));
    }
}
