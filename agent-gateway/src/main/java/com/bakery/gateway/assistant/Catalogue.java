package com.bakery.gateway.assistant;

import java.util.List;

/** The names a tenant's data knows, so that "flour" in a question becomes material 12. */
public record Catalogue(List<Named> materials, List<Named> products, List<Named> recipes) {

    public record Named(long id, String name) {
    }

    public static Catalogue empty() {
        return new Catalogue(List.of(), List.of(), List.of());
    }
}
