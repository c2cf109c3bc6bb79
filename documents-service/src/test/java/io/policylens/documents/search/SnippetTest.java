package io.policylens.documents.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTest {

    private static String headline(String withBrackets) {
        return withBrackets.replace('{', Snippet.START).replace('}', Snippet.STOP);
    }

    @Test
    void highlightsBecomeMarkElementsAndOffsetsIntoThePlainText() {
        Snippet snippet = Snippet.of(headline("the global {semiconductor} market and {chips}"));
        assertThat(snippet.html())
                .isEqualTo("the global <mark>semiconductor</mark> market and <mark>chips</mark>");
        assertThat(snippet.text()).isEqualTo("the global semiconductor market and chips");
        assertThat(snippet.highlights()).containsExactly(new Snippet.Highlight(11, 24), new Snippet.Highlight(36, 41));
        snippet.highlights()
                .forEach(h ->
                                assertThat(snippet.text().substring(h.start(), h.end()))
                                        .isIn("semiconductor", "chips"));
    }

    @Test
    void hostileTextIsEscapedAndOnlyTheAddedMarksAreMarkup() {
        Snippet snippet = Snippet.of(headline("<img src=x onerror=alert(1)> {chips} <script>alert('x')</script> "
                + "<mark>forged</mark> \"quoted\" a&b <a href=\"javascript:x\">"));
        assertThat(snippet.html())
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt; <mark>chips</mark> "
                        + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;mark&gt;forged&lt;/mark&gt; "
                        + "&quot;quoted&quot; a&amp;b &lt;a href=&quot;javascript:x&quot;&gt;");
        assertThat(snippet.html().replace("<mark>", "").replace("</mark>", ""))
                .doesNotContain("<", ">", "\"", "'");
        assertThat(snippet.text()).contains("<img src=x onerror=alert(1)>", "<mark>forged</mark>");
        assertThat(snippet.highlights()).hasSize(1);
    }

    @Test
    void strayDelimitersNeverLeaveAnUnclosedMark() {
        assertThat(Snippet.of(headline("a {b")).html()).isEqualTo("a <mark>b</mark>");
        assertThat(Snippet.of(headline("a} {{b}}")).html()).isEqualTo("a <mark>b</mark>");
        assertThat(Snippet.of(null)).isNull();
    }
}
