package com.bakery.sales.checkout;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.sales.Shop;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Cookies by the kilo and bought-in drinks, through checkout, receipt, refund and analytics. */
@QuarkusTest
class SoldByWeightTest {

    private final Shop shop = Shop.fresh();

    @Test
    void aSaleByWeightIsPricedPerKgAndRefundedByWeight() throws IOException {
        shop.as("manager").body("{\"timeZone\":\"UTC\",\"taxRateBp\":0}").put("/api/sales/settings").then()
                .statusCode(200);
        long cookies = shop.byWeight("Cookies", 4_250, "BRL", "3", 1_800);
        long cola = shop.product("Cola", 500, "BRL", 0, 0);
        shop.as("manager").header("Idempotency-Key", Shop.key()).body("{\"quantity\":12,\"unitCostCents\":210}")
                .post(com.bakery.sales.SuiteTestResource.inventoryUrl() + "/api/inventory/products/" + cola
                        + "/batches").then().statusCode(201);

        // 0.355 kg at 42.50 a kg is 15.0875: 15.09; two colas 10.00; cost 0.355 × 18.00 = 6.39 and 4.20
        String sale = shop.checkout(Shop.key(), "{\"lines\":[{\"productId\":" + cookies + ",\"quantity\":0.355},"
                + "{\"productId\":" + cola + ",\"quantity\":2}],\"payment\":{\"method\":\"CASH\",\"tenderedCents\":3000}}")
                .statusCode(201).body("status", equalTo("COMPLETED")).body("totalCents", equalTo(2509))
                .body("lines[0].quantity", equalTo(0.355f)).body("lines[0].soldBy", equalTo("WEIGHT"))
                .body("lines[0].grossCents", equalTo(1509)).body("lines[1].soldBy", equalTo("UNIT"))
                .body("cogsCents", equalTo(1059)).extract().path("id");

        byte[] pdf = shop.as("manager").accept("application/pdf").post("/api/sales/sales/" + sale
                + "/receipt/prints").then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("0.355 kg Cookies") && text.contains("/ kg") && text.contains("2 x Cola"), text);
        }

        // 0.1 of the 0.355 kg back, restocked: 15.09 × 0.1 / 0.355 = 4.2507: 4.25
        shop.as("manager").header("Idempotency-Key", Shop.key()).body("{\"lines\":[{\"productId\":" + cookies
                + ",\"quantity\":0.1}],\"restock\":true,\"reason\":\"Too many\"}")
                .post("/api/sales/sales/" + sale + "/refunds").then().statusCode(201).body("amountCents", equalTo(425));
        shop.inventoryProduct(cookies).body("onHand", equalTo(2.745f));
        shop.as("manager").header("Idempotency-Key", Shop.key()).body("{\"lines\":[{\"productId\":" + cola
                + ",\"quantity\":1.5}]}").post("/api/sales/sales/" + sale + "/refunds").then().statusCode(400)
                .body("errors.field", hasItem("lines[0].quantity"));
        shop.sale(sale).body("lines[0].refundedQuantity", equalTo(0.1f)).body("lines[1].refundedQuantity", equalTo(0));

        shop.as("manager").get("/api/sales/analytics/top-products").then().statusCode(200)
                .body("items.find { it.productId == " + cookies + " }.units", equalTo(0.355f));
    }

    @Test
    void refusesHalfAUnitAndMoreThanThreeDecimalsOfAKilo() {
        long cola = shop.product("Soda", 500, "BRL", 3, 200);
        long beans = shop.byWeight("Beans", 6_000, "BRL", "1", 3_000);
        shop.checkout(Shop.key(), Shop.cash(cola, 1, 1000).replace("\"quantity\":1", "\"quantity\":1.5"))
                .statusCode(400).body("errors.field", hasItem("lines[0].quantity"));
        shop.checkout(Shop.key(), Shop.cash(beans, 1, 1000).replace("\"quantity\":1", "\"quantity\":0.0005"))
                .statusCode(400).body("errors.field", hasItem("lines[0].quantity"));
        shop.inventoryProduct(cola).body("onHand", equalTo(3)).body("reserved", equalTo(0));
        shop.inventoryProduct(beans).body("onHand", equalTo(1)).body("reserved", equalTo(0));
    }
}
