package com.bakery.classifier.classification;

import com.bakery.classifier.provider.Verdict;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record ClassificationView(long id, String label, BigDecimal confidence, List<Verdict.Alternative> alternatives,
        String provider, String model, int tookMs, long imageId, String imageSha256, String batchId, String note,
        String requestedBy, Instant createdAt) {

    static ClassificationView of(Classification c) {
        return new ClassificationView(c.id, c.label, c.confidence, c.alternatives, c.provider, c.model, c.tookMs,
                c.image.id, c.image.sha256, c.batchRef, c.note, c.requestedBy, c.createdAt);
    }
}
