package io.policylens.documents.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A search snippet that is safe to show. PostgreSQL's ts_headline copies the stored text as it is, so a public
 * document containing {@code <img src=x onerror=...>} would become script in any UI that renders snippets as HTML.
 * The headline is therefore asked for with two private-use characters as highlight delimiters (removed from the
 * text beforehand, so the text cannot forge them), and turned into plain text with highlight offsets, and into
 * HTML in which everything is escaped except the {@code <mark>} elements this class adds.
 *
 * @param html       the snippet as HTML: text escaped, highlights in {@code <mark>}
 * @param text       the snippet as plain text (render it as text, never as HTML)
 * @param highlights the highlighted ranges of {@code text}, in order
 */
public record Snippet(String html, String text, List<Highlight> highlights) {

    /** Starts a highlight in the raw headline; never part of a stored text as ts_headline reads it. */
    public static final char START = '\uE000';
    /** Ends a highlight in the raw headline. */
    public static final char STOP = '\uE001';

    /** ts_headline options: short fragments, highlights between {@link #START} and {@link #STOP}. */
    public static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    /** A highlighted range of {@link #text}: [start, end). */
    public record Highlight(int start, int end) {
    }

    /** Parses a headline made with {@link #HEADLINE_OPTIONS}; null stays null (lists have no snippet). */
    public static Snippet of(String headline) {
        if (headline == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(headline.length());
        StringBuilder html = new StringBuilder(headline.length() + 32);
        List<Highlight> highlights = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == START && open < 0) {
                open = text.length();
                html.append("<mark>");
            } else if (c == STOP && open >= 0) {
                highlights.add(new Highlight(open, text.length()));
                open = -1;
                html.append("</mark>");
            } else if (c != START && c != STOP) {
                text.append(c);
                escape(c, html);
            }
        }
        if (open >= 0) {
            highlights.add(new Highlight(open, text.length()));
            html.append("</mark>");
        }
        return new Snippet(html.toString(), text.toString(), List.copyOf(highlights));
    }

    private static void escape(char c, StringBuilder html) {
        switch (c) {
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '&' -> html.append("&amp;");
            case '"' -> html.append("&quot;");
            case '\'' -> html.append("&#39;");
            default -> html.append(c);
        }
    }
}
