package com.bakery.suite.console;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.suite.Bakery;
import com.bakery.suite.Suite;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The web console in headless Chromium, through the gateway, against the whole suite. */
@ExtendWith(Suite.class)
class ConsoleIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(Suite.gatewayUrl());
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) throws Exception {
        // what the page showed at the end, kept beside the screenshots when a test fails
        String name = test.getTestMethod().orElseThrow().getName();
        java.nio.file.Files.createDirectories(Browser.SCREENSHOTS);
        java.nio.file.Files.writeString(Browser.SCREENSHOTS.resolve("last-" + name + ".txt"),
                String.valueOf(browser.script("return document.body.innerText")));
        browser.screenshot("last-" + name);
        browser.close();
    }

    @Test
    void aSignInLastsThroughReloadsKeepsNoSecretInReachAndSignOutEndsIt() {
        Staff staff = new Staff("console-sign-in");
        staff.stocked("Croissant", 450, 5, 100);
        browser.signIn(staff.user("cashier"), "not the password");
        browser.textOf(By.id("sign-in-error"), "Wrong user name or password.");

        browser.signIn(staff.user("cashier"), Staff.PASSWORD);
        browser.textOf(By.id("products"), "Croissant");
        browser.textOf(By.id("who"), staff.user("cashier"));
        assertEquals(Boolean.TRUE, browser.script("return localStorage.length === 0 && sessionStorage.length === 0 "
                + "&& document.cookie === ''"), "the access token lives in memory, the refresh token out of reach");
        browser.screenshot("sign-in-cashier");

        // a reload keeps the cashier signed in: the HttpOnly cookie renews the session silently
        browser.driver().navigate().refresh();
        browser.textOf(By.id("who"), staff.user("cashier"));
        browser.textOf(By.id("products"), "Croissant");

        browser.click(By.id("sign-out"));
        browser.visible(By.id("username"));
        browser.driver().navigate().refresh();
        browser.visible(By.id("username"));
        assertTrue(browser.all(By.cssSelector("#products")).isEmpty(), "the screen is gone");
        assertTrue(browser.all(By.cssSelector("#nav a")).isEmpty(), "the menu is gone");
        browser.open("/#/sell");
        browser.visible(By.id("username"));
        assertTrue(browser.all(By.cssSelector("#products")).isEmpty(), "no way back without signing in");
    }

    @Test
    void aNewTenantsFirstAdminChoosesTheirOwnPasswordAtTheFirstSignIn() {
        String tenant = "t" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String admin = "owner@" + tenant;
        var made = Suite.gatewayCommand("tenant", "create", tenant, "--admin", admin);
        assertEquals(0, made.exitCode(), made.output());
        var oneTime = java.util.regex.Pattern.compile("One-time password: (\\S+)").matcher(made.output());
        assertTrue(oneTime.find(), made.output());

        browser.signIn(admin, oneTime.group(1));
        browser.textOf(By.id("sign-in-error"), "This is a one-time password: choose your own");
        browser.type(By.id("new-password"), "short");
        browser.click(By.cssSelector("#sign-in button[type=submit]"));
        assertTrue(browser.all(By.cssSelector("#nav a")).isEmpty(), "a password under 12 characters is not taken");
        browser.type(By.id("new-password"), "the owners own password");
        browser.screenshot("first-sign-in-new-password");
        browser.click(By.cssSelector("#sign-in button[type=submit]"));
        browser.textOf(By.id("who"), admin);
        browser.screenshot("first-sign-in-done");
        // the one-time password is spent; the chosen one signs in
        RestAssured.given().contentType("application/json").body("{\"username\":\"" + admin
                + "\",\"password\":\"" + oneTime.group(1) + "\"}").post("/auth/token").then().statusCode(401);
        RestAssured.given().contentType("application/json").body("{\"username\":\"" + admin
                + "\",\"password\":\"the owners own password\"}").post("/auth/token").then().statusCode(200);
    }

    @Test
    void aCashSaleGivesChangeAndTakesTheStock() {
        Staff staff = new Staff("console-cash");
        long croissant = staff.stocked("Croissant", 450, 5, 100);
        browser.signIn(staff.user("cashier"), Staff.PASSWORD);
        tap("Croissant");
        tap("Croissant");
        browser.textOf(By.id("total"), "9.00");
        browser.screenshot("pos-basket");
        browser.type(By.id("tendered"), "20");
        browser.click(By.id("cash"));
        assertTrue(browser.textOf(By.id("change"), "11.00").contains("R$"), "change in the tenant's currency");
        browser.screenshot("pos-receipt");
        staff.bakery.as("manager").get("/api/inventory/products/" + croissant).then().body("available", equalTo(3));
        staff.bakery.as("manager").get("/api/sales/sales?status=COMPLETED").then()
                .body("items.size()", equalTo(1)).body("items[0].changeCents", equalTo(1100));
    }

    @Test
    void aDeclinedCardKeepsTheBasketForAnotherWayToPay() {
        Staff staff = new Staff("console-card");
        staff.stocked("Sourdough", 1200, 3, 300);
        browser.signIn(staff.user("cashier"), Staff.PASSWORD);
        tap("Sourdough");
        browser.click(By.id("card"));
        WebElement qr = browser.visible(By.id("qr"));
        browser.until(d -> (Boolean) browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0", qr));
        browser.screenshot("pos-card-qr");
        String link = browser.visible(By.linkText("Open the payment link")).getAttribute("href");
        String slug = link.substring(link.lastIndexOf('/') + 1);
        RestAssured.given().baseUri(Suite.infinitePayUrl()).post("/__sim/links/" + slug + "/decline")
                .then().statusCode(200);

        browser.click(By.id("cancel-card"));
        browser.textOf(By.id("pos-message"), "did not go through");
        browser.visible(By.cssSelector("#basket .line[data-name='Sourdough']"));
        browser.screenshot("pos-card-declined");
        browser.click(By.id("cash-exact"));
        browser.visible(By.id("receipt"));
        staff.bakery.as("manager").get("/api/sales/sales").then()
                .body("items.status", org.hamcrest.Matchers.containsInAnyOrder("COMPLETED", "FAILED"));
    }

    @Test
    void aProductSoldOutMeanwhileIsSaidPlainlyAndTheBasketSurvives() {
        Staff staff = new Staff("console-sold-out");
        long baguette = staff.stocked("Last baguette", 500, 1, 100);
        staff.stocked("Brioche", 600, 4, 100);
        browser.signIn(staff.user("cashier"), Staff.PASSWORD);
        tap("Brioche");
        tap("Last baguette");
        staff.sellForCash(baguette, 1); // the other till was quicker
        browser.click(By.id("cash-exact"));
        browser.textOf(By.id("pos-message"), "Sold out meanwhile: Last baguette");
        browser.until(d -> !tile("Last baguette").isEnabled());
        assertTrue(tile("Last baguette").getText().contains("Sold out"));
        assertEquals(2, browser.all(By.cssSelector("#basket .line")).size(), "the basket is kept as it was");
        browser.screenshot("pos-sold-out");
    }

    @Test
    void aProductionRunWithAShortfallListsItAndTakesNothing() {
        Staff staff = new Staff("console-production");
        long rye = staff.bakery.material("Rye flour", "kg", 0);
        staff.bakery.receive(rye, "5", 180);
        long bread = staff.product("Rye bread", 900);
        staff.bakery.recipe("Rye loaf", bread, 4, "{\"materialId\":" + rye + ",\"quantity\":3}");
        browser.signIn(staff.user("baker"), Staff.PASSWORD);
        browser.textOf(By.id("recipes"), "Rye loaf");
        browser.type(By.id("run-batches"), "2");
        browser.click(By.cssSelector("#produce button[type=submit]"));
        browser.textOf(By.id("shortfalls"), "Rye flour: need 6 kg, have 5 kg");
        browser.screenshot("bakery-shortfall");
        staff.bakery.as("manager").get("/api/inventory/materials/" + rye).then().body("onHand", equalTo(5));

        browser.type(By.id("run-batches"), "1");
        browser.click(By.cssSelector("#produce button[type=submit]"));
        browser.textOf(By.id("run-result"), "Made 4 × Rye bread");
        browser.textOf(By.id("runs"), "Rye bread");
        staff.bakery.as("manager").get("/api/inventory/materials/" + rye).then().body("onHand", equalTo(2));
        browser.screenshot("bakery");
    }

    @Test
    void theBakeryThrowsAwayWhatSpoiledAndExpiredSetsMarkdownsAndBakesTomorrowsPlan() throws Exception {
        Staff staff = new Staff("console-shelf");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        long butter = staff.bakery.material("Butter", "kg", 0);
        staff.bakery.as("manager").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body("{\"quantity\":1,\"unitCostCents\":900,\"receivedAt\":\""
                        + java.time.Instant.now().minus(java.time.Duration.ofDays(10)) + "\",\"expiresOn\":\""
                        + today.minusDays(1) + "\"}").post("/api/inventory/materials/" + butter + "/batches")
                .then().statusCode(201);
        staff.bakery.as("manager").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body("{\"quantity\":2,\"unitCostCents\":900,\"expiresOn\":\"" + today.plusDays(3) + "\"}")
                .post("/api/inventory/materials/" + butter + "/batches").then().statusCode(201);
        long pastry = staff.bakery.create("/api/inventory/products", "{\"name\":\"Pain au chocolat\","
                + "\"priceCents\":700,\"currency\":\"BRL\",\"shelfLifeHours\":24}");
        long dough = staff.bakery.material("Chocolate dough", "pcs", 0);
        staff.bakery.receive(dough, "5", 150);
        long recipe = staff.bakery.recipe("Pains au chocolat", pastry, 6, "{\"materialId\":" + dough
                + ",\"quantity\":1}");
        staff.bakery.as("baker").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body("{\"recipeId\":" + recipe + ",\"batches\":1,\"bakedAt\":\""
                        + java.time.Instant.now().minus(java.time.Duration.ofHours(30)) + "\"}")
                .post("/api/inventory/production-runs").then().statusCode(201);
        // four past weeks of tomorrow's weekday sold 12 each, none sold out (sales cannot be made in the past)
        try (java.sql.Connection c = com.bakery.suite.db.SchemaRoles.connect("inventory");
                java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO inventory.product_movement "
                        + "(tenant_id, product_id, kind, quantity, quantity_after, value_change, value_after, "
                        + "created_by, created_at) VALUES (?, ?, 'SALE', -12, 3, 0, 0, 'history', ?)")) {
            for (int week = 1; week <= 4; week++) {
                insert.setString(1, staff.bakery.tenant());
                insert.setLong(2, pastry);
                insert.setObject(3, today.plusDays(1).minusWeeks(week).atTime(9, 0)
                        .atOffset(java.time.ZoneOffset.UTC));
                insert.executeUpdate();
            }
        }

        browser.signIn(staff.user("manager"), Staff.PASSWORD);
        browser.open("/#/bakery");
        browser.textOf(By.id("expiring"), "expired");
        browser.click(By.id("write-off-expired"));
        browser.textOf(By.id("expired-result"), "Threw away expired stock of 1 material");
        browser.click(By.id("write-off-spoiled"));
        browser.textOf(By.id("waste-result"), "Threw away 6 spoiled");
        browser.textOf(By.id("waste-week"), "threw away 6");
        browser.type(By.id("markdown-steps"), "20:30, 40:60");
        browser.click(By.cssSelector("#markdowns button[type=submit]"));
        browser.textOf(By.id("markdown-result"), "30 % off from 20 h");
        browser.textOf(By.id("bake-plan"), "Pain au chocolat");
        browser.textOf(By.id("shopping-list"), "Enough of everything");
        browser.screenshot("bakery-plan");
        browser.click(By.id("bake-" + pastry));
        browser.textOf(By.id("plan-result"), "Baking 12 × Pain au chocolat");
        browser.screenshot("bakery-waste");

        staff.bakery.as("manager").get("/api/inventory/products/" + pastry).then().body("onHand", equalTo(12));
        staff.bakery.as("manager").get("/api/inventory/materials/" + butter).then().body("onHand", equalTo(2));
        staff.bakery.as("manager").get("/api/inventory/markdowns").then().body("steps.percent",
                org.hamcrest.Matchers.contains(30, 60));
    }

    @Test
    void theTillWeighsCookiesAndChargesThemByTheKilo() {
        Staff staff = new Staff("console-weight");
        long cookies = staff.bakery.create("/api/inventory/products", "{\"name\":\"Cookies\","
                + "\"priceCents\":4000,\"currency\":\"BRL\",\"soldBy\":\"WEIGHT\"}");
        staff.bakery.as("manager").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body("{\"quantity\":2,\"unitCostCents\":1500}").post("/api/inventory/products/" + cookies
                        + "/batches").then().statusCode(201);
        browser.signIn(staff.user("cashier"), Staff.PASSWORD);
        tap("Cookies");
        browser.type(By.id("weight-grams"), "250");
        browser.click(By.id("weight-add"));
        browser.textOf(By.cssSelector("#basket .line[data-name='Cookies']"), "0.25 kg");
        browser.textOf(By.id("total"), "10.00");
        browser.screenshot("pos-weight");
        browser.click(By.id("cash-exact"));
        browser.textOf(By.id("receipt"), "0.25 kg Cookies");
        staff.bakery.as("manager").get("/api/inventory/products/" + cookies).then().body("onHand", equalTo(1.75f));
        staff.bakery.as("manager").get("/api/sales/sales?status=COMPLETED").then()
                .body("items[0].totalCents", equalTo(1000)).body("items[0].lines[0].quantity", equalTo(0.25f));
    }

    @Test
    void aDeliveryWithAPhotoIsReceivedAndThePhotoClassifiedAndAttached() {
        // north is a demo tenant: the classifier trains its model on the bundled fruit at start (dev profile)
        Bakery north = new Bakery("north");
        String name = "Bananas " + java.util.UUID.randomUUID().toString().substring(0, 8);
        long bananas = north.material(name, "pcs", 0);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2)).until(() -> north.as("manager")
                .get("/api/classifier/models").then().extract().jsonPath().getList("findAll { it.active }").size() == 1);
        browser.signIn("baker@north", "bakery-demo");
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id("delivery-material")))
                .selectByVisibleText(name + " (pcs)");
        browser.type(By.id("delivery-quantity"), "12");
        browser.type(By.id("delivery-cost"), "0.50");
        browser.driver().findElement(By.id("delivery-photo")).sendKeys(java.nio.file.Path.of(
                "../classifier-service/src/main/resources/fruit/openmoji/banana.png").toAbsolutePath().normalize()
                .toString());
        browser.click(By.cssSelector("#receive button[type=submit]"));
        browser.textOf(By.id("delivery-result"), "Received batch");
        browser.textOf(By.id("photo-label"), "The photo shows banana");
        browser.screenshot("bakery-delivery");
        long batch = ((Number) north.as("manager").get("/api/inventory/materials/" + bananas + "/batches").then()
                .body("items.size()", equalTo(1)).extract().path("items[0].id")).longValue();
        north.as("manager").get("/api/classifier/classifications?limit=1").then()
                .body("items[0].label", equalTo("banana")).body("items[0].batchId", equalTo(String.valueOf(batch)));
    }

    @Test
    void theDashboardShowsASaleJustMade() {
        Staff staff = new Staff("console-dashboard");
        long cake = staff.stocked("Carrot cake", 3500, 4, 1000);
        browser.signIn(staff.user("manager"), Staff.PASSWORD);
        browser.open("/#/dashboard");
        browser.textOf(By.id("today-revenue"), "0.00");
        staff.sellForCash(cake, 2);
        browser.click(By.id("nav-sell"));
        browser.click(By.id("nav-dashboard"));
        browser.textOf(By.id("today-revenue"), "70.00");
        browser.textOf(By.id("today-margin"), "50.00");
        browser.textOf(By.id("top-products"), "Carrot cake");
        browser.screenshot("dashboard");
    }

    @Test
    void aCashierSeesOnlyTheTillAndNoAdminScreen() {
        Staff staff = new Staff("console-roles");
        browser.signIn(staff.user("cashier"), Staff.PASSWORD);
        browser.visible(By.id("nav-sell"));
        List<String> menu = browser.all(By.cssSelector("#nav a")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Sell"), menu);
        for (String screen : List.of("users", "flags", "audit", "refunds", "dashboard")) {
            browser.open("/#/" + screen);
            browser.textOf(By.id("screen"), "Not for your role");
            assertTrue(browser.all(By.id(screen)).isEmpty(), screen + " shows none of its data");
        }
    }

    @Test
    void anAdminMakesThisDeviceATillAndCashiersSwitchInWithTheirPin() {
        Staff staff = new Staff("console-till");
        staff.stocked("Baguette", 600, 5, 100);
        browser.signIn(staff.user("boss"), Staff.PASSWORD);
        browser.open("/#/users");
        browser.textOf(By.id("users"), staff.user("cashier"));
        browser.type(By.xpath("//tr[@data-name='" + staff.user("cashier") + "']//input"), "4821");
        browser.click(By.xpath("//tr[@data-name='" + staff.user("cashier") + "']//button[text()='Set PIN']"));
        browser.textOf(By.id("user-result"), "has a new PIN");
        browser.textOf(By.xpath("//tr[@data-name='" + staff.user("cashier") + "']/td[4]"), "set");
        browser.type(By.id("till-new-name"), "Front counter");
        browser.click(By.cssSelector("#register-till button"));
        browser.textOf(By.id("tills"), "Front counter");
        browser.screenshot("tills");

        // signed out, the device is a till: staff switch in with a PIN
        browser.click(By.id("sign-out"));
        browser.textOf(By.id("till-name"), "Front counter");
        browser.type(By.id("till-username"), staff.user("cashier"));
        browser.type(By.id("pin"), "1111");
        browser.click(By.cssSelector("#till-sign-in button[type=submit]"));
        browser.textOf(By.id("till-sign-in-error"), "Wrong user name or PIN.");
        browser.screenshot("till-switch-in");
        browser.type(By.id("till-username"), staff.user("cashier"));
        browser.type(By.id("pin"), "4821");
        browser.click(By.cssSelector("#till-sign-in button[type=submit]"));
        browser.textOf(By.id("who"), staff.user("cashier") + " · cashier · Front counter");
        browser.textOf(By.id("products"), "Baguette");
        browser.textOf(By.id("sign-out"), "Switch cashier");
        browser.screenshot("till-cashier");

        browser.click(By.id("sign-out"));
        browser.visible(By.id("till-username"));
        assertTrue(browser.all(By.cssSelector("#products")).isEmpty(), "the till's screen is gone");
    }

    @Test
    void aCashiersShiftOnTheTillFromTheFloatToTheZReport() {
        Staff staff = new Staff("console-shift");
        staff.stocked("Sourdough", 800, 10, 200);
        browser.signIn(staff.user("boss"), Staff.PASSWORD);
        browser.open("/#/users");
        setPin(staff.user("cashier"), "4821");
        setPin(staff.user("boss"), "7391");
        browser.type(By.id("till-new-name"), "Counter");
        browser.click(By.cssSelector("#register-till button"));
        browser.textOf(By.id("tills"), "Counter");
        browser.click(By.id("sign-out"));
        switchIn(staff.user("cashier"), "4821");

        browser.textOf(By.id("no-shift"), "No shift is open");
        browser.type(By.id("float"), "100.00");
        browser.click(By.cssSelector("#open-shift button"));
        browser.textOf(By.id("shift-note"), "Shift opened.");

        tap("Sourdough");
        tap("Sourdough");
        browser.click(By.id("cash-exact"));
        browser.textOf(By.id("receipt"), "Receipt");
        browser.click(By.id("print-receipt"));
        browser.textOf(By.id("printable-receipt"), "Receipt 1");
        assertFalse(browser.textOf(By.id("printable-receipt"), "TOTAL").contains("COPY"), "the first print");
        browser.screenshot("pos-receipt-print");
        browser.click(By.id("new-sale"));

        // a 20 % discount is above the shop's 10 %: the manager's PIN at the till approves it
        tap("Sourdough");
        browser.click(By.cssSelector("#discount summary"));
        browser.type(By.id("discount-percent"), "20");
        browser.type(By.id("discount-reason"), "Birthday order");
        browser.click(By.id("cash-exact"));
        browser.textOf(By.id("approval"), "needs a manager");
        browser.type(By.id("approver"), staff.user("boss"));
        browser.type(By.id("approver-pin"), "7391");
        browser.screenshot("pos-discount-approval");
        browser.click(By.cssSelector("#approve-discount button"));
        browser.textOf(By.id("receipt"), "6.40");
        browser.click(By.id("new-sale"));
        browser.textOf(By.id("shift-open"), "· 2 sales"); // the panel has counted the sale

        browser.click(By.cssSelector("#shift details:nth-of-type(1) summary"));
        browser.type(By.id("move-amount"), "10.00");
        browser.type(By.id("move-reason"), "Drop to the safe");
        browser.click(By.cssSelector("#cash-move button"));
        browser.textOf(By.id("shift-note"), "Recorded: Paid out");

        // expected 100 + 16 + 6.40 - 10 = 112.40; counted 111.35: 1.05 short
        browser.click(By.cssSelector("#shift details:nth-of-type(2) summary"));
        count("10000", "1");
        count("1000", "1");
        count("100", "1");
        count("25", "1");
        count("10", "1");
        browser.click(By.cssSelector("#close-shift button"));
        browser.textOf(By.id("z-report"), "Z 1 closed");
        String z = browser.textOf(By.id("printable-z"), "Difference");
        assertTrue(z.contains("1.05") && z.contains("112.40") && z.contains("111.35"), z);
        assertTrue(z.contains("Birthday order"), z);
        browser.screenshot("z-report");

        browser.click(By.id("sign-out"));
        switchIn(staff.user("boss"), "7391");
        browser.open("/#/shifts");
        browser.textOf(By.id("z-reports"), "Counter");
        browser.click(By.id("z-verify"));
        browser.textOf(By.id("z-verdict"), "The chain of 1 Z reports is intact.");
        browser.screenshot("shifts");
    }

    @Test
    void anInviteeJoinsWithTheLinkChoosingTheirPasswordAndPin() {
        Staff staff = new Staff("console-invite");
        browser.signIn(staff.user("boss"), Staff.PASSWORD);
        browser.open("/#/users");
        String baker = "newbaker@" + staff.bakery.tenant();
        browser.type(By.id("invite-username"), baker);
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id("invite-role"))).selectByValue("baker");
        browser.click(By.cssSelector("#invite button"));
        String link = browser.textOf(By.id("invitation-link"), "/#/join?code=");
        browser.screenshot("invitation");
        browser.click(By.id("sign-out"));
        browser.visible(By.id("username"));

        browser.driver().get(link.substring(link.indexOf("http")).trim());
        browser.type(By.id("join-password"), "my own long password");
        browser.type(By.id("join-pin"), "2580");
        browser.screenshot("join");
        browser.click(By.cssSelector("#join button[type=submit]"));
        browser.textOf(By.id("who"), baker + " · baker");
    }

    private void setPin(String user, String pin) {
        browser.type(By.xpath("//tr[@data-name='" + user + "']//input"), pin);
        browser.click(By.xpath("//tr[@data-name='" + user + "']//button[text()='Set PIN']"));
        browser.textOf(By.id("user-result"), user + " has a new PIN");
    }

    private void switchIn(String user, String pin) {
        browser.type(By.id("till-username"), user);
        browser.type(By.id("pin"), pin);
        browser.click(By.cssSelector("#till-sign-in button[type=submit]"));
        browser.textOf(By.id("who"), user);
    }

    private void count(String cents, String howMany) {
        browser.type(By.cssSelector("#denominations input[data-cents='" + cents + "']"), howMany);
    }

    @Test
    void everyScreenOfTheBossAndTheAssistantAnswering() {
        Staff staff = new Staff("console-tour");
        staff.bakery.aBakeryDay();
        browser.signIn(staff.user("boss"), Staff.PASSWORD);
        browser.visible(By.id("nav-users"));
        browser.open("/#/stock");
        browser.click(By.xpath("//tr[@data-name='Butter']//button"));
        browser.textOf(By.id("material-detail"), "Ledger");
        browser.screenshot("stock");
        browser.open("/#/refunds");
        browser.textOf(By.id("sales"), "Croissant");
        browser.click(By.xpath("//div[@id='sales']//button"));
        browser.visible(By.id("refund-amount"));
        browser.screenshot("refunds");
        browser.open("/#/users");
        browser.textOf(By.id("users"), staff.user("cashier"));
        browser.screenshot("users");
        browser.open("/#/flags");
        browser.textOf(By.id("flags"), "assistant");
        browser.screenshot("flags");
        browser.open("/#/audit");
        browser.click(By.id("verify"));
        browser.textOf(By.id("verdict"), "The chain is intact");
        browser.screenshot("audit");

        browser.open("/#/dashboard");
        browser.type(By.id("assistant-question"), "What is low on stock?");
        browser.click(By.cssSelector("#assistant form button"));
        browser.textOf(By.id("assistant-log"), "Butter");
        assertFalse(browser.all(By.cssSelector("#assistant-log .tools li")).isEmpty(), "the tools it called");
        browser.textOf(By.cssSelector("#assistant-log .tools"), "low_stock_alerts");
        browser.screenshot("assistant");
    }

    private void tap(String product) {
        browser.click(By.cssSelector("#products button[data-name='" + product + "']"));
    }

    private WebElement tile(String product) {
        return browser.driver().findElement(By.cssSelector("#products button[data-name='" + product + "']"));
    }
}
