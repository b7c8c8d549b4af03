package com.bakery.payments;

import com.bakery.simulators.infinitepay.InfinitePaySimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Runs the InfinitePay simulator in the test JVM; the service reaches it through its real REST client. */
public class InfinitePaySimulatorResource implements QuarkusTestResourceLifecycleManager {

    public static final String HANDLE = "bakery-test";
    private static InfinitePaySimulator simulator;

    public static InfinitePaySimulator simulator() {
        return simulator;
    }

    @Override
    public Map<String, String> start() {
        simulator = new InfinitePaySimulator();
        String url = simulator.start(0);
        return Map.of("quarkus.rest-client.infinitypay.url", url, "payments.infinitypay.handle", HANDLE);
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
