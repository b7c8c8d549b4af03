package com.bakery.classifier.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record ModelView(int version, ModelStatus status, BigDecimal progress, String method, List<String> labels,
        int trainingImages, int heldOutImages, BigDecimal heldOutAccuracy, boolean active, String error,
        String requestedBy, Instant createdAt, Instant finishedAt) {

    static ModelView of(ModelVersion m) {
        return new ModelView(m.version, m.status, m.progress, m.method, List.of(m.labels), m.trainingImages,
                m.heldOutImages, m.heldOutAccuracy, m.active, m.error, m.requestedBy, m.createdAt, m.finishedAt);
    }
}
