package io.policylens.documents;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.policylens.documents.support.Api.PARTNER_B;
import static io.policylens.documents.support.Api.as;
import static io.policylens.documents.support.Api.createAsA;
import static io.policylens.documents.support.Api.readerB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class SearchTest {

    @Test
    void ranksAndHighlightsMatches() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String strong = createAsA("Lithium Review\n\nThe " + marker + " lithium refinery doubled output. The " + marker
                                + " plan adds lithium, lithium and more lithium capacity by 2030.", "public");
        String weak = createAsA("Other Review\n\nA " + marker + " note on shipbuilding. Lithium is mentioned once.",
                        "public");

        List<String> ids = readerB().queryParam("q", marker + " lithium").get("/documents/search")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].snippet", containsString("<mark>"))
                .extract().path("items.id");
        assertThat(ids).containsExactly(strong, weak);
    }

    @Test
    void snippetsOfHostileDocumentsAreEscapedWithOnlyTheirHighlightsAsMarkup() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        // markup survives normalisation as text when it is escaped in the HTML source, and plain text keeps it as is
        createAsA("Hostile\n\nThe " + marker + " report <img src=x onerror=alert(1)> and <script>alert('x')</script> "
                        + "with a literal <mark>forged</mark> highlight and \"quotes\" on " + marker
                        + " chips.\uE000 end\uE001.", "public");
        var item = readerB().queryParam("q", marker).get("/documents/search").then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath();
        String html = item.getString("items[0].snippet");
        String text = item.getString("items[0].snippetText");
        List<Map<String, Integer>> highlights = item.getList("items[0].highlights");
        // ts_headline drops what its parser takes for tags (<script>, <mark>) but copies the rest, <img ...> here,
        // which went out raw before: now it is text, and the only markup is the highlights this service adds
        assertThat(html)
                .contains("&lt;img src=x onerror=alert(1)&gt;", "&quot;quotes&quot;", "<mark>" + marker + "</mark>");
        assertThat(html.replace("<mark>" + marker + "</mark>", ""))
                .doesNotContain("<", ">", "\"", "'");
        assertThat(text)
                .contains("<img src=x onerror=alert(1)>", "forged")
                .doesNotContain("\uE000", "\uE001");
        assertThat(highlights).hasSize(2).allSatisfy(h ->
                assertThat(text.substring(h.get("start"), h.get("end"))).isEqualTo(marker));
    }

    @Test
    void searchRespectsPartnerScopingAndFilters() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String privateId = createAsA("Private\n\nThe " + marker + " memo on batteries.", "partner");
        readerB().queryParam("q", marker).get("/documents/search").then().statusCode(200)
                .body("items.id", not(hasItem(privateId)));
        as(null, "admin").queryParam("q", marker).get("/documents/search").then().statusCode(200)
                .body("items.id", hasItem(privateId));
        as("partner-a", "reader")
                .queryParam("q", marker)
                .queryParam("visibility", "partner")
                .get("/documents/search")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(privateId)));
        as("partner-a", "reader")
                .queryParam("q", marker)
                .queryParam("visibility", "public")
                .get("/documents/search")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void hostileQueriesNeverBreakTheParser() {
        for (String q :
                List.of("'); DROP TABLE documents; --", "&&&|||!!!", "\"unclosed phrase", "a:*", "(((", "-",
                        "!(x) <-> y", "\\\\", "%_%", "OR OR OR", "日本 韓国")) {
            readerB().queryParam("q", q).get("/documents/search").then().statusCode(200);
        }
        readerB().queryParam("q", " ").get("/documents/search").then().statusCode(400);
        readerB().get("/documents/search").then().statusCode(400);
        readerB().queryParam("q", "x".repeat(501)).get("/documents/search").then().statusCode(400);
    }

    @Test
    void searchNeedsARole() {
        as("partner-a").queryParam("q", "chips").get("/documents/search").then().statusCode(403);
    }

    @Test
    void pagesOfSearchAndListingNeitherRepeatNorSkipDocuments() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        for (int i = 0; i < 3; i++) {
            createAsA("Paging Review " + i + "\n\nThe " + marker + " refinery report, part " + i + ".", "public");
        }
        List<String> all = readerB().queryParam("q", marker).get("/documents/search").then().statusCode(200)
                .body("total", equalTo(3)).extract().path("items.id");
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(readerB().queryParam("q", marker).queryParam("size", 1).queryParam("page", page)
                    .get("/documents/search").then().statusCode(200).body("total", equalTo(3)).extract().path("items.id"
                            + ""));
        }
        assertThat(paged).containsExactlyElementsOf(all).doesNotHaveDuplicates();

        List<String> firstSix = as(null, "admin").queryParam("size", 6).get("/documents").then().statusCode(200)
                .extract().path("items.id");
        List<String> listed = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            listed.addAll(as(null, "admin").queryParam("size", 2).queryParam("page", page).get("/documents")
                    .then().statusCode(200).extract().path("items.id"));
        }
        assertThat(listed).hasSize(6).containsExactlyElementsOf(firstSix);
    }
}
