package com.bakery.inventory.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One product's day as the ledger saw it: what sold, when its stock ran out (null when it did not), and what was
 * thrown away. A day that sold out shows less than the demand: customers came after it was gone.
 */
public record SalesDay(LocalDate day, BigDecimal sold, LocalTime soldOutAt, BigDecimal wasted) {
}
