package io.policylens.recommendations.extraction;

/**
 * One party a noun phrase names as the one to act, before the document context turns it into a final
 * name: "the government" and "we" become the document's country, "the two nations" its pair.
 *
 * @param type   what kind of phrase named it
 * @param name   canonical name (NAMED) or normalised noun phrase (AGENT); null for the other types
 * @param plural for PRONOUN: "they"/"them" rather than "it"
 * @param at     where the phrase starts in its sentence (pronouns look for their antecedent before it)
 */
record Party(Type type, String name, boolean plural, int at) {

    enum Type {
        /** A country, union, legislature or office the lexicon or the gazetteer knows: a state-like body. */
        NAMED,
        /** A common noun phrase headed by a party: "food manufacturers", "STPs", "developed nations". */
        AGENT,
        /** "the government", "policymakers": the government of the document's country. */
        GOVERNMENT,
        /** "lawmakers": Congress in a US document (R10). */
        LEGISLATURE,
        /** "both countries", "the two nations". */
        PAIR,
        /** "all three countries". */
        TRIO,
        /** "we", "our". */
        AUTHOR,
        /** "the Commission" without a name. */
        COMMISSION,
        /** "it", "they", "them". */
        PRONOUN
    }

    static Party named(String name, int at) {
        return new Party(Type.NAMED, name, false, at);
    }

    static Party of(Type type, int at) {
        return new Party(type, null, false, at);
    }
}
