package com.bakery.classifier.training;

public enum ModelStatus {
    TRAINING, READY, FAILED
}
