package com.bakery.inventory.markdown;

import java.util.List;

/** A tenant's markdown rule, youngest step first. */
public record MarkdownView(List<Step> steps) {

    public record Step(int afterHours, int percent) {
    }

    static MarkdownView of(List<MarkdownStep> steps) {
        return new MarkdownView(steps.stream().map(s -> new Step(s.afterHours, s.percent)).toList());
    }
}
