package com.bakery.classifier.classification;

import com.bakery.classifier.provider.Verdict;
import com.bakery.classifier.demo.BundledFruit;
import com.bakery.classifier.image.CheckedImage;
import com.bakery.classifier.image.ImageStore;
import com.bakery.classifier.provider.openai.OpenAiClassifier;
import com.bakery.classifier.provider.openai.OpenAiUnavailable;
import com.bakery.classifier.settings.Provider;
import com.bakery.classifier.settings.ProviderSettings;
import com.bakery.classifier.training.ActiveModels;
import com.bakery.classifier.training.TrainingImageRepository;
import com.bakery.common.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

/**
 * Classifies a photo with the tenant's provider and records the answer with the image. The provider is asked
 * outside any transaction; when the vision API fails, the local model answers if the tenant has one.
 */
@ApplicationScoped
public class ClassificationService {

    private static final Logger LOG = Logger.getLogger(ClassificationService.class);

    private final LocalClassifier local;
    private final OpenAiClassifier openai;
    private final ActiveModels models;
    private final TrainingImageRepository training;
    private final ImageStore images;
    private final ClassificationRepository classifications;
    private final ProviderSettings settings;
    private final MeterRegistry metrics;

    public ClassificationService(LocalClassifier local, OpenAiClassifier openai, ActiveModels models,
            TrainingImageRepository training, ImageStore images, ClassificationRepository classifications,
            ProviderSettings settings, MeterRegistry metrics) {
        this.settings = settings;
        this.metrics = metrics;
        this.local = local;
        this.openai = openai;
        this.models = models;
        this.training = training;
        this.images = images;
        this.classifications = classifications;
    }

    public Classification classify(String tenant, String subject, CheckedImage image, String batchRef) {
        long start = System.nanoTime();
        Verdict verdict;
        String note = null;
        if (settings.of(tenant) == Provider.OPENAI && openai.configured()) {
            try {
                verdict = openai.classify(image, labels(tenant));
            } catch (OpenAiUnavailable | FaultToleranceException e) {
                LOG.warnf("Vision API failed for tenant %s: %s", tenant, e.getMessage());
                if (!local.ready(tenant)) {
                    throw ProblemException.unavailable("provider_unavailable",
                            "The vision API did not answer and this tenant has no local model to fall back on.");
                }
                note = "openai did not answer (" + e.getMessage() + "); the local model answered";
                verdict = local.classify(tenant, image);
            }
        } else {
            verdict = local.classify(tenant, image);
        }
        int tookMs = (int) ((System.nanoTime() - start) / 1_000_000);
        Verdict answer = verdict;
        String why = note;
        Classification kept = QuarkusTransaction.requiringNew().call(() -> {
            Classification c = new Classification();
            c.tenant = tenant;
            c.image = images.keep(tenant, image);
            c.label = answer.label();
            c.confidence = BigDecimal.valueOf(answer.confidence()).setScale(4, RoundingMode.HALF_UP);
            c.alternatives = answer.alternatives().stream().map(a -> new Verdict.Alternative(a.label(),
                    BigDecimal.valueOf(a.score()).setScale(4, RoundingMode.HALF_UP).doubleValue())).toList();
            c.provider = answer.provider();
            c.model = answer.model();
            c.tookMs = tookMs;
            c.batchRef = batchRef;
            c.note = why;
            c.requestedBy = subject;
            classifications.persist(c);
            return c;
        });
        metrics.counter("bakery.classifier.predictions", "label", answer.label(), "confidence",
                confidence(answer.confidence())).increment();
        return kept;
    }

    /** The confidence band of {@code bakery_classifier_predictions_total}: high from 0.8, medium from 0.5. */
    private static String confidence(double score) {
        return score >= 0.8 ? "high" : score >= 0.5 ? "medium" : "low";
    }

    /** The labels the vision model may answer with: the active model's, else the training images', else the bundled fruit. */
    List<String> labels(String tenant) {
        var active = models.of(tenant);
        if (active.isPresent()) {
            return active.get().model().labels();
        }
        List<String> trained = training.countsByLabel(tenant).stream().map(row -> (String) row[0]).toList();
        return trained.isEmpty() ? BundledFruit.LABELS : trained;
    }
}
