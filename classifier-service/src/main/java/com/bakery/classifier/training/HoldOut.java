package com.bakery.classifier.training;

import com.bakery.classifier.model.LabelledImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits training images into those the model learns from and those it is measured on: per label, one in five
 * (at least one where a label has two or more), chosen by image hash so that the same images give the same split.
 */
public record HoldOut(List<LabelledImage> train, List<LabelledImage> test) {

    public record Example(String sha256, LabelledImage image) {
    }

    public static HoldOut split(List<Example> examples) {
        Map<String, List<Example>> byLabel = new LinkedHashMap<>();
        examples.forEach(e -> byLabel.computeIfAbsent(e.image().label(), l -> new ArrayList<>()).add(e));
        List<LabelledImage> train = new ArrayList<>();
        List<LabelledImage> test = new ArrayList<>();
        byLabel.values().forEach(group -> {
            group.sort(Comparator.comparing(Example::sha256));
            int held = group.size() < 2 ? 0 : Math.max(1, group.size() / 5);
            for (int i = 0; i < group.size(); i++) {
                (i < held ? test : train).add(group.get(i).image());
            }
        });
        return new HoldOut(train, test);
    }

    /** True when the model can be measured: something held out, and at least two labels left to learn from. */
    public boolean measurable() {
        return !test.isEmpty() && train.stream().map(LabelledImage::label).distinct().count() >= 2;
    }
}
