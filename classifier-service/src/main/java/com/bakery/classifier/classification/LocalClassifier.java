package com.bakery.classifier.classification;

import com.bakery.classifier.provider.Verdict;
import com.bakery.classifier.config.ClassifierConfig;
import com.bakery.classifier.image.CheckedImage;
import com.bakery.classifier.model.Prediction;
import com.bakery.classifier.model.Score;
import com.bakery.classifier.training.ActiveModels;
import com.bakery.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** The tenant's active local model; a photo is scaled down first, which is all the model needs. */
@ApplicationScoped
public class LocalClassifier {

    private static final int ALTERNATIVES = 3;

    private final ActiveModels models;
    private final int side;

    public LocalClassifier(ActiveModels models, ClassifierConfig config) {
        this.models = models;
        this.side = config.inferenceSide();
    }

    public boolean ready(String tenant) {
        return models.of(tenant).isPresent();
    }

    public Verdict classify(String tenant, CheckedImage image) {
        ActiveModels.Loaded loaded = models.of(tenant).orElseThrow(() -> new ProblemException(409, "no_model",
                "No model yet", "This tenant has no trained model: add training images "
                        + "(POST /api/classifier/training-images) and train one (POST /api/classifier/models)."));
        Prediction prediction = loaded.model().predict(scaled(image.pixels()));
        Score top = prediction.top();
        return new Verdict(top.label(), top.probability(), prediction.ranked().stream().skip(1).limit(ALTERNATIVES)
                .map(s -> new Verdict.Alternative(s.label(), s.probability())).toList(), "local",
                "local v" + loaded.version());
    }

    private BufferedImage scaled(BufferedImage image) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= side) {
            return image;
        }
        double f = (double) side / longest;
        int w = Math.max(1, (int) Math.round(image.getWidth() * f));
        int h = Math.max(1, (int) Math.round(image.getHeight() * f));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
