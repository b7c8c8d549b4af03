package com.bakery.classifier.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.bakery.classifier.Api;
import com.bakery.classifier.Training;
import com.bakery.classifier.training.ModelVersion;
import com.bakery.classifier.training.ModelVersionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A demo tenant whose first model was cut short by a restart gets one at the next start. */
@QuarkusTest
class DemoModelsTest {

    @Inject
    DemoModels demo;

    @Inject
    ModelVersionRepository versions;

    @Test
    void aTenantLeftWithoutAModelIsTrainedAgainAndTheDeadRunMarkedFailed() {
        Api api = Api.tenant("demo-restarted");
        Training.addImages(api, Training.FRUIT);
        // what a classifier stopped in the middle of the first training leaves behind
        QuarkusTransaction.requiringNew().run(() -> {
            ModelVersion dead = new ModelVersion();
            dead.tenant = api.tenant();
            dead.version = 1;
            dead.requestedBy = "demo";
            versions.persist(dead);
        });

        demo.seed(api.tenant());

        api.as("manager").get("/api/classifier/models/1").then().statusCode(200).body("status", equalTo("FAILED"));
        Training.awaitReady(api, 2);
        api.as("manager").get("/api/classifier/models").then().statusCode(200).body("version", contains(2, 1))
                .body("active", contains(true, false));
    }

    @Test
    void aTenantWithAModelIsLeftAlone() {
        Api api = Api.tenant("demo-trained");
        Training.addImages(api, Training.FRUIT);
        Training.train(api);

        demo.seed(api.tenant());

        api.as("manager").get("/api/classifier/models").then().statusCode(200).body("version", contains(1))
                .body("active", contains(true));
    }
}
