package io.policylens.claims.extraction;

import java.util.List;

/** Whether a claim is hedged, and the words that hedge it ("could", "likely", "estimated", "around"). */
public record Hedging(boolean hedged, List<String> cues) {

    public static final Hedging NONE = new Hedging(false, List.of());

    public Hedging {
        cues = List.copyOf(cues);
    }

    public static Hedging of(List<String> cues) {
        List<String> distinct = cues.stream().distinct().toList();
        return distinct.isEmpty() ? NONE : new Hedging(true, distinct);
    }
}
