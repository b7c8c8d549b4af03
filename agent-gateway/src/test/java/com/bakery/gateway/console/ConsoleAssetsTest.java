package com.bakery.gateway.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nayuki.qrcodegen.QrCode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The console is served at / by the gateway, under its security headers, and draws payment links as QR codes. */
@QuarkusTest
class ConsoleAssetsTest {

    @Test
    void theConsoleIsServedAtTheRootWithAStrictContentSecurityPolicy() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", startsWith("default-src 'self'"))
                .header("X-Frame-Options", equalTo("DENY"))
                .body(containsString("<script type=\"module\" src=\"/console/app.js\"></script>"));
        for (String asset : new String[] { "app.js", "api.js", "console.css", "screens/pos.js", "screens/bakery.js",
                "screens/dashboard.js", "screens/users.js", "screens/audit.js" }) {
            given().when().get("/console/" + asset).then().statusCode(200);
        }
    }

    @Test
    void aQrCodeDrawsExactlyTheModulesOfItsText() {
        String link = "https://checkout.infinitepay.io/bakery/AbC123?lenc=xyz";
        String svg = given().queryParam("text", link).when().get("/console/qr.svg")
                .then().statusCode(200).contentType(startsWith("image/svg+xml"))
                .extract().asString();
        QrCode expected = QrCode.encodeText(link, QrCode.Ecc.MEDIUM);
        Set<String> dark = new HashSet<>();
        for (int y = 0; y < expected.size; y++) {
            for (int x = 0; x < expected.size; x++) {
                if (expected.getModule(x, y)) {
                    dark.add((x + 4) + "," + (y + 4));
                }
            }
        }
        Set<String> drawn = new HashSet<>();
        Matcher m = Pattern.compile("M(\\d+,\\d+)h1v1h-1z").matcher(svg);
        while (m.find()) {
            drawn.add(m.group(1));
        }
        assertEquals(dark, drawn);
        assertEquals(true, svg.contains("viewBox=\"0 0 " + (expected.size + 8) + " " + (expected.size + 8) + "\""));
    }

    @Test
    void aQrCodeWithoutTextOrWithTooMuchIsRefusedPlainly() {
        given().when().get("/console/qr.svg")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("text", "x".repeat(1001)).when().get("/console/qr.svg")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
