package com.bakery.classifier.model;

/** How likely the model finds one label for a picture. */
public record Score(String label, double probability) {}
