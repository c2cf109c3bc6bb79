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
        /** wildcard phrases ending below this node, indexed by the stem's first three characters */
        Map<String, List<Map.Entry<String, V>>> stems;
        V value;
    }

    /** A match of a phrase over tokens [from, to). */
    record Match<V>(int from, int to, V value) {
    }

    private static final int STEM_INDEX = 3;

    private final Node<V> root = new Node<>();

    void add(List<String> tokens, V value) {
        Node<V> node = root;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            if (last && token.endsWith("*") && token.length() > STEM_INDEX) {
                String stem = token.substring(0, token.length() - 1);
                if (node.stems == null) {
                    node.stems = new HashMap<>();
                }
                node.stems.computeIfAbsent(stem.substring(0, STEM_INDEX), k -> new ArrayList<>()).add(Map.entry(stem, value));
                return;
            }
            node = node.children.computeIfAbsent(token, k -> new Node<>());
        }
        node.value = value;
    }

    /** The longest phrase starting at token {@code from}, or null. */
    Match<V> longestAt(Tokens tokens, int from) {
        Node<V> node = root;
        Match<V> best = null;
        for (int i = from; i < tokens.size && node != null; i++) {
            String token = tokens.text[i];
            if (node.stems != null && token.length() >= STEM_INDEX) {
                List<Map.Entry<String, V>> candidates = node.stems.get(token.substring(0, STEM_INDEX));
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
