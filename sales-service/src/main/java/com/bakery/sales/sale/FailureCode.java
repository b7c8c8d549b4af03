package com.bakery.sales.sale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Locale;

/**
 * Why a sale failed: the stable {@code code} of the checkout's problem answer, with the HTTP status it is
 * answered with. A new failure is added here, with its status, or it cannot be raised at all.
 */
public enum FailureCode {
    /** Not enough stock: inventory reserved nothing. */
    INSUFFICIENT_STOCK(409),
    /** Paid, but the reservation had expired or was released: the payment is undone. */
    RESERVATION_LOST(409),
    PAYMENT_DECLINED(402),
    PAYMENT_FAILED(402),
    PAYMENT_EXPIRED(402),
    INVENTORY_UNAVAILABLE(503),
    PAYMENTS_UNAVAILABLE(503),
    /** payments-service answered, its provider did not. */
    PAYMENT_UNAVAILABLE(503),
    INVENTORY_REFUSED(422),
    PAYMENT_REFUSED(422),
    MIXED_CURRENCIES(422),
    DISCOUNT_EXCEEDS_TOTAL(422),
    /** A discount above the tenant's threshold without a manager's approval. */
    DISCOUNT_NEEDS_APPROVAL(403),
    INSUFFICIENT_TENDER(422);

    private final int status;

    FailureCode(int status) {
        this.status = status;
    }

    /** As it stands in the problem answer and the database: {@code insufficient_stock}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int status() {
        return status;
    }

    public static FailureCode of(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no failure code " + code));
    }

    /** Stores the lower-case code, as the column has always held it. */
    @Converter
    public static class Column implements AttributeConverter<FailureCode, String> {

        @Override
        public String convertToDatabaseColumn(FailureCode code) {
            return code == null ? null : code.code();
        }

        @Override
        public FailureCode convertToEntityAttribute(String code) {
            return code == null ? null : of(code);
        }
    }
}
