package io.policylens.documents.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes web-scrape noise from a document's blocks: navigation strips, "Related Posts", pagers,
 * job-board ads, photo credits and captions, share/subscribe prompts, repeated titles, and author
 * bios and disclaimers after the body. Every rule is anchored on short blocks or on the tail of the
 * document, so running prose is never dropped.
 */
public final class BoilerplateFilter {

    /** Only blocks up to this length are remembered and compared as possibly repeated titles. */
    private static final int MAX_TITLE_LENGTH = 300;

    /** Blocks longer than this are prose and never treated as noise by the line rules. */
    private static final int MAX_NOISE_LENGTH = 220;

    private static final Pattern NOISE_LINE = Pattern.compile("^(?:"
            + "related (?:posts?|articles?|stories|content|reading)|recent (?:features|posts|articles|stories)"
            + "|source link|read more|read next|more from .{1,60}|most (?:read|popular)|trending(?: now)?"
            + "|share(?: this)?(?: (?:article|story|post|page))?|share on .{1,40}|follow us.{0,80}|print|email|back to "
            + "top"
            + "|advertisement|sponsored(?: content)?|comments?|leave a (?:comment|reply).{0,40}|tags?:.{0,160}"
            + "|\\d+ of \\d+|page \\d+ of \\d+|previous(?: (?:article|post))?|next(?: (?:article|post))?"
            + "|(?:subscribe|sign up|signup|join|get)\\b.{0,60}\\b(?:newsletter|updates|inbox|subscribe|today|now|free)"
            + "[.!]?"
            + "|subscribe(?: now| today| here)?[.!]?"
            + "|subscribe to (?:our|the|this|my) .{0,40}\\b(?:newsletters?|channel|podcast|feed|mailing list|updates|"
            + "magazine|alerts)[.!]?"
            + "|subscribe to (?:the )?(?-i:\\p{Lu}[\\p{L}’'.]*(?: \\p{Lu}[\\p{L}’'.]*){0,4})[.!]?|click here.{0,120}"
            + "|dreaming of a career.{0,80}|.{0,60}\\bjobs? board\\.?|find your .{1,60} job\\.?|we(?:'|’)re "
            + "hiring.{0,80}"
            + ")$", Pattern.CASE_INSENSITIVE);

    /** "Credit: Reuters", "Image Credit: Wikimedia", "Photo: AP" — any short line with a label and a colon or dash. */
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:(?:photo|image|picture|illustration|graphic|cover|header|feature(?:d)? image|video)\\s*(?:credits?|"
                    + "courtesy|source)?"
                    + "|credits?)\\s*(?::|-\\s|–|—)",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Photo from Shutterstock.", "Photo by Jane Doe/Reuters", "Image courtesy of the Ministry of Defense": the
     * source after by/from/via/courtesy must read like a name (capitalised words), so prose such as "Credit
     * from banks rose sharply" or "Video from the summit shows…" stays.
     */
    private static final Pattern CREDIT_BY = Pattern.compile(
            "^(?:photo|image|picture|illustration|graphic|cover|header|feature(?:d)? image|video)s?"
                    + "(?:\\s+(?:credits?|courtesy|source))?\\s+(?:by|from|via|courtesy(?: of)?)\\s+(.{1,120}?)\\.?$",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> NAME_JOINERS = Set.of("of", "the", "and", "de", "van", "von", "via", "for", "&",
            "/");

    private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\(c\\)|copyright)\\s*\\d{4}",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DISCLAIMER = Pattern.compile(
            "(?:is registered under the fara|the views expressed (?:here|in this \\w+|herein)? ?(?:are|is)|all rights "
                    + "reserved"
                    + "|does not take institutional positions)", Pattern.CASE_INSENSITIVE);

    private static final Pattern ABOUT_AUTHOR = Pattern.compile("^about the authors?\\b.*", Pattern.CASE_INSENSITIVE);

    /** "Jane Doe is a Senior Fellow at ..." */
    private static final Pattern BIO = Pattern.compile(
            "^(?-i:\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’\\-]*|de|van|von|bin|al|da|del|der)){1,4})\\s(?:is|"
                    + "was|serves as|has been)\\s(?:a|an|the|currently|formerly|former)\\b.{0,240}?"
                    + "\\b(?:analyst|fellow|professor|director|ambassador|researcher|editor|chair|journalist|"
                    + "correspondent"
                    + "|president|scholar|author|writer|student|lecturer|associate|officer|advis[eo]r|consultant|"
                    + "reporter"
                    + "|minister|candidate|manager|head)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** A navigation strip: several short items separated by pipes, slashes, bullets or chevrons. */
    private static final Pattern NAV_SEPARATOR = Pattern.compile("[\\s\\u00a0](?:\\||/|»|›|·|>)[\\s\\u00a0]");

    /** Tag clouds scraped without spaces: "FeaturedLee Jae-myungNorth Korea..." */
    private static final Pattern GLUED_WORDS = Pattern.compile("\\p{Ll}{2}\\p{Lu}\\p{Ll}");

    /** Brand names glue words too (BlackRock, SoftBank, PetroChina), so a tag strip needs several glued pairs. */
    private static final int MIN_GLUED_PAIRS = 3;

    public List<TextBlock> filter(List<TextBlock> blocks) {
        boolean[] noise = new boolean[blocks.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            String text = block.body().strip();
            if (isNoiseLine(text) || isCredit(text)) {
                noise[i] = true;
                markCaptionBefore(blocks, noise, i);
            } else if (isRepeatedTitle(block, text, seen)) {
                noise[i] = true;
            }
            if (text.length() <= MAX_TITLE_LENGTH) {
                seen.add(key(text));
            }
        }
        markTail(blocks, noise);
        List<TextBlock> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (!noise[i]) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    static boolean isNoiseLine(String text) {
        if (text.length() > MAX_NOISE_LENGTH) {
            return false;
        }
        return NOISE_LINE.matcher(text).matches() || COPYRIGHT.matcher(text).find() && text.length() < 160
                || isNavigationStrip(text) || isGluedTagStrip(text);
    }

    static boolean isCredit(String text) {
        if (text.length() > MAX_NOISE_LENGTH) {
            return false;
        }
        if (CREDIT.matcher(text).find()) {
            return true;
        }
        Matcher by = CREDIT_BY.matcher(text);
        return by.matches() && readsLikeName(by.group(1));
    }

    /** Capitalised words (and joiners such as "of the"), at most eight words: a person, agency or archive. */
    private static boolean readsLikeName(String source) {
        String[] words = source.strip().split("[\\s\\u00a0]+");
        if (words.length == 0 || words.length > 8) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || NAME_JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int first = word.codePointAt(0);
            if (!Character.isUpperCase(first) && !Character.isDigit(first) && !word.contains("/")
                    && !word.contains(".")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNavigationStrip(String text) {
        if (endsSentence(text)) {
            return false;
        }
        return NAV_SEPARATOR.matcher(text).results().count() >= 2;
    }

    private static boolean isGluedTagStrip(String text) {
        return !endsSentence(text) && GLUED_WORDS.matcher(text).results().count() >= MIN_GLUED_PAIRS;
    }

    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '”';
    }

    /** The short title-like line right above a photo credit is the photo's caption. */
    private static void markCaptionBefore(List<TextBlock> blocks, boolean[] noise, int creditIndex) {
        if (!isCredit(blocks.get(creditIndex).body().strip()) || creditIndex == 0) {
            return;
        }
        TextBlock previous = blocks.get(creditIndex - 1);
        if (previous.is(BlockKind.HEADING) || previous.body().length() < 120
                && !endsSentence(previous.body().strip())) {
            noise[creditIndex - 1] = true;
        }
    }

    /** A heading that repeats an earlier block (the title printed again above the body or an image). */
    private static boolean isRepeatedTitle(TextBlock block, String text, Set<String> seen) {
        return block.is(BlockKind.HEADING) && text.length() <= MAX_TITLE_LENGTH && seen.contains(key(text));
    }

    /** Author bios, "About the author" sections and disclaimers at the end of the document. */
    private static void markTail(List<TextBlock> blocks, boolean[] noise) {
        int aboutAuthor = -1;
        for (int i = blocks.size() - 1; i >= 0 && i >= blocks.size() - 8; i--) {
            if (ABOUT_AUTHOR.matcher(blocks.get(i).body().strip()).matches()) {
                aboutAuthor = i;
            }
        }
        if (aboutAuthor >= 0) {
            for (int i = aboutAuthor; i < blocks.size(); i++) {
                noise[i] = true;
            }
        }
        for (int i = blocks.size() - 1; i >= 0; i--) {
            String text = blocks.get(i).body().strip();
            if (noise[i]) {
                continue;
            }
            if (text.length() < 600 && (BIO.matcher(text).matches() || DISCLAIMER.matcher(text).find())) {
                noise[i] = true;
            } else {
                break;
            }
        }
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String key(String text) {
        return SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
