package com.bakery.payments;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Drives the InfinitePay simulator through its control endpoints, as a demo or a person would. */
public final class Simulator {

    private Simulator() {
    }

    private static String url(String path) {
        return InfinitePaySimulatorResource.simulator().baseUrl() + path;
    }

    /** The buyer pays the link; {@code body} may set amount, deliveries, delayMs, captureMethod. */
    public static ValidatableResponse pay(String slug, String body) {
        return given().contentType(ContentType.JSON).body(body).post(url("/__sim/links/" + slug + "/pay"))
                .then().statusCode(200);
    }

    public static ValidatableResponse link(String slug) {
        return given().get(url("/__sim/links/" + slug)).then().statusCode(200);
    }

    /** Sends the link's webhook again; {@code body} may replace its fields ({"body":{...}}) or send it n times. */
    public static ValidatableResponse deliver(String slug, String body) {
        return given().contentType(ContentType.JSON).body(body).post(url("/__sim/links/" + slug + "/deliver"))
                .then().statusCode(200);
    }

    /** The next {@code times} calls to {@code path} wait {@code delayMs} and/or answer {@code status}. */
    public static void fault(String path, int status, long delayMs, int times) {
        given().contentType(ContentType.JSON)
                .body("{\"path\":\"" + path + "\",\"status\":" + status + ",\"delayMs\":" + delayMs + ",\"times\":"
                        + times + "}")
                .post(url("/__sim/faults")).then().statusCode(204);
    }
}
