package com.bakery.classifier.demo;

import com.bakery.classifier.config.ClassifierConfig;
import com.bakery.classifier.image.ImageCheck;
import com.bakery.classifier.training.ModelTrainer;
import com.bakery.classifier.training.ModelVersionRepository;
import com.bakery.classifier.training.TrainingImageRepository;
import com.bakery.classifier.training.TrainingImageService;
import com.bakery.common.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Dev profile: a demo tenant without training images gets the bundled fruit (every style but OpenMoji, which is
 * kept for trying the model on a style it has not seen) as training images and
 * a first model, so classification works as soon as {@code ./bakery up} is.
 */
@ApplicationScoped
public class DemoModels {

    private static final Logger LOG = Logger.getLogger(DemoModels.class);

    private final ClassifierConfig.Demo config;
    private final ImageCheck check;
    private final TrainingImageService service;
    private final TrainingImageRepository training;
    private final ModelVersionRepository versions;
    private final ModelTrainer trainer;

    public DemoModels(ClassifierConfig config, ImageCheck check, TrainingImageService service,
            TrainingImageRepository training, ModelVersionRepository versions, ModelTrainer trainer) {
        this.config = config.demo();
        this.check = check;
        this.service = service;
        this.training = training;
        this.versions = versions;
        this.trainer = trainer;
    }

    void seed(@Observes StartupEvent event) {
        if (config.enabled()) {
            config.tenants().forEach(this::seed);
        }
    }

    /**
     * Gives a fresh tenant the bundled fruit and a first model; trains one again for a tenant left without any (the
     * service stopped while its first model trained).
     */
    void seed(String tenant) {
        boolean fresh = QuarkusTransaction.requiringNew().call(() -> training.count("tenant", tenant) == 0
                && versions.count("tenant", tenant) == 0);
        if (fresh) {
            int added = 0;
            for (String style : config.styles()) {
                for (String name : BundledFruit.NAMES) {
                    if (BundledFruit.exists(style, name)) {
                        service.add(tenant, BundledFruit.label(name), check.check("image", BundledFruit.png(style, name)));
                        added++;
                    }
                }
            }
            trainer.start(tenant, "demo", true);
            LOG.infof("Demo tenant %s: %d training images added, model 1 training", tenant, added);
            return;
        }
        // ./bakery runs one classifier: a run still marked as training when it starts died with the one before
        // (ModelTrainer finds such runs dead only after minutes of silence, as replicas may share the database)
        boolean untrained = QuarkusTransaction.requiringNew().call(() -> {
            versions.failTraining(tenant, "stopped without finishing (the demo's classifier was restarted)");
            return training.count("tenant", tenant) > 0 && versions.active(tenant).isEmpty();
        });
        if (untrained) {
            try {
                int version = trainer.start(tenant, "demo", true).version;
                LOG.infof("Demo tenant %s has no model (its last training stopped): model %d training", tenant,
                        version);
            } catch (ProblemException e) { // too few labels left: nothing to train
                LOG.debugf("Demo tenant %s not trained: %s", tenant, e.getMessage());
            }
        }
    }
}
