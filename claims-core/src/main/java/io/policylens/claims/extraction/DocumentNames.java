package io.policylens.claims.extraction;

import io.policylens.claims.text.Tokens;
import io.policylens.claims.text.Tokens.Token;
import io.policylens.documents.analysis.AnnotatedSentence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a document writes capitalised inside its sentences: its names. A sentence's first word is capitalised
 * anyway, so only the rest of the document can tell that "Labour suggested ..." opens with a named actor (C1)
 * while "Officials suggested ..." does not. Headings and title-case lines are left out: they capitalise every word.
 */
final class DocumentNames {

    private DocumentNames() {
    }

    /** Lower-cased words seen capitalised after the first word of a running-text sentence, and never in lower case. */
    static Set<String> of(List<AnnotatedSentence> sentences) {
        Set<String> capitalised = new HashSet<>();
        Set<String> lower = new HashSet<>();
        for (AnnotatedSentence annotated : sentences) {
            if (annotated.sentence().heading()) {
                continue;
            }
            String text = annotated.sentence().text();
            List<Token> tokens = Tokens.tokenize(text);
            int upper = 0;
            for (Token token : tokens) {
                if (token.capitalised()) {
                    upper++;
                }
            }
            boolean titleLike = upper * 2 > tokens.size();
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                String word = token.lower();
                if (token.numeric()) {
                    continue;
                }
                if (!token.capitalised()) {
                    lower.add(word);
                } else if (i > 0 && !titleLike && !afterOpening(text, token.start())) {
                    capitalised.add(word);
                }
            }
        }
        capitalised.removeAll(lower);
        capitalised.remove("i");
        return capitalised;
    }

    /** A capital after a colon, a quote mark or a bullet starts a new sentence or a quotation, not a name. */
    private static boolean afterOpening(String text, int start) {
        int j = start - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        if (j < 0) {
            return true;
        }
        char c = text.charAt(j);
        return c == ':' || c == '‘' || c == '“' || c == '"' || c == '\'' || c == '*' || c == '(' || c == '.'
                || c == '—' || c == '–' || c == '-' || c == '•';
    }

}
