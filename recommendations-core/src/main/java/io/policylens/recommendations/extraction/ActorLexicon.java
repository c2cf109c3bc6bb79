package io.policylens.recommendations.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that name a party who can be asked to act, mapped to the canonical names of GUIDELINES R10
 * ("Seoul" and "ROK" are South Korea, "Washington" and "the U.S." the United States). It also knows
 * phrases that stand for an actor without naming one: group phrases ("both countries"), first person
 * ("we") and subject pronouns ("it"), which {@link ActorResolver} resolves from the context.
 *
 * <p>The documents gazetteer finds entities; this table exists because recommendations need a few
 * things it does not give: canonical addressee names, governments named after their leader ("the new
 * Lee Jae-myung government"), demonym phrases ("the Korean government") and group phrases.
 */
final class ActorLexicon {

    enum Kind { NAMED, PAIR, TRIO, AUTHOR, PRONOUN, US_STATES, LEGISLATORS, GOVERNMENT, COMMISSION }

    record Hit(Kind kind, String name, int start, int end) {
    }

    private record Entry(Kind kind, String name, String regex) {
    }

    private static final String GOVERNMENT_NOUNS = "(?:government|administration|cabinet|authorities|policymakers|"
            + "policy\\s?makers|officials|leaders|leadership|lawmakers|legislators|president|ministry|ministries|state|"
            + "diplomats|negotiators|regulators)";
    private static final String LEADER_SUFFIX = "(?:\\s+(?:government|administration|cabinet|White\\s+House))";

    private static final List<Entry> ENTRIES = List.of(
            // Leaders first so that "the Moon administration" is one hit rather than nothing.
            new Entry(Kind.NAMED, "South Korea", "(?:(?:President\\s+)?(?:Lee\\s+Jae-myung|Yoon\\s+Suk-yeol|"
                    + "Moon\\s+Jae-in|Park\\s+Geun-hye)"
                    + "|(?:Lee|Yoon|Moon)" + LEADER_SUFFIX + "|President\\s+(?:Lee|Yoon|Moon))" + LEADER_SUFFIX + "?"),
            new Entry(Kind.NAMED, "United States", "(?:(?:President\\s+)?(?:Biden|Trump|Obama)" + LEADER_SUFFIX + "?)"),
            new Entry(Kind.NAMED, "Japan", "(?:(?:Prime\\s+Minister\\s+)?(?:Kishida|Ishiba|Abe|Takaichi)"
                    + LEADER_SUFFIX + ")"),
            new Entry(Kind.NAMED, "China", "(?:(?:President\\s+)?Xi(?:\\s+Jinping)?" + LEADER_SUFFIX + "?)"),
            new Entry(Kind.NAMED, "UK Government", "(?:UK|U\\.K\\.|British|HM)\\s+Government"),
            new Entry(Kind.NAMED, "South Korea", "(?:South\\s+)?Korean\\s+" + GOVERNMENT_NOUNS),
            new Entry(Kind.NAMED, "United States", "(?:American|U\\.S\\.|US)\\s+" + GOVERNMENT_NOUNS
                    + "(?<!U\\.S\\.\\sstate)(?<!US\\sstate)"),
            new Entry(Kind.NAMED, "Japan", "Japanese\\s+" + GOVERNMENT_NOUNS),
            new Entry(Kind.NAMED, "China", "Chinese\\s+" + GOVERNMENT_NOUNS),
            new Entry(Kind.US_STATES, "US states", "(?:(?:U\\.S\\.|US)\\s+states|(?<![A-Za-z]\\s)(?:[Ss]tates)"
                    + "(?=\\s+(?:should|must|need|ought|could|can|have)))"),
            new Entry(Kind.NAMED, "Congress", "(?:U\\.S\\.\\s+|US\\s+)?Congress(?:ional\\s+leaders)?"),
            new Entry(Kind.NAMED, "Department of Commerce", "(?:(?:U\\.S\\.\\s+|US\\s+)?Department\\s+of\\s+Commerce|"
                    + "Commerce\\s+Department)"),
            new Entry(Kind.NAMED, "Department of Defense", "(?:(?:U\\.S\\.\\s+|US\\s+)?Department\\s+of\\s+Defense|"
                    + "Defense\\s+Department|Pentagon|DOD|DoD)"),
            new Entry(Kind.NAMED, "Department of State", "(?:(?:U\\.S\\.\\s+|US\\s+)?Department\\s+of\\s+State|"
                    + "State\\s+Department)"),
            new Entry(Kind.NAMED, "FERC", "(?:FERC|Federal\\s+Energy\\s+Regulatory\\s+Commission)"),
            new Entry(Kind.NAMED, "donor countries", "donor\\s+(?:countries|nations|governments)"),
            new Entry(Kind.NAMED, "WTO members", "WTO\\s+members(?:hip)?"),
            new Entry(Kind.NAMED, "United States", "(?:the\\s+)?United\\s+States(?:\\s+of\\s+America)?|"
                    + "U\\.\\s?S\\.(?:\\s?A\\.)?|USA|US(?!-?\\s?states)"
                    + "|(?<!Latin\\s)(?<!South\\s)(?<!North\\s)(?<!Central\\s)America(?![a-z])|"
                    + "Washington(?!,?\\s+(?:D\\.?\\s?C|Post|state|State|Consensus))"),
            new Entry(Kind.NAMED, "North Korea", "North\\s+Korea(?![a-z])|DPRK|Pyongyang"),
            new Entry(Kind.NAMED, "South Korea", "South\\s+Korea(?![a-z])|Republic\\s+of\\s+Korea|ROK|(?<!North\\s)"
                    + "(?<!North-)Korea(?![a-z])|Seoul"),
            new Entry(Kind.NAMED, "Japan", "Japan(?![a-z])|Tokyo"),
            new Entry(Kind.NAMED, "China", "(?:People['’]s\\s+Republic\\s+of\\s+)?China(?![a-z]|\\s+Sea)|PRC|Beijing"),
            new Entry(Kind.NAMED, "Taiwan", "Taiwan(?![a-z])|Taipei"),
            new Entry(Kind.NAMED, "United Kingdom", "United\\s+Kingdom|UK|U\\.K\\.|Britain"),
            new Entry(Kind.NAMED, "European Commission", "European\\s+Commission"),
            // R10: Europe stands for the Union where the Union is meant; only subjects and addressees are read here.
            new Entry(Kind.NAMED, "European Union", "European\\s+Union|EU|Brussels|Europe(?:ans)?(?![\\p{L}-])"),
            new Entry(Kind.NAMED, "Russia", "Russia(?![a-z])|Moscow|Kremlin"),
            new Entry(Kind.NAMED, "India", "India(?![a-z])|New\\s+Delhi"),
            new Entry(Kind.NAMED, "Australia", "Australia(?![a-z])|Canberra"),
            new Entry(Kind.NAMED, "Canada", "Canada|Ottawa"),
            new Entry(Kind.NAMED, "Germany", "Germany|Berlin"),
            new Entry(Kind.NAMED, "France", "France|Paris"),
            new Entry(Kind.NAMED, "Vietnam", "Vietnam|Viet\\s+Nam|Hanoi"),
            new Entry(Kind.NAMED, "Philippines", "(?:the\\s+)?Philippines|Manila"),
            new Entry(Kind.NAMED, "Indonesia", "Indonesia(?![a-z])|Jakarta"),
            new Entry(Kind.NAMED, "Singapore", "Singapore"),
            new Entry(Kind.NAMED, "New Zealand", "New\\s+Zealand"),
            new Entry(Kind.NAMED, "Ukraine", "Ukraine|Kyiv"),
            new Entry(Kind.NAMED, "Mexico", "Mexico(?![a-z])"),
            new Entry(Kind.NAMED, "Chile", "Chile(?![a-z])"),
            new Entry(Kind.LEGISLATORS, null, "(?:[Ll]awmakers|[Ll]egislators)"),
            new Entry(Kind.GOVERNMENT, null, "(?:(?:the|The)\\s+)?(?:(?:[Ff]ederal|[Nn]ational|[Cc]entral)\\s+)"
                    + "government(?!s)"
                    + "|(?:the|The)\\s+(?:Government|government|administration|Administration)(?!\\s+of)"
                    + "|[Pp]olicy(?:-|\\s)?makers|[Dd]ecision(?:-|\\s)?makers"),
            // "the Commission" alone: the European Commission in a document about the Union, else unnamed.
            new Entry(Kind.COMMISSION, null, "(?:the|The)\\s+Commission(?!\\s+(?:of|on|for))"),
            new Entry(Kind.PAIR, null, "(?i:the\\s+|these\\s+)?(?i:two|both)\\s+(?:nations|countries|sides|governments|"
                    + "allies|partners|capitals|leaders|democracies)"
                    + "|(?i:the|both)\\s+allies|(?i:the\\s+)?(?i:two\\s+)?alliance\\s+partners|[Jj]oint\\s+(?:efforts|"
                    + "programmes|programs|initiatives|action|projects|work)"),
            new Entry(Kind.TRIO, null, "(?i:the|all)\\s+three\\s+(?:nations|countries|allies|governments|partners)|"
                    + "all\\s+three"),
            new Entry(Kind.AUTHOR, null, "[Ww]e|[Oo]ur"),
            new Entry(Kind.PRONOUN, null, "[Ii]t|[Tt]hey|[Tt]hem"));

    /** All entries, in order. */
    private static final Alternation ALL = Alternation.of(allEntries());
    /**
     * For each ASCII character, the entries whose match can begin with it, in the same order: at a word start
     * only those are tried. Java's regex engine tries every branch of an alternation in turn, so this cuts the
     * work at the many word starts ("the", "to", capitalised words) to a few branches; the entries left out
     * cannot match there, so the first match is the same (checked against {@link #scanAll} in the tests).
     */
    private static final Alternation[] BY_FIRST_CHAR = byFirstChar();

    /** A union of entries as one pattern; capturing group g + 1 is entry {@code entries[g]}. */
    private record Alternation(Pattern pattern, int[] entries) {

        static Alternation of(int[] entries) {
            StringBuilder regex = new StringBuilder();
            for (int g = 0; g < entries.length; g++) {
                // Entry regexes use only non-capturing groups, so the g-th entry here is capturing group g + 1.
                regex.append(g == 0 ? "" : "|").append('(').append(ENTRIES.get(entries[g]).regex()).append(')');
            }
            // Case matters: "US" is a country, "us" a pronoun. Word edges are checked around the whole match.
            return new Alternation(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])"), entries);
        }
    }

    private static int[] allEntries() {
        int[] all = new int[ENTRIES.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    private static Alternation[] byFirstChar() {
        List<Pattern> entryPatterns = ENTRIES.stream().map(entry -> Pattern.compile(entry.regex())).toList();
        // many characters open the same entries (or none): one pattern per distinct subset
        Map<List<Integer>, Alternation> bySubset = new HashMap<>();
        Alternation[] byChar = new Alternation[128];
        for (char c = 0; c < 128; c++) {
            String text = " " + c;
            List<Integer> subset = new ArrayList<>();
            for (int i = 0; i < ENTRIES.size(); i++) {
                // A match can begin with c if the entry matches c or ran out of input still matching (hitEnd).
                // A positive look-behind would depend on the text before, so such an entry is always tried.
                Matcher m = entryPatterns.get(i).matcher(text).useTransparentBounds(true).region(1, 2);
                if (ENTRIES.get(i).regex().contains("(?<=") || m.lookingAt() || m.hitEnd()) {
                    subset.add(i);
                }
            }
            byChar[c] = subset.isEmpty() ? null : bySubset.computeIfAbsent(subset,
                    entries -> Alternation.of(entries.stream().mapToInt(Integer::intValue).toArray()));
        }
        return byChar;
    }

    private ActorLexicon() {
    }

    /**
     * Hits of the sentences of the document being extracted, by sentence text identity: the extractor asks
     * for the same sentence many times (subject, fallback, lead-in), and the regex is the costly part.
     */
    private static final ThreadLocal<IdentityHashMap<String, List<Hit>>> SENTENCE_HITS =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** Remembers the hits of whole sentences until {@link #forget()}; returns them. */
    static List<Hit> remember(String sentence) {
        return SENTENCE_HITS.get().computeIfAbsent(sentence, s -> scan(s, 0, s.length()));
    }

    static void forget() {
        SENTENCE_HITS.get().clear();
    }

    /** Every actor phrase in {@code text[from, to)}, in order, offsets relative to {@code text}. */
    static List<Hit> find(CharSequence text, int from, int to) {
        if (from >= to) {
            return new ArrayList<>(0);
        }
        List<Hit> known = text instanceof String s ? SENTENCE_HITS.get().get(s) : null;
        if (known == null) {
            return scan(text, from, to);
        }
        List<Hit> hits = new ArrayList<>(known.size());
        for (Hit hit : known) {
            if (hit.start() >= from && hit.end() <= to) {
                hits.add(hit);
            }
        }
        return hits;
    }

    /** Tries the entries only at word starts whose first letter can open one: much faster than find(). */
    private static List<Hit> scan(CharSequence text, int from, int to) {
        return scan(text, from, to, true);
    }

    /** {@link #scan} trying every entry at each word start: the reference the first-character dispatch must equal. */
    static List<Hit> scanAll(CharSequence text, int from, int to) {
        return scan(text, from, to, false);
    }

    private static List<Hit> scan(CharSequence text, int from, int to, boolean dispatch) {
        List<Hit> hits = new ArrayList<>(4);
        Matcher[] matchers = new Matcher[BY_FIRST_CHAR.length + 1]; // one per first character, the last for ALL
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (wordStart && (Character.isUpperCase(c) || FIRST_LOWER.indexOf(c) >= 0
                    && opensLowerEntry(text, i, to))) {
                boolean all = !dispatch || c >= BY_FIRST_CHAR.length;
                int slot = all ? BY_FIRST_CHAR.length : c;
                Alternation alternation = all ? ALL : BY_FIRST_CHAR[c];
                if (alternation != null) {
                    if (matchers[slot] == null) {
                        matchers[slot] = alternation.pattern().matcher(text).useTransparentBounds(true);
                    }
                    Matcher matcher = matchers[slot].region(i, to);
                    if (matcher.lookingAt()) {
                        for (int g = 0; g < alternation.entries().length; g++) {
                            if (matcher.start(g + 1) >= 0) {
                                Entry entry = ENTRIES.get(alternation.entries()[g]);
                                hits.add(new Hit(entry.kind(), entry.name(), matcher.start(), matcher.end()));
                                break;
                            }
                        }
                        i = matcher.end();
                        continue;
                    }
                }
                int country = Character.isUpperCase(c) ? CountryNames.match(text, i, to) : -1;
                if (country > 0) {
                    hits.add(new Hit(Kind.NAMED, CountryNames.canonical(text.subSequence(i, country)), i, country));
                    i = country;
                    continue;
                }
            }
            i++;
        }
        return hits;
    }

    /** First words of the entries that can start in lower case; other lower-case words are not tried (speed). */
    private static final java.util.Set<String> LOWER_FIRST_WORDS = java.util.Set.of("the", "these", "two", "both",
            "all", "alliance", "joint", "we", "our", "it", "they", "them", "lawmakers", "legislators", "federal",
            "national", "central", "policymakers", "policy", "policy-makers", "decision", "decisionmakers",
            "decision-makers", "states", "donor");

    private static boolean opensLowerEntry(CharSequence text, int start, int to) {
        int end = start;
        while (end < to && end - start < 16 && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return LOWER_FIRST_WORDS.contains(text.subSequence(start, end).toString());
    }

    /** Lower-case letters that can start an entry ("the two nations", "we", "lawmakers", "states", "donor"). */
    private static final String FIRST_LOWER = "tbjwoilsdapfnc";

    /** The canonical name for a whole phrase such as a gazetteer entity name, or the phrase itself. */
    static String canonical(String phrase) {
        List<Hit> hits = find(phrase, 0, phrase.length());
        if (hits.size() == 1 && hits.get(0).kind() == Kind.NAMED
                && hits.get(0).end() - hits.get(0).start() >= phrase.strip().length() - 4) {
            return hits.get(0).name();
        }
        return phrase;
    }
}
