package io.policylens.recommendations.clustering;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationClustererTest {

    private static ClusterMember member(String key, String doc, String publisher, String action, List<String> topics,
                                        List<String> forums, boolean negated) {
        return new ClusterMember(key, doc, publisher, action, "United States and South Korea", action, topics, forums, negated);
    }

    /** A small corpus written for this test: two themes across four documents and three publishers. */
    private static List<ClusterMember> corpus() {
        return List.of(
                member("a:1", "a", "Institute A", "endeavor to move beyond a bilateral framework for tech policy",
                        List.of("alliances-diplomacy"), List.of(), false),
                member("b:1", "b", "Institute B", "be leveraged within larger multilateral forums, such as IPEF",
                        List.of("alliances-diplomacy"), List.of("IPEF"), false),
                member("c:1", "c", "Institute B", "coordinate tech policy through the Quad and other regional forums",
                        List.of("alliances-diplomacy"), List.of("Quad"), false),
                member("a:2", "a", "Institute A", "double the number of visas for chip engineers and expand training",
                        List.of("semiconductors"), List.of(), false),
                member("d:1", "d", "Think Tank C", "expand talent exchange and workforce training for chip engineers",
                        List.of("semiconductors"), List.of(), false),
                member("d:2", "d", "Think Tank C", "cut training programmes for chip engineers",
                        List.of("semiconductors"), List.of(), true));
    }

    @Test
    void bilateralAndMultilateralForumProposalsLandTogether() {
        List<RecommendationCluster> clusters = new RecommendationClusterer().cluster(corpus());

        RecommendationCluster forums = clusterOf(clusters, "a:1");
        assertThat(forums.members()).containsExactlyInAnyOrder("a:1", "b:1", "c:1");
        assertThat(forums.documents()).isEqualTo(3);
        assertThat(forums.publishers()).isEqualTo(2);
        assertThat(forums.keywords()).contains("multilateral");
        assertThat(forums.label()).isNotBlank();

        RecommendationCluster talent = clusterOf(clusters, "a:2");
        assertThat(talent.members()).contains("d:1").doesNotContain("a:1");
        assertThat(talent.opposing()).isEqualTo(talent.members().contains("d:2") ? 1 : 0);
    }

    @Test
    void sameInputGivesSameIdsWhateverTheOrder() {
        List<ClusterMember> reversed = new ArrayList<>(corpus());
        java.util.Collections.reverse(reversed);

        assertThat(new RecommendationClusterer().cluster(reversed)).isEqualTo(new RecommendationClusterer().cluster(corpus()));
    }

    @Test
    void anUnrelatedDocumentDoesNotRenumberExistingClusters() {
        List<RecommendationCluster> before = new RecommendationClusterer().cluster(corpus());
        List<ClusterMember> more = new ArrayList<>(corpus());
        more.add(member("0:1", "0", "Other", "ban sugary drinks in public schools", List.of("health"), List.of(), false));

        List<RecommendationCluster> after = new RecommendationClusterer().cluster(more);

        assertThat(after).containsAll(before);
        assertThat(after).hasSize(before.size() + 1);
    }

    @Test
    void idsFromAnEarlierRunAreKeptWhenARelatedDocumentJoins() {
        List<RecommendationCluster> before = new RecommendationClusterer().cluster(corpus());
        Map<String, String> previous = new HashMap<>();
        before.forEach(c -> c.members().forEach(m -> previous.put(m, c.id())));
        List<ClusterMember> more = new ArrayList<>(corpus());
        more.add(member("0:2", "0", "Other", "work through multilateral forums such as IPEF rather than a bilateral track",
                List.of("alliances-diplomacy"), List.of("IPEF"), false));

        List<RecommendationCluster> after = new RecommendationClusterer().cluster(more, previous);

        RecommendationCluster forums = clusterOf(after, "a:1");
        assertThat(forums.members()).contains("0:2");
        assertThat(forums.id()).isEqualTo(clusterOf(before, "a:1").id());
    }

    private static RecommendationCluster clusterOf(List<RecommendationCluster> clusters, String memberKey) {
        return clusters.stream().filter(c -> c.members().contains(memberKey)).findFirst().orElseThrow();
    }
}
