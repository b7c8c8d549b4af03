package com.bakery.sales.analytics;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.sales.Shop;
import com.bakery.sales.SuiteTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Aged bread sells marked down and spoiled bread is thrown away: the sale, and analytics, count both. */
@QuarkusTest
class MarkdownAndWasteTest {

    private final Shop shop = Shop.fresh();

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aSaleOfAgedBreadIsMarkedDownAndAnalyticsTakesWasteOffTheMargin() throws IOException {
        shop.as("manager").body("{\"timeZone\":\"UTC\",\"taxRateBp\":0}").put("/api/sales/settings")
                .then().statusCode(200);
        shop.as("manager").body("{\"steps\":[{\"afterHours\":24,\"percent\":50}]}")
                .put(SuiteTestResource.inventoryUrl() + "/api/inventory/markdowns").then().statusCode(200);
        Instant now = Instant.now();
        long bread = shop.perishable("Bread", 400, "BRL", 48);
        shop.bake(bread, 2, 120, now.minus(50, ChronoUnit.HOURS)); // spoiled: never sold, written off
        shop.bake(bread, 3, 100, now.minus(30, ChronoUnit.HOURS)); // day-old: half price
        shop.bake(bread, 4, 150, null);

        // 3 day-old loaves at 2.00 and a fresh one at 4.00: 10.00 instead of 16.00; their cost 3 × 1.00 + 1.50
        String sale = shop.checkout(Shop.key(), Shop.cash(bread, 4, 1000)).statusCode(201)
                .body("status", equalTo("COMPLETED")).body("totalCents", equalTo(1000))
                .body("lines[0].unitPriceCents", equalTo(400)).body("lines[0].grossCents", equalTo(1000))
                .body("lines[0].markdownCents", equalTo(600)).body("cogsCents", equalTo(450)).extract().path("id");
        shop.inventoryProduct(bread).body("onHand", equalTo(3));
        shop.as("manager").get("/api/sales/sales/" + sale + "/receipt").then().statusCode(200)
                .body("lines[0].grossCents", equalTo(1000)).body("lines[0].markdownCents", equalTo(600));
        String printed = text(shop.as("manager").accept("application/pdf")
                .post("/api/sales/sales/" + sale + "/receipt/prints").then().statusCode(200).extract().asByteArray());
        assertTrue(printed.contains("markdown (aged goods)") && printed.contains("16.00")
                && printed.contains("-6.00"), printed);

        // margin 10.00 − 4.50 = 5.50; the two spoiled loaves cost 2.40: 3.10 after waste, 31 % of revenue
        shop.as("manager").get("/api/sales/analytics/summary").then().statusCode(200)
                .body("revenueCents", equalTo(1000)).body("markdownCents", equalTo(600))
                .body("cogsCents", equalTo(450)).body("grossMarginCents", equalTo(550))
                .body("wastedUnits", equalTo(2)).body("wasteCostCents", equalTo(240))
                .body("marginAfterWasteCents", equalTo(310)).body("marginAfterWastePercent", equalTo(31.0f));
    }
}
