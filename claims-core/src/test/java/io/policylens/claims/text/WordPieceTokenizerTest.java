package io.policylens.claims.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordPieceTokenizerTest {

    private static final List<String> VOCABULARY = List.of("[PAD]", "[UNK]", "the", "tariff", "##s", "rose", "by",
            "5", "%", ".", "un", "##employ", "##ment", "cafe", ",", "'", "t", "don", "$", "1", "##0");

    private final WordPieceTokenizer tokenizer = new WordPieceTokenizer(VOCABULARY);

    private List<String> pieces(String text) {
        return java.util.Arrays.stream(tokenizer.ids(text)).mapToObj(VOCABULARY::get).toList();
    }

    @Test
    void lowercasesAndSplitsPunctuationIntoPieces() {
        assertThat(pieces("The tariffs rose by 5%.")).containsExactly("the", "tariff", "##s", "rose", "by", "5", "%",
                ".");
    }

    @Test
    void cutsWordsGreedilyIntoTheLongestKnownPieces() {
        assertThat(pieces("Unemployment")).containsExactly("un", "##employ", "##ment");
        assertThat(pieces("$10,")).containsExactly("$", "1", "##0", ",");
    }

    @Test
    void stripsAccentsAndSplitsApostrophes() {
        assertThat(pieces("Café")).containsExactly("cafe");
        assertThat(pieces("don’t")).containsExactly("don", "[UNK]", "t");
        assertThat(pieces("don't")).containsExactly("don", "'", "t");
    }

    @Test
    void aWordWithAnUnknownRestIsOneUnknownPiece() {
        assertThat(pieces("tariffz rose")).containsExactly("[UNK]", "rose");
        assertThat(pieces("")).isEmpty();
        assertThat(pieces("  \n\t ")).isEmpty();
    }

    @Test
    void needsAnUnknownPiece() {
        assertThatThrownBy(() -> new WordPieceTokenizer(List.of("a",
                "b"))).isInstanceOf(IllegalArgumentException.class);
    }
}
