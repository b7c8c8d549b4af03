package com.bakery.classifier.model;

import java.util.List;

/** Every label the model knows, most likely first; the probabilities sum to 1. */
public record Prediction(List<Score> ranked) {

    public Prediction {
        ranked = List.copyOf(ranked);
    }

    public Score top() {
        return ranked.get(0);
    }
}
