package com.bakery.suite.day;

import static io.restassured.RestAssured.given;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/** The suite as any client sees it: the gateway's public API, signed in with a user name and password. */
public record Gateway(String url) {

    /** A signed-in person: their token, and calls that fail loudly when the answer is not the expected one. */
    public record Session(Gateway gateway, String user, String token) {

        public RequestSpecification request() {
            return given().baseUri(gateway.url).auth().oauth2(token).contentType(ContentType.JSON);
        }

        public JsonPath get(String path) {
            return expect(retried(() -> request().get(path)), "GET " + path, 200);
        }

        public JsonPath post(String path, Object body, int... statuses) {
            return expect(postRaw(path, body), "POST " + path, statuses);
        }

        /** A POST under one Idempotency-Key, however many times it is asked. */
        public Response postRaw(String path, Object body) {
            String key = UUID.randomUUID().toString();
            return retried(() -> request().header("Idempotency-Key", key).body(body).post(path));
        }

        public JsonPath put(String path, Object body) {
            return expect(retried(() -> request().body(body).put(path)), "PUT " + path, 200);
        }

        /** A multipart upload: {@code image} from bytes, and text fields; answered with one of {@code statuses}. */
        public JsonPath upload(String path, byte[] image, Map<String, String> fields, int... statuses) {
            RequestSpecification spec = given().baseUri(gateway.url).auth().oauth2(token)
                    .multiPart(new MultiPartSpecBuilder(image).controlName("image").fileName("photo.png")
                            .mimeType("image/png").build());
            fields.forEach(spec::multiPart);
            return expect(retried(() -> spec.post(path)), "POST " + path, statuses);
        }
    }

    /**
     * Asks again, as staff do when the console says a service cannot be reached (the gateway's 503
     * {@code service_unavailable}: the request never reached a service, so asking again is safe whatever it is),
     * after the Retry-After the gateway gives, for at most two minutes; any other answer is returned at once.
     */
    static Response retried(Supplier<Response> call) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            Response response = call.get();
            if (response.statusCode() != 503 || !response.asString().contains("\"service_unavailable\"")
                    || Instant.now().isAfter(deadline)) {
                return response;
            }
            try {
                Thread.sleep(1000L * Long.parseLong(Objects.requireNonNullElse(response.header("Retry-After"), "1")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
        }
    }

    public Session signIn(String username, String password) {
        Response r = retried(() -> given().baseUri(url).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password)).post("/auth/token"));
        return new Session(this, username, expect(r, "sign in as " + username, 200).getString("access_token"));
    }

    static JsonPath expect(Response response, String what, int... statuses) {
        if (Arrays.stream(statuses).noneMatch(status -> status == response.statusCode())) {
            throw new IllegalStateException(what + ": expected " + Arrays.toString(statuses) + " but got "
                    + response.statusCode() + ": " + response.asString());
        }
        return response.jsonPath();
    }
}
