package io.policylens.recommendations.clustering;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecommendationClustererTest {

    private static ClusterMember member(String key, String doc, String publisher, String action, List<String> topics,
                                        List<String> forums, boolean negated) {
        return new ClusterMember(key, doc, publisher, action, "United States and South Korea", action, topics, forums,
                negated);
    }

    /** A small corpus written for this test: two themes across four documents and three publishers. */
    private static List<ClusterMember> corpus() {
        return List.of(
                member("a:1", "a", "Institute A", "try to go beyond a bilateral framework for technology policy",
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

        assertThat(new RecommendationClusterer().cluster(reversed))
                .isEqualTo(new RecommendationClusterer().cluster(corpus()));
    }

    @Test
    void anUnrelatedDocumentDoesNotRenumberExistingClusters() {
        List<RecommendationCluster> before = new RecommendationClusterer().cluster(corpus());
        List<ClusterMember> more = new ArrayList<>(corpus());
        more.add(member("0:1", "0", "Other", "ban sugary drinks in public schools", List.of("health"), List.of(),
                false));

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
        more.add(member("0:2", "0", "Other", "work through multilateral forums such as IPEF rather than a bilateral "
                + "track", List.of("alliances-diplomacy"), List.of("IPEF"), false));

        List<RecommendationCluster> after = new RecommendationClusterer().cluster(more, previous);

        RecommendationCluster forums = clusterOf(after, "a:1");
        assertThat(forums.members()).contains("0:2");
        assertThat(forums.id()).isEqualTo(clusterOf(before, "a:1").id());
    }

    @Test
    void indexedClusteringMatchesTheBruteForceRuleOnRandomCorpora() {
        for (long seed = 1; seed <= 5; seed++) {
            List<ClusterMember> members = RandomMembers.generate(seed, 400);
            Set<List<String>> expected = new HashSet<>(ReferenceClusterer.groups(members, 0.32));
            List<RecommendationCluster> clusters = new RecommendationClusterer().cluster(members);

            assertThat(clusters.stream().map(RecommendationCluster::members).collect(Collectors.toSet()))
                    .as("seed %d", seed).isEqualTo(expected);
            assertThat(clusters).as("seed %d: several multi-member clusters", seed)
                    .filteredOn(c -> c.members().size() > 1).hasSizeGreaterThan(3);
        }
    }

    @Test
    void shuffledInputGivesIdenticalClusters() {
        List<ClusterMember> members = RandomMembers.generate(7, 500);
        List<RecommendationCluster> expected = new RecommendationClusterer().cluster(members);
        for (long seed = 1; seed <= 3; seed++) {
            List<ClusterMember> shuffled = new ArrayList<>(members);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(new RecommendationClusterer().cluster(shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void membersSharingNoFeatureLeaveEveryClusterAsItWas() {
        List<ClusterMember> members = RandomMembers.generate(11, 300);
        List<RecommendationCluster> before = new RecommendationClusterer().cluster(members);
        List<ClusterMember> more = new ArrayList<>(members);
        // keys sort before and among the others; words, topic, forum and publisher of their own
        for (int i = 0; i < 20; i++) {
            more.add(new ClusterMember(i + "-unrelated", "other-" + i, "Elsewhere", "ban sugary drinks in schools",
                    null, "ban sugary drinks in schools", List.of("nutrition"), List.of(), false));
        }

        List<RecommendationCluster> after = new RecommendationClusterer().cluster(more);

        assertThat(after).containsAll(before).hasSize(before.size() + 1);
    }

    @Test
    void idsSurviveWhenTheFoundingMemberLeaves() {
        List<ClusterMember> members = RandomMembers.generate(3, 300);
        List<RecommendationCluster> before = new RecommendationClusterer().cluster(members);
        RecommendationCluster big = before.stream().max(Comparator.comparingInt(c -> c.members().size())).orElseThrow();
        Map<String, String> previous = new HashMap<>();
        before.forEach(c -> c.members().forEach(m -> previous.put(m, c.id())));
        String founder = big.members().get(0); // members are in key order, and the first key founded the cluster
        List<ClusterMember> without = members.stream().filter(m -> !m.key().equals(founder)).toList();

        List<RecommendationCluster> after = new RecommendationClusterer().cluster(without, previous);

        assertThat(clusterOf(after, big.members().get(1)).id()).isEqualTo(big.id());
        assertThat(new RecommendationClusterer().cluster(without)).as("without the previous ids the id would change")
                .noneMatch(c -> c.id().equals(big.id()));
    }

    @Test
    void onATieTheOlderClusterWins() {
        // k1 and k2 share one word of four (cosine 0.25): two clusters; k3 is exactly as close to both
        List<ClusterMember> members = List.of(plain("k1", "alder birch cedar dogwood"),
                plain("k2", "alder elm fir ginkgo"), plain("k3", "alder birch elm"));

        List<RecommendationCluster> clusters = new RecommendationClusterer().cluster(members);

        assertThat(clusters).hasSize(2);
        assertThat(clusterOf(clusters, "k3").members()).containsExactly("k1", "k3");
    }

    private static ClusterMember plain(String key, String action) {
        return new ClusterMember(key, "doc-" + key, null, action, null, action, List.of(), List.of(), false);
    }

    @Test
    void aThresholdOfZeroIsRefused() {
        assertThatThrownBy(() -> new RecommendationClusterer(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static RecommendationCluster clusterOf(List<RecommendationCluster> clusters, String memberKey) {
        return clusters.stream().filter(c -> c.members().contains(memberKey)).findFirst().orElseThrow();
    }

    @Test
    void membersShareOneInstanceOfEachFeatureName() {
        RecommendationClusterer clusterer = new RecommendationClusterer();
        List<ClusterMember> members = corpus();
        NamedFeatures first = clusterer.features(members.get(3));
        NamedFeatures second = clusterer.features(members.get(4));
        String name = "topic:semiconductors";
        int inFirst = Arrays.asList(first.names()).indexOf(name);
        int inSecond = Arrays.asList(second.names()).indexOf(name);
        assertThat(inFirst).isNotNegative();
        assertThat(inSecond).isNotNegative();
        assertThat(second.names()[inSecond]).isSameAs(first.names()[inFirst]);
        assertThat(clusterer.features(members.get(3))).isSameAs(first);
    }

    @Test
    void membersThatDifferOnlyInIdentityShareOneCacheEntry() {
        RecommendationClusterer clusterer = new RecommendationClusterer();
        ClusterMember first = member("a:9", "a", "Institute A", "expand training for chip engineers",
                List.of("semiconductors"), List.of(), false);
        ClusterMember elsewhere = new ClusterMember("e:1", "e", "Think Tank E", "Another sentence naming that action.",
                first.actor(), first.action(), first.topics(), first.forums(), true);
        assertThat(clusterer.features(elsewhere)).isSameAs(clusterer.features(first));
        ClusterMember otherTopic = member("a:10", "a", "Institute A", "expand training for chip engineers",
                List.of("talent"), List.of(), false);
        assertThat(clusterer.features(otherTopic)).isNotSameAs(clusterer.features(first));
    }
}
