package com.bakery.classifier;

import com.bakery.simulators.openai.OpenAiSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Runs the OpenAI-compatible simulator in the test JVM; the service reaches it through its real REST client. */
public class OpenAiSimulatorResource implements QuarkusTestResourceLifecycleManager {

    public static final String KEY = "sk-test-classifier";
    private static OpenAiSimulator simulator;

    public static OpenAiSimulator simulator() {
        return simulator;
    }

    @Override
    public Map<String, String> start() {
        simulator = new OpenAiSimulator(KEY);
        String url = simulator.start(0);
        return Map.of("quarkus.rest-client.openai.url", url, "classifier.openai.api-key", KEY);
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
