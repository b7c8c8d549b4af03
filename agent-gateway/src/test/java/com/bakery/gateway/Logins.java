package com.bakery.gateway;

import static io.restassured.RestAssured.given;

/** Signs in through the real token endpoint, as a client would. */
public final class Logins {

    public static final String DEMO_PASSWORD = "bakery-demo";

    private Logins() {
    }

    public static String tokenFor(String username) {
        return given().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}")
                .when().post("/auth/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
