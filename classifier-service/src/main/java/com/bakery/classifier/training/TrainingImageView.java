package com.bakery.classifier.training;

import java.time.Instant;

public record TrainingImageView(long id, String label, long imageId, String imageSha256, String format, int width,
        int height, Instant createdAt) {

    static TrainingImageView of(TrainingImage t) {
        return new TrainingImageView(t.id, t.label, t.image.id, t.image.sha256, t.image.format, t.image.width,
                t.image.height, t.createdAt);
    }
}
