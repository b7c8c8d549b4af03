package com.bakery.suite.fault;

import com.bakery.suite.Bakery;
import io.restassured.path.json.JsonPath;
import java.util.List;

/** The tenant's audit trail as its auditor reads it, page by page. */
final class Audit {

    private Audit() {
    }

    /** How many audit records of the tenant are for {@code method path}. */
    static long records(Bakery bakery, String method, String path) {
        long count = 0;
        Object after = 0;
        while (after != null) {
            JsonPath page = bakery.as("auditor").get("/api/admin/audit?limit=200&after=" + after).then()
                    .statusCode(200).extract().jsonPath();
            List<String> methods = page.getList("items.method");
            List<String> paths = page.getList("items.path");
            for (int i = 0; i < methods.size(); i++) {
                if (method.equals(methods.get(i)) && path.equals(paths.get(i))) {
                    count++;
                }
            }
            after = page.get("next");
        }
        return count;
    }
}
