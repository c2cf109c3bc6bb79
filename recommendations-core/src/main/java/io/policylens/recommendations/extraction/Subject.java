package io.policylens.recommendations.extraction;

/**
 * Where the subject of a modal sits in a sentence.
 *
 * @param start        first character of the subject phrase
 * @param end          just past its last character
 * @param clauseWord   the word that opens the clause ("that", "but", "what", ...) in lower case, or "" at a
 *                     sentence start or after punctuation
 * @param relative     true when the subject is a relative pronoun ("interests that could be leveraged")
 */
record Subject(int start, int end, String clauseWord, boolean relative) {

    boolean empty() {
        return end <= start;
    }

    String text(String sentence) {
        return sentence.substring(start, end);
    }
}
