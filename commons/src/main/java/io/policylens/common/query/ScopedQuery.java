package io.policylens.common.query;

import io.policylens.common.http.RequestValues;
import io.policylens.common.security.Caller;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The WHERE clause of a native listing, built the same way in every service: the caller's partner scope first, then
 * the filters a request names. A filter whose value is null is left out. Values are always bound as positional
 * parameters in the order they appear, never concatenated, and a text with a NUL character (which PostgreSQL can
 * neither store nor search) is refused with a 400 problem before any statement runs.
 *
 * <p>Native SQL rather than JPQL because the filters use what JPQL cannot say (full-text search, {@code text[]}
 * membership and overlap). The result is plain strings and values, so this class needs no persistence API: a
 * repository binds with {@code scoped.bind(query::setParameter)}.
 */
public final class ScopedQuery {

    private final StringBuilder where = new StringBuilder("TRUE");
    private final List<Object> values = new ArrayList<>();

    private ScopedQuery() {
    }

    /** Rows without partner scope (a lookup that scopes otherwise, or a test). */
    public static ScopedQuery unscoped() {
        return new ScopedQuery();
    }

    /**
     * Rows the caller may see: public rows and its own organisation's, or all for callers who see every partner.
     * {@code alias} is the table alias whose {@code visibility} and {@code owner_org} columns decide.
     */
    public static ScopedQuery visibleTo(Caller caller, String alias) {
        ScopedQuery query = new ScopedQuery();
        if (!caller.seesAllPartners()) {
            query.and(
                    "(" + alias + ".visibility = 'public' OR " + alias + ".owner_org = ?)",
                    caller.owningOrganisation());
        }
        return query;
    }

    /** Adds a condition with one placeholder per value, always. */
    public ScopedQuery and(String condition, Object... values) {
        for (Object value : values) {
            this.values.add(value instanceof String text ? RequestValues.storable(text) : value);
        }
        where.append(" AND ").append(condition);
        return this;
    }

    /** Adds a condition with one placeholder if the value is not null. */
    public ScopedQuery andIfPresent(String condition, Object value) {
        return value == null ? this : and(condition, value);
    }

    /** {@code expression = value}, if the value is present. */
    public ScopedQuery equal(String expression, Object value) {
        return andIfPresent(expression + " = ?", value);
    }

    /** {@code expression >= value}, if the value is present. */
    public ScopedQuery atLeast(String expression, Object value) {
        return andIfPresent(expression + " >= ?", value);
    }

    /** {@code expression <= value}, if the value is present. */
    public ScopedQuery atMost(String expression, Object value) {
        return andIfPresent(expression + " <= ?", value);
    }

    /** The {@code text[]} column holds the value, if it is present. */
    public ScopedQuery hasElement(String arrayColumn, Object value) {
        return andIfPresent("? = ANY(" + arrayColumn + ")", value);
    }

    /**
     * The {@code text[]} column shares an element with the values: one placeholder per value in an ARRAY constructor,
     * as a collection parameter would be expanded to a list.
     */
    public ScopedQuery overlaps(String arrayColumn, List<String> elements) {
        return and(
                arrayColumn
                        + " && ARRAY["
                        + String.join(", ", Collections.nCopies(elements.size(), "?"))
                        + "]::text[]",
                elements.toArray());
    }

    /**
     * The tsvector matches the words of the text (English stemming, websearch syntax, which never raises a syntax
     * error), or, when {@code column} is given, the column contains the text literally (case-insensitive, LIKE
     * wildcards in the text escaped), so that "60 percent" or "K-chips" match too.
     */
    public ScopedQuery matches(String tsvector, String column, String text) {
        if (text == null) {
            return this;
        }
        String words = tsvector + " @@ websearch_to_tsquery('english', ?)";
        return column == null
                ? and(words, text)
                : and(
                        "(" + words + " OR " + column + " ILIKE ? ESCAPE '\\')",
                        text,
                        containing(text));
    }

    /** The WHERE clause, without the keyword; {@code TRUE} when nothing restricts. */
    public String where() {
        return where.toString();
    }

    /** The values of the placeholders of {@link #where()}, in order. */
    public List<Object> values() {
        return Collections.unmodifiableList(values);
    }

    /** Binds the values of {@link #where()}'s placeholders when it has the statement's first ones. */
    public void bind(Binder binder) {
        bind(binder, 0);
    }

    /** Binds the values of {@link #where()}'s placeholders after the statement's first {@code before}. */
    public void bind(Binder binder, int before) {
        for (int i = 0; i < values.size(); i++) {
            binder.set(before + i + 1, values.get(i));
        }
    }

    /**
     * {@code LIMIT} and {@code OFFSET} of a 0-based page (numbers, validated by {@code PageParameters}). A page is
     * only stable when the ORDER BY before it ends with a unique column.
     */
    public static String page(int page, int size) {
        return " LIMIT " + size + " OFFSET " + ((long) page * size);
    }

    /** A LIKE pattern matching any text that contains the value, with the value's wildcards and escapes escaped. */
    public static String containing(String value) {
        return "%" + escapeLike(value) + "%";
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Sets one positional parameter of a statement; {@code jakarta.persistence.Query::setParameter} is one. */
    @FunctionalInterface
    public interface Binder {
        void set(int position, Object value);
    }
}
