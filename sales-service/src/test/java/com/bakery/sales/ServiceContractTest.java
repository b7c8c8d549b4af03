package com.bakery.sales;

import com.bakery.testing.ServiceContractTests;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceContractTest extends ServiceContractTests {

    @Override
    protected String service() {
        return "sales";
    }
}
