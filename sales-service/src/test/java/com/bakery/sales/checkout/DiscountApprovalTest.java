package com.bakery.sales.checkout;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.bakery.sales.Shop;
import com.bakery.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Discounts: always a reason; above the tenant's threshold, a manager's approval from the till, spent once. */
@QuarkusTest
class DiscountApprovalTest {

    private static String discounted(long product, int percent, String approval) {
        return "{\"lines\":[{\"productId\":" + product + ",\"quantity\":2}],"
                + "\"payment\":{\"method\":\"CASH\",\"tenderedCents\":2000},\"discount\":{\"percent\":" + percent
                + ",\"reason\":\"Damaged box\"" + (approval == null ? "" : ",\"approvalToken\":\"" + approval + "\"")
                + "}}";
    }

    @Test
    void aDiscountAboveTheThresholdNeedsAManagersApprovalGivenAtTheTillOnce() {
        Shop shop = Shop.fresh();
        long cake = shop.product("Cake", 1_000, "BRL", 10, 300);
        String till = "till-" + UUID.randomUUID();
        shop.atTill(till, "cashier").body(Map.of("openingFloatCents", 0, "currency", "BRL"))
                .post("/api/sales/shifts").then().statusCode(201);

        shop.atTill(till, "cashier").header("Idempotency-Key", Shop.key()).body(discounted(cake, 20, null))
                .post("/api/sales/checkout").then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("discount_needs_approval"));

        String manager = "manager@" + shop.tenant();
        String approval = TestTokens.approval(till, manager, shop.tenant(), Duration.ofMinutes(2), "manager");
        shop.atTill(till, "cashier").header("Idempotency-Key", Shop.key()).body(discounted(cake, 20, approval))
                .post("/api/sales/checkout").then().statusCode(201).body("discountCents", equalTo(400))
                .body("discountReason", equalTo("Damaged box")).body("discountApprovedBy", equalTo(manager));
        shop.atTill(till, "cashier").header("Idempotency-Key", Shop.key()).body(discounted(cake, 20, approval))
                .post("/api/sales/checkout").then().statusCode(403).body("code", equalTo("discount_approval_invalid"))
                .body("errors[0].field", equalTo("discount.approvalToken"));

        String byCashier = TestTokens.approval(till, "cashier@" + shop.tenant(), shop.tenant(), Duration.ofMinutes(2),
                "cashier");
        String otherTill = TestTokens.approval("till-elsewhere", manager, shop.tenant(), Duration.ofMinutes(2),
                "manager");
        String expired = TestTokens.approval(till, manager, shop.tenant(), Duration.ofMinutes(-1), "manager");
        String otherTenant = TestTokens.approval(till, manager, "another-" + shop.tenant(), Duration.ofMinutes(2),
                "manager");
        for (String bad : new String[] { byCashier, otherTill, expired, otherTenant, "garbage" }) {
            shop.atTill(till, "cashier").header("Idempotency-Key", Shop.key()).body(discounted(cake, 20, bad))
                    .post("/api/sales/checkout").then().statusCode(403)
                    .body("code", equalTo("discount_approval_invalid"));
        }
        // an approval is no access token: its audience is another
        given().auth().oauth2(approval).get("/api/sales/sales").then().statusCode(401);
        // without a reason, no discount at all
        shop.atTill(till, "cashier").header("Idempotency-Key", Shop.key()).body("{\"lines\":[{\"productId\":" + cake
                + ",\"quantity\":1}],\"payment\":{\"method\":\"CASH\",\"tenderedCents\":1000},"
                + "\"discount\":{\"percent\":5}}").post("/api/sales/checkout").then().statusCode(400)
                .body("errors[0].field", equalTo("discount.reason"));
    }

    @Test
    void aTenantSetsItsOwnThreshold() {
        Shop shop = Shop.fresh();
        long cake = shop.product("Cake", 1_000, "BRL", 4, 300);
        shop.as("manager").body("{\"timeZone\":\"UTC\",\"taxRateBp\":0,\"discountApprovalPercent\":25}")
                .put("/api/sales/settings").then().statusCode(200).body("discountApprovalPercent", equalTo(25));
        shop.as("cashier").header("Idempotency-Key", Shop.key()).body(discounted(cake, 20, null))
                .post("/api/sales/checkout").then().statusCode(201);
        shop.as("cashier").header("Idempotency-Key", Shop.key()).body(discounted(cake, 30, null))
                .post("/api/sales/checkout").then().statusCode(403).body("code", equalTo("discount_needs_approval"));
        shop.as("manager").body("{\"timeZone\":\"UTC\",\"taxRateBp\":0,\"discountApprovalPercent\":101}")
                .put("/api/sales/settings").then().statusCode(400)
                .body("errors[0].field", equalTo("discountApprovalPercent"));
    }
}
