package com.bakery.gateway.edge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Repeated refusals of callers without a valid token are one audit record a window, not one each: from one
 * address, for one reason, the first refusal of a window is recorded; the others are counted, and the first of
 * the next window says how many there were. At most {@code maxKeys} addresses and reasons are followed at once;
 * past that, refusals are recorded one by one (the anonymous limit per address still bounds them).
 */
final class RepeatedRefusals {

    /** What to do with a refusal: record it (with the count of those folded into it since), or fold it. */
    record Verdict(boolean record, int foldedBefore) {
    }

    private record Window(long startMs, int folded) {
    }

    private final long windowMs;
    private final int maxKeys;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RepeatedRefusals(long windowMs, int maxKeys) {
        this.windowMs = windowMs;
        this.maxKeys = maxKeys;
    }

    Verdict admit(String address, String reason, long nowMs) {
        String key = address + "\n" + reason;
        if (windows.size() >= maxKeys && !windows.containsKey(key)) {
            windows.entrySet().removeIf(e -> nowMs - e.getValue().startMs() >= windowMs);
            if (windows.size() >= maxKeys) {
                return new Verdict(true, 0);
            }
        }
        int[] before = { 0 };
        boolean[] record = { false };
        windows.compute(key, (k, w) -> {
            if (w == null || nowMs - w.startMs() >= windowMs) {
                record[0] = true;
                before[0] = w == null ? 0 : w.folded();
                return new Window(nowMs, 0);
            }
            return new Window(w.startMs(), w.folded() + 1);
        });
        return new Verdict(record[0], before[0]);
    }
}
