package com.bakery.classifier.training;

import com.bakery.classifier.image.CheckedImage;
import com.bakery.classifier.image.ImageStore;
import com.bakery.classifier.image.StoredImage;
import com.bakery.common.problem.NotFoundProblem;
import com.bakery.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class TrainingImageService {

    /** What {@link #add} did: a new training image, or the one this image already was. */
    public record Added(TrainingImage image, boolean created) {
    }

    private final ImageStore images;
    private final TrainingImageRepository training;

    public TrainingImageService(ImageStore images, TrainingImageRepository training) {
        this.images = images;
        this.training = training;
    }

    /** Labels an image for training; the same image again with the same label changes nothing. */
    @Transactional
    public Added add(String tenant, String label, CheckedImage image) {
        StoredImage stored = images.keep(tenant, image);
        var existing = training.forImage(tenant, stored.id);
        if (existing.isPresent()) {
            if (!existing.get().label.equals(label)) {
                throw ProblemException.conflict("already_labelled", "This image is already a training "
                        + "image labelled '" + existing.get().label + "' (id " + existing.get().id + ").");
            }
            return new Added(existing.get(), false);
        }
        TrainingImage t = new TrainingImage();
        t.tenant = tenant;
        t.label = label;
        t.image = stored;
        training.persist(t);
        return new Added(t, true);
    }

    @Transactional
    public void remove(String tenant, long id) {
        TrainingImage t = training.find(tenant, id).orElseThrow(() -> new NotFoundProblem("training image", id));
        training.delete(t);
    }
}
