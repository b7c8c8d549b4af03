package com.bakery.sales.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code taxRateBp}: tax included in prices, in basis points (1000 = 10 %). The shop as its receipts show it and the
 * largest discount (percent of a sale) a cashier gives without a manager's PIN; these are optional, and left as
 * they were when absent.
 */
public record SettingsRequest(@NotNull @ValidZone String timeZone, @NotNull @Min(0) @Max(10_000) Integer taxRateBp,
        @Size(max = 100) String shopName, @Size(max = 300) String shopAddress, @Size(max = 50) String taxId,
        @Min(0) @Max(100) Integer discountApprovalPercent) {
}
