package com.bakery.payments.migration;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.bakery.payments.Shop;
import com.bakery.testing.migration.MigrationDrill;
import com.bakery.testing.migration.PreviousReleaseDatabase;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "Migrate without risking client data" for payments: a database as the release at schema version 2 left it (the
 * only schema so far) is migrated by the service itself at start, to whatever its newest version is; every row is
 * still there, and the service reads the old payments, refunds and keys and moves money over them.
 */
@QuarkusTest
@WithTestResource(value = PreviousReleaseDatabase.class, initArgs = {
        @ResourceArg(name = "schema", value = "payments"),
        @ResourceArg(name = "steps", value = "2=migration/payments-v2.sql") })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationTest {

    private static final String CASH_SALE = "a0000000-0000-4000-8000-000000000001";
    private static final String CARD_SALE = "a0000000-0000-4000-8000-000000000002";
    private static final List<String> SEEDED = List.of("payment", "payment_event", "refund", "webhook_delivery",
            "idempotency_key", "outbox_event");

    private final Shop bakery = new Shop("migration-bakery");
    private final MigrationDrill drill = PreviousReleaseDatabase.drill();

    @Test
    @Order(1)
    void everyRowTheEarlierReleaseWroteSurvivesTheMigration() {
        PreviousReleaseDatabase.assertEveryRowSurvived("2", SEEDED);
    }

    @Test
    @Order(2)
    void theServiceReadsTheOldPayments() {
        bakery.as("auditor").get("/api/payments/payments?reference=" + CASH_SALE).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].method", equalTo("CASH"))
                .body("items[0].status", equalTo("PARTIALLY_REFUNDED")).body("items[0].capturedCents", equalTo(675))
                .body("items[0].refundedCents", equalTo(270));
        bakery.payment(payment(CARD_SALE)).body("status", equalTo("CAPTURED")).body("provider", equalTo("infinitypay"))
                .body("transactionNsu", equalTo("txn-0002")).body("slug", equalTo("abc123"))
                .body("receiptUrl", equalTo("https://recibo.infinitepay.io/txn-0002"))
                .body("installments", equalTo(1)).body("paidAmountCents", equalTo(300))
                .body("events.type", contains("CREATED", "LINK_CREATED", "WEBHOOK_RECEIVED", "STATUS_CHANGED",
                        "REFUND_REQUESTED"));
        bakery.as("manager").get("/api/payments/payments/" + payment(CARD_SALE) + "/refunds").then().statusCode(200)
                .body("items.status", contains("REFUND_REQUESTED"))
                .body("items[0].instructions", startsWith("Infinity Pay has no refund API."));
        bakery.as("manager").get("/api/payments/payments/" + payment(CASH_SALE) + "/refunds").then().statusCode(200)
                .body("items.status", contains("COMPLETED")).body("items[0].resolvedBy",
                        equalTo("manager@migration-bakery"));
        bakery.as("manager").get("/api/payments/payments?status=FAILED").then().statusCode(200)
                .body("items.reference", contains("walk-in-0001"))
                .body("items[0].failureCode", equalTo("provider_rejected"));
    }

    @Test
    @Order(3)
    void theServiceMovesMoneyOverTheOldData() {
        long card = payment(CARD_SALE);
        long cash = payment(CASH_SALE);
        long requested = Long.parseLong(drill.queryValue(
                "SELECT id FROM payments.refund WHERE status = 'REFUND_REQUESTED'"));
        // the manager made the old card refund in the provider's app, and confirms it now
        bakery.as("manager").post("/api/payments/payments/" + card + "/refunds/" + requested + "/confirm").then()
                .statusCode(200).body("status", equalTo("COMPLETED"));
        bakery.payment(card).body("status", equalTo("REFUNDED")).body("refundedCents", equalTo(300));

        // the old refund's key still guards it; the rest of the cash is refundable, no more
        bakery.as("manager").header("Idempotency-Key", "sale-refund-refund-0001").body("{\"amountCents\":1}")
                .post("/api/payments/payments/" + cash + "/refunds").then().statusCode(422)
                .body("code", equalTo("idempotency_key_reused"));
        bakery.as("manager").header("Idempotency-Key", Shop.key()).body("{\"amountCents\":406}")
                .post("/api/payments/payments/" + cash + "/refunds").then().statusCode(422)
                .body("code", equalTo("refund_exceeds_captured"));
        bakery.as("manager").header("Idempotency-Key", Shop.key()).body("{\"amountCents\":405}")
                .post("/api/payments/payments/" + cash + "/refunds").then().statusCode(201)
                .body("status", equalTo("COMPLETED"));
        bakery.payment(cash).body("status", equalTo("REFUNDED")).body("refundedCents", equalTo(675));
    }

    private long payment(String reference) {
        return Long.parseLong(drill.queryValue("SELECT id FROM payments.payment WHERE reference = '" + reference + "'"));
    }
}
