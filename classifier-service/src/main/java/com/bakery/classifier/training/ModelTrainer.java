package com.bakery.classifier.training;

import com.bakery.classifier.model.FruitModel;
import com.bakery.classifier.model.LabelledImage;
import com.bakery.common.lock.AdvisoryLock;
import com.bakery.common.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Trains a new model version in the background: first on the images not held out, to measure it on those held
 * out, then on all of them for the version itself. Progress is written as it goes, so a client can watch it.
 */
@ApplicationScoped
public class ModelTrainer {

    private static final Logger LOG = Logger.getLogger(ModelTrainer.class);
    private static final long SEED = 20261122L;
    private static final Duration STALE_AFTER = Duration.ofMinutes(5);

    private final ModelVersionRepository versions;
    private final TrainingImageRepository training;
    private final ManagedExecutor executor;
    private final EntityManager em;

    public ModelTrainer(ModelVersionRepository versions, TrainingImageRepository training,
            ManagedExecutor executor, EntityManager em) {
        this.versions = versions;
        this.training = training;
        this.executor = executor;
        this.em = em;
    }

    void failStale(@Observes StartupEvent event) {
        int failed = QuarkusTransaction.requiringNew().call(() -> versions.failStale(staleBefore()));
        if (failed > 0) {
            LOG.warnf("%d training run(s) cut short by a restart marked FAILED", failed);
        }
    }

    /** A run writes progress every few seconds; one silent this long died with its process. */
    private static Instant staleBefore() {
        return Instant.now().minus(STALE_AFTER);
    }

    /** Records a TRAINING version and starts its run; refuses while another run of the tenant is going. */
    public ModelVersion start(String tenant, String requestedBy, boolean activate) {
        ModelVersion model = QuarkusTransaction.requiringNew().call(() -> {
            AdvisoryLock.lock(em, "classifier-training:" + tenant);
            versions.failStale(staleBefore());
            if (versions.training(tenant)) {
                throw ProblemException.conflict("training_in_progress",
                        "A model is being trained for this tenant; wait for it to finish.");
            }
            List<Object[]> counts = training.countsByLabel(tenant);
            if (counts.size() < 2) {
                throw new ProblemException(422, "not_enough_training_images", "Cannot train",
                        "Training needs labelled images of at least two labels; this tenant has " + counts.size() + ".");
            }
            ModelVersion m = new ModelVersion();
            m.tenant = tenant;
            m.version = versions.nextVersion(tenant);
            m.requestedBy = requestedBy;
            versions.persist(m);
            return m;
        });
        executor.runAsync(() -> run(model.id, activate));
        return model;
    }

    private void run(long id, boolean activate) {
        try {
            List<HoldOut.Example> examples = QuarkusTransaction.requiringNew().call(() -> {
                ModelVersion m = versions.findById(id);
                return training.allWithImages(m.tenant).stream().map(t -> new HoldOut.Example(t.image.sha256,
                        new LabelledImage(t.label, decode(t.image.content)))).toList();
            });
            HoldOut split = HoldOut.split(examples);
            Progress progress = new Progress(id);
            BigDecimal accuracy = null;
            double finalStart = 0;
            if (split.measurable()) {
                FruitModel measured = FruitModel.train(split.train(), SEED, f -> progress.at(f * 0.4));
                accuracy = accuracy(measured, split.test());
                finalStart = 0.4;
            }
            double from = finalStart;
            List<LabelledImage> all = examples.stream().map(HoldOut.Example::image).toList();
            FruitModel model = FruitModel.train(all, SEED, f -> progress.at(from + f * (1 - from)));
            finish(id, model, all.size(), split.measurable() ? split.test().size() : 0, accuracy, activate);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Training of model %d failed", id);
            QuarkusTransaction.requiringNew().run(() -> {
                ModelVersion m = versions.findById(id, LockModeType.PESSIMISTIC_WRITE);
                if (m.status != ModelStatus.TRAINING) {
                    return;
                }
                m.status = ModelStatus.FAILED;
                m.error = String.valueOf(e.getMessage());
                m.finishedAt = Instant.now();
            });
        }
    }

    /**
     * Records the trained model, unless the run was marked FAILED meanwhile (silent too long, another replica took
     * it for dead and may have started a new run): its result is dropped then, never made READY or active.
     */
    boolean finish(long id, FruitModel model, int images, int heldOut, BigDecimal accuracy, boolean activate) {
        boolean recorded = QuarkusTransaction.requiringNew().call(() -> {
            ModelVersion m = versions.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (m.status != ModelStatus.TRAINING) {
                return false;
            }
            m.status = ModelStatus.READY;
            m.progress = BigDecimal.ONE;
            m.method = model.method();
            m.labels = model.labels().toArray(String[]::new);
            m.trainingImages = images;
            m.heldOutImages = heldOut;
            m.heldOutAccuracy = accuracy;
            m.weights = model.toBytes();
            m.finishedAt = Instant.now();
            if (activate) {
                versions.activate(m);
            }
            return true;
        });
        if (recorded) {
            LOG.infof("Model %d trained on %d images (held-out accuracy %s)", id, images, accuracy);
        } else {
            LOG.warnf("Model %d finished training after it was marked FAILED; its result is dropped", id);
        }
        return recorded;
    }

    private static BigDecimal accuracy(FruitModel model, List<LabelledImage> test) {
        long right = test.stream().filter(t -> model.predict(t.image()).top().label().equals(t.label())).count();
        return BigDecimal.valueOf(right).divide(BigDecimal.valueOf(test.size()), 3, RoundingMode.HALF_UP);
    }

    private static java.awt.image.BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes progress when it has moved by at least 5 points, not on every step. */
    private final class Progress {
        private final long id;
        private final AtomicInteger written = new AtomicInteger();

        Progress(long id) {
            this.id = id;
        }

        void at(double fraction) {
            int percent = (int) Math.floor(Math.min(0.99, fraction) * 100);
            int last = written.get();
            if (percent >= last + 5 && written.compareAndSet(last, percent)) {
                QuarkusTransaction.requiringNew().run(() -> versions.update("progress = ?1, heartbeatAt = ?2 where id = ?3",
                        BigDecimal.valueOf(percent, 2), Instant.now(), id));
            }
        }
    }
}
