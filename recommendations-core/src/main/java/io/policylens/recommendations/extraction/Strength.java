package io.policylens.recommendations.extraction;

/** How strongly a recommendation is put (GUIDELINES R9). The label is what the API and the gold files use. */
public enum Strength {
    MUST("must"), SHOULD("should"), RECOMMEND("recommend"), COULD("could"), IMPERATIVE("imperative");

    private final String label;

    Strength(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Strength from a label such as {@code should}; null when unknown. */
    public static Strength fromLabel(String label) {
        for (Strength strength : values()) {
            if (strength.label.equalsIgnoreCase(label)) {
                return strength;
            }
        }
        return null;
    }
}
