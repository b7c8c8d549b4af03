package com.bakery.gateway.identity.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.bakery.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminUsersTest {

    private final String tenant = "shop-" + UUID.randomUUID();

    private RequestSpecification as(String role, String ofTenant) {
        return given().auth().oauth2(TestTokens.token(role + "@" + ofTenant, ofTenant, role))
                .contentType("application/json");
    }

    private int create(String username, String roles) {
        return as("admin", tenant).body("{\"username\":\"" + username + "\",\"password\":\"a-long-password-1\","
                + "\"roles\":" + roles + "}").post("/api/admin/users").then().statusCode(201).extract().path("id");
    }

    @Test
    void anAdminCreatesAUserWhoCanThenSignIn() {
        String name = "ana-" + UUID.randomUUID() + "@" + tenant;
        int id = create(name, "[\"cashier\"]");
        String token = given().contentType("application/json")
                .body("{\"username\":\"" + name + "\",\"password\":\"a-long-password-1\"}").post("/auth/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).get("/api/gateway/info").then().body("tenant", equalTo(tenant))
                .body("groups", contains("cashier"));
        as("admin", tenant).get("/api/admin/users").then().statusCode(200).body("items.username", hasItem(name))
                .body("items.find { it.username == '" + name + "' }.password", equalTo(null));

        as("admin", tenant).body("{\"roles\":[\"cashier\",\"manager\"]}").put("/api/admin/users/" + id)
                .then().statusCode(200).body("roles", contains("cashier", "manager"));
        as("admin", tenant).body("{\"enabled\":false}").put("/api/admin/users/" + id).then().statusCode(200);
        given().contentType("application/json")
                .body("{\"username\":\"" + name + "\",\"password\":\"a-long-password-1\"}").post("/auth/token")
                .then().statusCode(401);
        as("admin", tenant).delete("/api/admin/users/" + id).then().statusCode(204);
        as("admin", tenant).get("/api/admin/users/" + id).then().statusCode(404);
    }

    @Test
    void aTakenUsernameIsAConflictAndTheUserWhoHasItIsUnchanged() {
        String name = "cy-" + UUID.randomUUID() + "@" + tenant;
        int id = create(name, "[\"baker\"]");
        as("admin", tenant).body("{\"username\":\"" + name + "\",\"password\":\"another-password-2\","
                + "\"roles\":[\"admin\"]}").post("/api/admin/users").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("username_taken"));
        as("admin", tenant).get("/api/admin/users/" + id).then().statusCode(200).body("roles", contains("baker"));
        given().contentType("application/json")
                .body("{\"username\":\"" + name + "\",\"password\":\"a-long-password-1\"}").post("/auth/token")
                .then().statusCode(200);
    }

    /** Was a 409 for another tenant's name: a way to learn who works at another bakery. */
    @Test
    void anAdminNamesUsersInTheirOwnTenantOnlyAndCannotProbeAnothersNames() {
        String name = "dee-" + UUID.randomUUID() + "@" + tenant;
        create(name, "[\"baker\"]");
        String other = "other-" + UUID.randomUUID();
        for (String probe : java.util.List.of(name, "dee-" + UUID.randomUUID() + "@" + tenant, "plain-name")) {
            as("admin", other).body("{\"username\":\"" + probe + "\",\"password\":\"another-password-2\","
                    + "\"roles\":[\"admin\"]}").post("/api/admin/users").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("username"))
                    .body("errors[0].reason", equalTo("must end with @" + other));
        }
        as("admin", other).get("/api/admin/users").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void anAdminCannotTouchAnotherTenantsUsers() {
        int id = create("bo-" + UUID.randomUUID() + "@" + tenant, "[\"baker\"]");
        String other = "other-" + UUID.randomUUID();
        as("admin", other).get("/api/admin/users/" + id).then().statusCode(404);
        as("admin", other).body("{\"roles\":[\"admin\"]}").put("/api/admin/users/" + id).then().statusCode(404);
        as("admin", other).delete("/api/admin/users/" + id).then().statusCode(404);
        as("admin", other).get("/api/admin/users").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as("admin", tenant).get("/api/admin/users/" + id).then().statusCode(200).body("roles", contains("baker"));
    }

    @Test
    void onlyAdminsManageUsersAndBadInputIsRefused() {
        as("manager", tenant).get("/api/admin/users").then().statusCode(403);
        as("admin", tenant).body("{\"username\":\"x y\",\"password\":\"short\",\"roles\":[\"chef\"]}")
                .post("/api/admin/users").then().statusCode(400)
                .body("errors.field", hasItem("username")).body("errors.field", hasItem("password"));
        as("admin", tenant).body("{\"username\":\"z-" + UUID.randomUUID() + "@" + tenant
                + "\",\"password\":\"a-long-password-1\",\"roles\":[\"chef\"]}").post("/api/admin/users").then()
                .statusCode(400).body("code", equalTo("unknown_role"));
    }
}
