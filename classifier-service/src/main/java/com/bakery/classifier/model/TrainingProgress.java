package com.bakery.classifier.model;

/** Told how far training has got, from 0 to 1. */
@FunctionalInterface
public interface TrainingProgress {

    void at(double fraction);
}
