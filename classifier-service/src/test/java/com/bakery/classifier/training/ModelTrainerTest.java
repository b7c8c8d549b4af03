package com.bakery.classifier.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.bakery.classifier.TestImages;
import com.bakery.classifier.model.FruitModel;
import com.bakery.classifier.model.LabelledImage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A training run's end, when another replica took the run for dead meanwhile. */
@QuarkusTest
class ModelTrainerTest {

    @Inject
    ModelTrainer trainer;

    @Inject
    ModelVersionRepository versions;

    @Test
    void aRunMarkedFailedMeanwhileIsNeitherMadeReadyNorActivated() throws Exception {
        String tenant = "training-stale-" + UUID.randomUUID();
        // another replica took this run for dead (silent too long) and marked it FAILED
        long id = QuarkusTransaction.requiringNew().call(() -> {
            ModelVersion m = new ModelVersion();
            m.tenant = tenant;
            m.version = 1;
            m.requestedBy = "manager@" + tenant;
            m.status = ModelStatus.FAILED;
            m.error = "silent too long";
            versions.persist(m);
            return m.id;
        });
        FruitModel model = FruitModel.train(List.of(image("banana"), image("lemon")), 7L, fraction -> { });
        assertFalse(trainer.finish(id, model, 2, 0, null, true));
        ModelVersion after = QuarkusTransaction.requiringNew().call(() -> versions.findById(id));
        assertEquals(ModelStatus.FAILED, after.status);
        assertFalse(after.active);
        assertEquals("silent too long", after.error);
    }

    private static LabelledImage image(String name) throws IOException {
        return new LabelledImage(name, ImageIO.read(new ByteArrayInputStream(TestImages.png("google", name))));
    }
}
