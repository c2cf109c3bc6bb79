package io.policylens.claims.quantities;

import io.policylens.claims.text.SentenceCues;
import io.policylens.claims.text.Tokens.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the figures of a sentence: digits and number words with their scale, currency or counted noun,
 * approximation and period. Years, ordinals, footnote markers and numbers that are part of a name
 * ("G-7", "5G", "Made in China 2025") are not quantities: they measure nothing (C3).
 */
public final class QuantityExtractor {

    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1.0),
            Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0),
            Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0),
            Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("thirteen", 13.0),
            Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0),
            Map.entry("fifty", 50.0), Map.entry("hundred", 100.0), Map.entry("dozen", 12.0),
            Map.entry("dozens", 24.0), Map.entry("hundreds", 200.0), Map.entry("thousands", 2000.0),
            Map.entry("half", 0.5));

    private static final Map<String, String> SCALES = Map.of("percent", "percent", "%", "percent", "thousand",
            "thousand", "million", "million", "billion", "billion", "trillion", "trillion", "bn", "billion", "mn",
            "million");

    private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("$", "USD"),
            Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("usd", "USD"), Map.entry("won", "KRW"),
            Map.entry("₩", "KRW"), Map.entry("krw", "KRW"), Map.entry("€", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("eur", "EUR"), Map.entry("yen", "JPY"), Map.entry("¥", "JPY"), Map.entry("£", "GBP"),
            Map.entry("pounds", "GBP"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"));

    private static final Set<String> APPROXIMATORS = Set.of("around", "about", "nearly", "almost", "approximately",
            "roughly", "some", "over", "under", "estimated", "up", "least", "more", "less", "fewer", "above", "below",
            "than", "upwards", "well", "close");

    /** Words after a number that are not the thing counted. */
    private static final Set<String> NOT_UNITS = Set.of("of", "and", "or", "to", "in", "the", "a", "from", "for",
            "by", "with", "at", "on", "as", "than", "percent", "per", "that", "which", "is", "are", "was", "were");

    public List<Quantity> extract(String sentence) {
        return extract(SentenceCues.of(sentence));
    }

    public List<Quantity> extract(SentenceCues cues) {
        List<Token> tokens = cues.tokens();
        String[] lower = cues.lowerTokens();
        String text = cues.text();
        String period = period(cues);
        List<Quantity> quantities = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Double value = isHalfA(lower, i) ? Double.valueOf(0.5) : value(token, lower[i]);
            if (value == null || cues.inLink(i) || !isMeasure(text, tokens, lower, i)
                    || i + 1 < tokens.size() && DURATIONS.contains(lower[i + 1])) {
                continue;
            }
            int first = i;
            int last = i;
            String unit = null;
            if (i > 0 && CURRENCIES.containsKey(lower[i - 1]) && !Character.isLetter(lower[i - 1].charAt(0))) {
                unit = CURRENCIES.get(lower[i - 1]);
                first = i - 1;
            }
            // "40 billion", "20 percent", "2.8 %", "620,000"
            String scale = null;
            int j = i + 1;
            if (isHalfA(lower, i)) {
                j = i + 2; // "half a billion people": the article belongs to the scale
            }
            while (j < tokens.size() && NUMBER_WORDS.containsKey(lower[j]) && !"half".equals(lower[j])) {
                value *= NUMBER_WORDS.get(lower[j]);
                last = j++;
            }
            if (j < tokens.size() && SCALES.containsKey(lower[j])) {
                scale = SCALES.get(lower[j]);
                last = j++;
            } else if (j + 1 < tokens.size() && "per".equals(lower[j]) && "cent".equals(lower[j + 1])) {
                scale = "percent";
                last = j + 1;
                j += 2;
            }
            if (j < tokens.size() && unit == null && CURRENCIES.containsKey(lower[j])) {
                unit = CURRENCIES.get(lower[j]);
                last = j++;
            }
            if (unit == null && !"percent".equals(scale) && j < tokens.size() && isNoun(tokens.get(j), lower[j])) {
                unit = lower[j];
                last = j;
            }
            boolean approximate = first > 0 && APPROXIMATORS.contains(lower[first - 1]);
            String measured = measured(tokens, lower, last + 1, unit);
            int start = tokens.get(first).start();
            int end = tokens.get(last).end();
            quantities.add(new Quantity(value, scale, unit, measured, period, approximate, start, end,
                    text.substring(start, end)));
            i = last;
        }
        return quantities;
    }

    private static Double value(Token token, String lower) {
        if (token.numeric()) {
            String digits = lower.replace(",", "");
            int k = 0;
            while (k < digits.length() && (Character.isDigit(digits.charAt(k)) || digits.charAt(k) == '.')) {
                k++;
            }
            if (k < digits.length()) {
                return null; // "5G", "19th", "2017-21" stays out
            }
            try {
                return Double.parseDouble(digits);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Double word = NUMBER_WORDS.get(lower);
        return word != null && !"half".equals(lower) ? word : null;
    }

    /** Rules out years, ranges of years, footnote markers and numbers glued to names. */
    private static boolean isMeasure(String text, List<Token> tokens, String[] lower, int i) {
        Token token = tokens.get(i);
        int dot = lower[i].indexOf('.');
        if (dot == 4 && SentenceCues.isYear(lower[i].substring(0, 4)) && i == tokens.size() - 1) {
            return false; // "signed in 1994.12": a year followed by a footnote marker (R2)
        }
        if (SentenceCues.isYear(lower[i]) && !(i + 1 < lower.length && SCALES.containsKey(lower[i + 1]))
                && !(i > 0 && "$".equals(lower[i - 1]))) {
            return false;
        }
        int before = token.start() - 1;
        if (before >= 0) {
            char c = text.charAt(before);
            // "G-7", "Bio-5", "COVID-19"; footnote markers directly after the final period ("1972.217")
            if (c == '-' && before > 0 && Character.isLetter(text.charAt(before - 1))) {
                return false;
            }
            if ((c == '.' || c == '[') && token.end() >= text.strip().length() - 1) {
                return false;
            }
            // a footnote marker after a closing quote or bracket that follows the final period: "…equity.”19"
            if (isClosing(c) && before > 0 && text.charAt(before - 1) == '.'
                    && token.end() >= text.strip().length() - 1) {
                return false;
            }
        }
        if (i > 0 && REFERENCE_WORDS.contains(lower[i - 1])
                || i > 2 && "and".equals(lower[i - 1]) && REFERENCE_WORDS.contains(lower[i - 3])) {
            return false; // "Figure 3", "Tables 2 and 3", "page 12": a place in a document, not a measure (C3)
        }
        if (token.numeric() && i + 1 < lower.length && ("a".equals(lower[i + 1]) || "an".equals(lower[i + 1])
                || "the".equals(lower[i + 1]))) {
            return false; // "the introduction of 1 a new list": a footnote or page digit left in the running text
        }
        if (token.numeric() && i > 0 && "an".equals(lower[i - 1]) && !soundsLikeVowel(lower[i])) {
            return false; // "not an 3 exact mapping": "an" belongs to the next word, the digit is a stray marker
        }
        if (isNameNumber(text, tokens, lower, i)) {
            return false;
        }
        if (isHalfA(lower, i)) {
            return true;
        }
        if (!token.numeric()) {
            // number words count only with a counted noun or a scale: "one of the first" is not a figure
            int next = i + 1;
            return next < lower.length && (SCALES.containsKey(lower[next]) || NUMBER_WORDS.containsKey(lower[next])
                    || isNoun(tokens.get(next), lower[next]) || isFractionOf(lower, i));
        }
        return true;
    }

    /** Words that name a place in a document or a numbered part of a text: the number after them is a label. */
    private static final Set<String> REFERENCE_WORDS = Set.of("figure", "figures", "fig", "table", "tables", "chart",
            "charts", "page", "pages", "p", "pp", "box", "annex", "appendix", "chapter", "chapters", "section",
            "sections", "paragraph", "paragraphs", "para", "exhibit", "graph", "footnote", "note", "notes", "endnote",
            "recommendation", "recommendations", "article", "articles", "clause", "schedule", "part", "step", "phase",
            "tier", "level", "volume", "vol", "no", "number", "item", "question", "option", "slide");

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    /**
     * "BBC Radio 4's programme", "Boeing 737 MAX": a number between a capitalised word and a name or a possessive is
     * part of the name (C3: it measures nothing). Currency codes and months keep their numbers.
     */
    private static boolean isNameNumber(String text, List<Token> tokens, String[] lower, int i) {
        if (i == 0 || !tokens.get(i).numeric() || !tokens.get(i - 1).capitalised() || tokens.get(i - 1).numeric()
                || CURRENCIES.containsKey(lower[i - 1]) || MONTHS.contains(lower[i - 1])
                || lower[i - 1].length() == 3 && tokens.get(i - 1).text()
                .equals(lower[i - 1].toUpperCase(Locale.ROOT))) {
            return false; // "USD 223.7 billion", "CHF 5 million": a currency code keeps its amount
        }
        int end = tokens.get(i).end();
        boolean possessive = end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && text.charAt(end + 1) == 's';
        boolean nameFollows = i + 1 < tokens.size() && tokens.get(i + 1).capitalised() && !tokens.get(i + 1).numeric()
                && !SCALES.containsKey(lower[i + 1]);
        return possessive || nameFollows;
    }

    /** "half a billion", "half a million": a figure written in words. */
    private static boolean isHalfA(String[] lower, int i) {
        return "half".equals(lower[i]) && i + 2 < lower.length
                && ("a".equals(lower[i + 1]) || "an".equals(lower[i + 1]))
                && SCALES.containsKey(lower[i + 2]) && !"percent".equals(SCALES.get(lower[i + 2]));
    }

    /** "an 8", "an 11", "an 18": the numbers English writes after "an". */
    private static boolean soundsLikeVowel(String digits) {
        return digits.startsWith("8") || digits.equals("11") || digits.startsWith("11,") || digits.startsWith("11.")
                || digits.equals("18") || digits.startsWith("18,") || digits.startsWith("18.");
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean isFractionOf(String[] lower, int i) {
        return i + 3 < lower.length && "of".equals(lower[i + 1]) && "the".equals(lower[i + 2])
                && lower[i + 3].chars().allMatch(Character::isDigit);
    }

    /** Durations ("after 80 years") locate a claim in time; they measure nothing in the world (C3). */
    private static final Set<String> DURATIONS = Set.of("years", "year", "months", "month", "days", "day", "weeks",
            "week", "decades", "decade", "centuries", "century", "hours", "minutes");

    private static boolean isNoun(Token token, String lower) {
        return !token.numeric() && Character.isLetter(lower.charAt(0)) && !NOT_UNITS.contains(lower)
                && !token.capitalised() && lower.length() > 2 && !lower.endsWith("ly");
    }

    /** What a share or amount is of: "20 percent of the global market for semiconductors" -> "global market". */
    private static String measured(List<Token> tokens, String[] lower, int from, String unit) {
        int i = from;
        if (i < lower.length && "of".equals(lower[i])) {
            i++;
            if (i < lower.length && ("the".equals(lower[i]) || "its".equals(lower[i]) || "their".equals(lower[i])
                    || "all".equals(lower[i]))) {
                i++;
            }
            StringBuilder phrase = new StringBuilder();
            int words = 0;
            while (i < lower.length && words < 4 && !NOT_UNITS.contains(lower[i]) && !tokens.get(i).numeric()) {
                if (!phrase.isEmpty()) {
                    phrase.append(' ');
                }
                phrase.append(tokens.get(i).text());
                words++;
                i++;
            }
            return phrase.isEmpty() ? unit : phrase.toString();
        }
        if (i < lower.length && ("in".equals(lower[i]) || "for".equals(lower[i])) && i + 1 < lower.length) {
            return null;
        }
        return unit;
    }

    /** The first year or year range in the sentence ("2017-2021", "2022"); ranges are kept whole. */
    private static String period(SentenceCues cues) {
        List<Token> tokens = cues.tokens();
        String text = cues.text();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            if (SentenceCues.isYear(word)) {
                int end = tokens.get(i).end();
                if (end + 1 < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '–')
                        && i + 1 < tokens.size() && tokens.get(i + 1).start() == end + 1) {
                    return word + "-" + tokens.get(i + 1).text();
                }
                return word.toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
