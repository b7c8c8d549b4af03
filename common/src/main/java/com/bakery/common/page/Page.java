package com.bakery.common.page;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list: {@code {"items": [...], "next": <cursor or null>}}. Repositories fetch {@code limit + 1}
 * rows; the extra row only tells that there is a next page, whose cursor is the last item's id.
 */
public record Page<T>(List<T> items, String next) {

    public static final int MAX_LIMIT = 200;

    public static <E, T> Page<T> of(List<E> rows, int limit, Function<E, Long> id, Function<E, T> view) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? String.valueOf(id.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }
}
