package com.bakery.sales.shift;

import com.bakery.sales.sale.Sale;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** What a till sends to open a shift, move cash and close. */
public final class ShiftRequests {

    private ShiftRequests() {
    }

    /** The float counted into the drawer at the start. */
    public record Open(@NotNull @PositiveOrZero @Max(value = Sale.MAX_CENTS, message = "must be at most "
            + Sale.MAX_CENTS) Long openingFloatCents,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as BRL") String currency) {
    }

    /** Cash put in (a top-up of the float) or taken out (a drop to the safe, a supplier paid), always with why. */
    public record Move(@NotNull CashMovement.Kind kind,
            @NotNull @Positive @Max(value = Sale.MAX_CENTS, message = "must be at most "
                    + Sale.MAX_CENTS) Long amountCents,
            @NotBlank @Size(max = 200) String reason) {
    }

    /**
     * The count at closing: the total, or the number of each note and coin by its value in cents ({@code {"5000": 2,
     * "100": 7}}), not both.
     */
    public record Close(@PositiveOrZero @Max(value = Sale.MAX_CENTS, message = "must be at most "
            + Sale.MAX_CENTS) Long countedCents,
            @Size(max = 30) Map<@Pattern(regexp = "[1-9][0-9]{0,7}", message = "must be a note or coin's value in "
                    + "cents") String, @NotNull @PositiveOrZero @Max(100_000) Integer> denominations) {
    }
}
