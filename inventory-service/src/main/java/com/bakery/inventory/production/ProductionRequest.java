package com.bakery.inventory.production;

import com.bakery.common.problem.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;

/**
 * Body of POST /api/inventory/production-runs. {@code bakedAt}: when the goods came out of the oven, for a run
 * recorded afterwards (at most {@link #MAX_BACKDATE} ago, not in the future); now when absent.
 * {@code useExpiredBecause}: a manager's reason to use expired ingredient batches, which a run otherwise skips.
 */
public record ProductionRequest(@NotNull Long recipeId, @NotNull @Min(1) @Max(1000) Integer batches,
        Instant bakedAt, @Size(min = 3, max = 200, message = "must be 3 to 200 characters") String useExpiredBecause) {

    public static final Duration MAX_BACKDATE = Duration.ofDays(7);
    /** Clocks of tills and servers differ a little: a time this far ahead still counts as now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** The baking time to record, or a 400 naming {@code bakedAt}. */
    Instant bakedAt(Instant now) {
        if (bakedAt == null) {
            return now;
        }
        if (bakedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("bakedAt", "must not be in the future");
        }
        if (bakedAt.isBefore(now.minus(MAX_BACKDATE))) {
            throw ProblemException.invalid("bakedAt", "must be within the last 7 days");
        }
        return bakedAt.isAfter(now) ? now : bakedAt;
    }
}
