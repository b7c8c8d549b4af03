package com.bakery.sales.receipt;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.sales.Shop;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Receipts: the shop's header, lines, discount, tax, payment, cashier and till; printed as PDF; reprints copies. */
@QuarkusTest
class ReceiptTest {

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aSaleAtTheTillPrintsItsReceiptOnceAsOriginalThenAsCopies() throws IOException {
        Shop shop = Shop.fresh();
        shop.as("manager").body(Map.of("timeZone", "America/Sao_Paulo", "taxRateBp", 1000, "shopName",
                "Padaria Estrela", "shopAddress", "Rua das Flores 12\nSão Paulo", "taxId", "12.345.678/0001-90"))
                .put("/api/sales/settings").then().statusCode(200).body("shopName", equalTo("Padaria Estrela"));
        long bread = shop.product("Pão de queijo ☕", 450, "BRL", 10, 100);
        String till = "till-" + UUID.randomUUID();
        shop.atTill(till, "cashier").body(Map.of("openingFloatCents", 0, "currency", "BRL"))
                .post("/api/sales/shifts").then().statusCode(201);
        JsonPath sale = shop.atTill(till, "cashier").header("Idempotency-Key", Shop.key())
                .body("{\"lines\":[{\"productId\":" + bread + ",\"quantity\":4}],\"payment\":{\"method\":\"CASH\","
                        + "\"tenderedCents\":2000},\"discount\":{\"percent\":5,\"reason\":\"Loyalty card\"}}")
                .post("/api/sales/checkout").then().statusCode(201).extract().jsonPath();
        String id = sale.getString("id");

        JsonPath receipt = shop.atTill(till, "cashier").get("/api/sales/sales/" + id + "/receipt").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("Padaria Estrela", receipt.getString("shop.name"));
        assertEquals("12.345.678/0001-90", receipt.getString("shop.taxId"));
        assertEquals(sale.getLong("receiptNumber"), receipt.getLong("receiptNumber"));
        assertEquals(sale.getLong("totalCents"), receipt.getLong("totalCents"));
        assertEquals(sale.getLong("taxCents"), receipt.getLong("taxes[0].taxCents"));
        assertEquals(1000, receipt.getInt("taxes[0].rateBp"));
        assertEquals(sale.getLong("changeCents"), receipt.getLong("changeCents"));
        assertEquals("Till " + till, receipt.getString("till"));
        assertEquals("America/Sao_Paulo", receipt.getString("timeZone"));
        assertFalse(receipt.getBoolean("copy"));

        byte[] original = shop.atTill(till, "cashier").accept("application/pdf")
                .post("/api/sales/sales/" + id + "/receipt/prints").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String first = text(original);
        for (String expected : new String[] { "Padaria Estrela", "Rua das Flores 12", "Tax id 12.345.678/0001-90",
                "Receipt " + sale.getLong("receiptNumber"), "4 x Pão de queijo ?", "Discount: Loyalty card",
                "TOTAL", "incl. tax 10 %", "Paid cash", "Change", "Cashier cashier@t-", "Till Till till-" }) {
            assertTrue(first.contains(expected), expected + " in:\n" + first);
        }
        assertFalse(first.contains("COPY"), first);

        String reprint = text(shop.atTill(till, "cashier").accept("application/pdf")
                .post("/api/sales/sales/" + id + "/receipt/prints").then().statusCode(200).extract().asByteArray());
        assertTrue(reprint.contains("*** COPY ***"), reprint);
        shop.atTill(till, "cashier").post("/api/sales/sales/" + id + "/receipt/prints").then().statusCode(200)
                .body("copy", equalTo(true));

        // a refund's credit note shows on the receipt
        long note = shop.atTill(till, "manager").header("Idempotency-Key", Shop.key())
                .body("{\"amountCents\":100,\"reason\":\"Crushed\"}").post("/api/sales/sales/" + id + "/refunds")
                .then().statusCode(201).extract().jsonPath().getLong("creditNoteNumber");
        shop.atTill(till, "cashier").get("/api/sales/sales/" + id + "/receipt").then()
                .body("creditNotes[0].number", equalTo((int) note)).body("creditNotes[0].amountCents", equalTo(100));
    }

    @Test
    void onlyACompletedSaleOfTheTenantHasAReceipt() {
        Shop shop = Shop.fresh();
        long cake = shop.product("Cake", 1_000, "BRL", 1, 300);
        String failed = shop.as("cashier").header("Idempotency-Key", Shop.key()).body(Shop.cash(cake, 5, 5_000))
                .post("/api/sales/checkout").then().statusCode(409).extract().path("saleId");
        shop.as("cashier").get("/api/sales/sales/" + failed + "/receipt").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("sale_not_completed"));
        String sold = shop.as("cashier").header("Idempotency-Key", Shop.key()).body(Shop.cash(cake, 1, 1_000))
                .post("/api/sales/checkout").then().statusCode(201).extract().path("id");
        shop.as("cashier").get("/api/sales/sales/" + sold + "/receipt").then().statusCode(200)
                .body("shop.name", equalTo(shop.tenant())).body("till", equalTo(null));
        Shop.fresh().as("cashier").get("/api/sales/sales/" + sold + "/receipt").then().statusCode(404);
        shop.as("cashier").get("/api/sales/sales/not-a-uuid/receipt").then().statusCode(400);
        shop.as("baker").get("/api/sales/sales/" + sold + "/receipt").then().statusCode(403);
    }
}
