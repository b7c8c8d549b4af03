package com.bakery.classifier.provider;

import java.util.List;

/** What a provider said about an image: the best label, its confidence, the runners-up, and who said it. */
public record Verdict(String label, double confidence, List<Alternative> alternatives, String provider, String model) {

    public record Alternative(String label, double score) {
    }
}
