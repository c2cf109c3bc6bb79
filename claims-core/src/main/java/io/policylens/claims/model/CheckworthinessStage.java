package io.policylens.claims.model;

import io.policylens.claims.text.SentenceCues;

import java.util.function.ToDoubleFunction;

/** Which part of a {@link CheckworthinessCascade} answers: the fast model, the whole cascade, or the transformer. */
public enum CheckworthinessStage {
    FAST, CASCADE, TRANSFORMER;

    /** The stage's margin (log-odds about its threshold) in the given cascade. */
    public ToDoubleFunction<SentenceCues> of(CheckworthinessCascade cascade) {
        return switch (this) {
            case FAST -> cascade::fastMargin;
            case CASCADE -> cascade::margin;
            case TRANSFORMER -> cues -> cascade.transformerMargin(cues.text());
        };
    }

    /** The stage by its lower-case name (fast, cascade, transformer). */
    public static CheckworthinessStage named(String name) {
        for (CheckworthinessStage stage : values()) {
            if (stage.name().equalsIgnoreCase(name)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("no check-worthiness stage " + name + " (fast, cascade, transformer)");
    }
}
