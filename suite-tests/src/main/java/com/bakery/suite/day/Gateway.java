package com.bakery.suite.day;

import static io.restassured.RestAssured.given;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/** The suite as any client sees it: the gateway's public API, signed in with a user name and password. */
public record Gateway(String url) {

    /** A signed-in person: their token, and calls that fail loudly when the answer is not the expected one. */
    public record Session(Gateway gateway, String user, String token) {

        public RequestSpecification request() {
            return given().baseUri(gateway.url).auth().oauth2(token).contentType(ContentType.JSON);
        }

        public JsonPath get(String path) {
            return expect(request().get(path), "GET " + path, 200);
        }

        public JsonPath post(String path, Object body, int status) {
            return expect(request().header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(path),
                    "POST " + path, status);
        }

        public Response postRaw(String path, Object body) {
            return request().header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(path);
        }

        public JsonPath put(String path, Object body) {
            return expect(request().body(body).put(path), "PUT " + path, 200);
        }

        /** A multipart upload: {@code image} from bytes, and text fields; answered with one of {@code statuses}. */
        public JsonPath upload(String path, byte[] image, Map<String, String> fields, int... statuses) {
            RequestSpecification spec = given().baseUri(gateway.url).auth().oauth2(token)
                    .multiPart(new MultiPartSpecBuilder(image).controlName("image").fileName("photo.png")
                            .mimeType("image/png").build());
            fields.forEach(spec::multiPart);
            return expect(spec.post(path), "POST " + path, statuses);
        }
    }

    public Session signIn(String username, String password) {
        Response r = given().baseUri(url).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password)).post("/auth/token");
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
