package com.bakery.classifier.model;

import java.awt.image.BufferedImage;

/** A training example: a picture and the label it shows. */
public record LabelledImage(String label, BufferedImage image) {}
