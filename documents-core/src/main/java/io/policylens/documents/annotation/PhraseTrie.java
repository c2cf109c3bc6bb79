package io.policylens.documents.annotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over token sequences with longest-match lookup. A phrase may end in a prefix wildcard
 * ("semiconductor*") that matches any token starting with the stem.
 *
 * @param <V> the value attached to a phrase
 */
final class PhraseTrie<V> {

    private static final class Node<V> {
        final Map<String, Node<V>> children = new HashMap<>(4);
        /** wildcard phrases ending below this node, indexed by the stem's first character (no allocation on lookup) */
        Map<Character, List<Map.Entry<String, V>>> stems;
        V value;
    }

    /** A match of a phrase over tokens [from, to). */
    record Match<V>(int from, int to, V value) {
    }

    private final Node<V> root = new Node<>();

    /**
     * Adds a phrase. A wildcard arrives either glued ("chip*") or, as {@link Tokens} splits it, as a
     * separate final "*" token after the stem (["chip", "*"]); both mean "any token starting with the stem".
     */
    void add(List<String> tokens, V value) {
        List<String> phrase = tokens;
        String stem = null;
        int size = phrase.size();
        if (size >= 2 && "*".equals(phrase.get(size - 1)) && isWord(phrase.get(size - 2))) {
            stem = phrase.get(size - 2);
            size -= 2;
        } else if (size >= 1 && phrase.get(size - 1).length() > 1 && phrase.get(size - 1).endsWith("*")) {
            String last = phrase.get(size - 1);
            stem = last.substring(0, last.length() - 1);
            size -= 1;
        }
        Node<V> node = root;
        for (int i = 0; i < size; i++) {
            node = node.children.computeIfAbsent(phrase.get(i), k -> new Node<>());
        }
        if (stem == null) {
            node.value = value;
            return;
        }
        if (node.stems == null) {
            node.stems = new HashMap<>();
        }
        node.stems.computeIfAbsent(stem.charAt(0), k -> new ArrayList<>()).add(Map.entry(stem, value));
    }

    private static boolean isWord(String token) {
        return !token.isEmpty() && Character.isLetterOrDigit(token.charAt(0));
    }



    /** The longest phrase starting at token {@code from}, or null. */
    Match<V> longestAt(Tokens tokens, int from) {
        Node<V> node = root;
        Match<V> best = null;
        for (int i = from; i < tokens.size && node != null; i++) {
            String token = tokens.text[i];
            if (node.stems != null && !token.isEmpty()) {
                List<Map.Entry<String, V>> candidates = node.stems.get(token.charAt(0));
                if (candidates != null) {
                    for (Map.Entry<String, V> stem : candidates) {
                        if (token.startsWith(stem.getKey())) {
                            best = new Match<>(from, i + 1, stem.getValue());
                        }
                    }
                }
            }
            node = node.children.get(token);
            if (node != null && node.value != null) {
                best = new Match<>(from, i + 1, node.value);
            }
        }
        return best;
    }
}
