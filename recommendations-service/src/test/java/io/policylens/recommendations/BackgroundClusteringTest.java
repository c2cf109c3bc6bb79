package io.policylens.recommendations;

import io.policylens.recommendations.support.TestSql;
import io.policylens.recommendations.support.TestDocuments;
import io.policylens.recommendations.support.FakeDocuments;
import io.policylens.testing.documents.ChangeDriver;
import io.policylens.recommendations.clustering.ClusterMember;
import io.policylens.recommendations.clustering.RecommendationCluster;
import io.policylens.recommendations.clustering.RecommendationClusterer;
import io.policylens.recommendations.clustering.ClusteringJob;
import io.policylens.recommendations.repository.ClusteringState;
import io.policylens.recommendations.repository.ClusteringStateRepository;
import io.policylens.recommendations.repository.RecommendationRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.policylens.recommendations.support.Api.PARTNER_A;
import static io.policylens.recommendations.support.Api.admin;
import static io.policylens.recommendations.support.Api.readerA;
import static io.policylens.recommendations.support.Api.readerB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

/**
 * Re-clustering in the background: the consumer only requests it, durably; one run covers a burst; a crash before the
 * run commits loses nothing; a change committed during a run is left for the next; runs interleaved with ingest end at
 * exactly what a full re-clustering gives; one replica at a time; partner scoping does not wait for the clusters.
 */
@QuarkusTest
class BackgroundClusteringTest {

    private static final FakeDocuments DOCUMENTS = FakeDocuments.INSTANCE;

    static final String DESALINATION_1 =
            """
            Water Security Memo

            Background

            Oman produced 1.2 million cubic metres of desalinated water a day in 2023, the water authority reported.

            Recommendations

            Oman should operate solar desalination plants for coastal cities.
            """;

    static final String DESALINATION_2 =
            """
            Gulf Water Outlook

            Findings

            Jordan imports 40 percent of its energy, according to its energy ministry.

            Recommendations

            Jordan must operate solar desalination plants for its cities.
            """;

    final ChangeDriver feed = new ChangeDriver(FakeDocuments.INSTANCE::changesAfter);

    @Inject
    ClusteringJob clustering;

    @Inject
    MeterRegistry registry;

    @Inject
    ClusteringStateRepository state;

    @Inject
    RecommendationRepository recommendations;


    @BeforeEach
    void current() {
        DOCUMENTS.publishAll(PARTNER_A, List.of()); // stubs the feed even before anything was published
        feed.drain();
        clustering.run();
    }

    @Test
    void theConsumerOnlyRequestsClusteringAndOneRunCoversTheBurst() {
        UUID first = DOCUMENTS.publish("Water Security Memo", "Water Institute", PARTNER_A, "public", DESALINATION_1);
        UUID second = DOCUMENTS.publish("Gulf Water Outlook", "Desert Forum", PARTNER_A, "public", DESALINATION_2);
        feed.drain();

        ClusteringState pending = read();
        assertThat(pending.pending()).isTrue();
        assertThat(pending.requested() - pending.clustered()).isEqualTo(2); // one request per changed document
        assertThat(clusterIds(first)).containsOnlyNulls();
        admin().get("/recommendations/admin/feed")
                .then()
                .statusCode(200)
                .body("clustering.pending", equalTo(true))
                .body("clustering.clusteredUpTo", lessThanOrEqualTo((int) DOCUMENTS.head() - 2));

        double cpuBefore = clusteringCpuSeconds();
        assertThat(clustering.run()).isEqualTo(ClusteringJob.Outcome.CLUSTERED);

        assertThat(read().pending()).isFalse();
        assertThat(clusteringCpuSeconds()).isGreaterThan(cpuBefore); // what the run cost, for bench system
        assertThat(clusterIds(first)).doesNotContainNull().isEqualTo(clusterIds(second));
        admin().get("/recommendations/admin/feed")
                .then()
                .statusCode(200)
                .body("clustering.pending", equalTo(false))
                .body("clustering.clusteredUpTo", equalTo((int) DOCUMENTS.head()))
                .body("clustering.lastError", equalTo(null));
        assertThat(clustering.run()).isEqualTo(ClusteringJob.Outcome.CURRENT);

        // a replay of the same documents changes nothing the clusterer sees: no request
        feed.rewind();
        feed.drain();
        assertThat(read().pending()).isFalse();
    }

    @Test
    void theRequestIsCommittedWithTheChangeAndSurvivesACrashOfTheRun() {
        UUID doc = DOCUMENTS.publish("Geothermal", "Heat Council", PARTNER_A, "public",
                        TestDocuments.brief("Iceland", "geothermal"));
        feed.drain();
        // the request is in the database, committed with the change: nothing in memory a restart could lose
        assertThat(count("SELECT count(*) FROM clustering_state WHERE requested > clustered"))
                .isEqualTo(1);

        InterceptedState intercepted = new InterceptedState(ClientProxy.unwrap(state));
        intercepted.crashAfterComplete = true;
        QuarkusMock.installMockForType(intercepted, ClusteringStateRepository.class);
        assertThatThrownBy(clustering::run).hasStackTraceContaining("crash before commit");

        // everything the run wrote was rolled back with it: still pending, still unclustered
        assertThat(read().pending()).isTrue();
        assertThat(clusterIds(doc)).containsOnlyNulls();

        assertThat(clustering.run()).isEqualTo(ClusteringJob.Outcome.CLUSTERED);
        assertThat(read().pending()).isFalse();
        assertThat(clusterIds(doc)).doesNotContainNull();
        assertFullReclusteringChangesNothing();
    }

    @Test
    void aChangeCommittedWhileARunClustersStaysPendingForTheNextRun() {
        UUID early = DOCUMENTS.publish("Moss", "Moss Board", PARTNER_A, "public",
                        TestDocuments.brief("Estonia", "moss"));
        feed.drain();
        InterceptedState intercepted = new InterceptedState(ClientProxy.unwrap(state));
        UUID[] late = new UUID[1];
        // the run has read the rows and clustered them; before it writes, the consumer commits another document
        intercepted.beforeFirstLock = () -> {
                    ExecutorService consumer = Executors.newSingleThreadExecutor();
                    try {
                        consumer.submit(() -> {
                                            late[0] = DOCUMENTS.publish("Lichen", "Lichen Board", PARTNER_A, "public",
                                                            TestDocuments.brief("Latvia", "lichen"));
                                            feed.drain();
                                        })
                                .get(60, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    } finally {
                        consumer.shutdownNow();
                    }
                };
        QuarkusMock.installMockForType(intercepted, ClusteringStateRepository.class);

        assertThat(clustering.run()).isEqualTo(ClusteringJob.Outcome.CLUSTERED);

        assertThat(clusterIds(early)).doesNotContainNull();
        assertThat(clusterIds(late[0])).containsOnlyNulls();
        assertThat(read().pending()).as("the late change was not covered: still pending").isTrue();
        assertThat(clustering.run()).isEqualTo(ClusteringJob.Outcome.CLUSTERED);
        assertThat(clusterIds(late[0])).doesNotContainNull();
        assertFullReclusteringChangesNothing();
    }

    @Test
    void runsInterleavedWithIngestEndAtTheFullReclusteringResult() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> ingest = pool.submit(() -> {
                                for (int d = 0; d < 12; d++) {
                                    DOCUMENTS.publish("Harbour Note " + d, "Port Office " + d % 3, PARTNER_A, "public",
                                            harbourNote(d));
                                    feed.drain();
                                }
                            });
            int clustered = 0;
            while (!ingest.isDone()) {
                // races the consumer's commits: neither may fail, deadlock or lose a request
                clustered += clustering.run() == ClusteringJob.Outcome.CLUSTERED ? 1 : 0;
                Thread.sleep(20);
            }
            ingest.get();
            assertThat(clustered).isPositive();
        } finally {
            pool.shutdownNow();
        }
        clustering.run();
        assertThat(read().pending()).isFalse();

        assertFullReclusteringChangesNothing();
        // and, ids aside, the clusters are those of one run over everything from scratch: arrival order did not matter
        assertThat(storedGroups())
                .isEqualTo(groups(new RecommendationClusterer()
                                        .cluster(members().keySet().stream().toList())));
    }

    @Test
    void anotherReplicaReclusteringMakesThisOneStandBack() throws Exception {
        DOCUMENTS.publish("Peat", "Bog Office", PARTNER_A, "public", TestDocuments.brief("Ireland", "peat"));
        feed.drain();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> replica = other.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                boolean got = state.tryLockClustering();
                locked.countDown();
                release.await(30, TimeUnit.SECONDS);
                return got;
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(clustering.run()).isEqualTo(ClusteringJob.Outcome.BUSY);
            assertThat(read().pending()).isTrue();

            release.countDown();
            assertThat(replica.get()).isTrue();
        } finally {
            release.countDown();
            other.shutdownNow();
        }
        assertThat(clustering.run()).isEqualTo(ClusteringJob.Outcome.CLUSTERED);
    }

    @Test
    void scopingIsAppliedWhenClustersAreReadNotWhenTheyAreComputed() {
        UUID doc = DOCUMENTS.publish("Kelp", "Sea Lab", PARTNER_A, "public", TestDocuments.brief("Chile", "kelp"));
        feed.drain();
        clustering.run();
        String cluster = clusterIds(doc).get(0);
        readerB().get("/recommendations/clusters/{id}", cluster).then().statusCode(200);

        // visibility is not clustering input: no re-clustering is requested, and partner B loses sight at once
        DOCUMENTS.updateMetadata(doc, "Sea Lab", "partner");
        feed.drain();
        assertThat(read().pending()).isFalse();
        List<String> visibleToB = readerB()
                        .queryParam("size", 100)
                        .get("/recommendations/clusters/{id}", cluster)
                        .then()
                        .extract()
                        .path("members.items.id");
        assertThat(visibleToB == null ? List.<String>of() : visibleToB).doesNotContainAnyElementsOf(idsOf(doc));
        readerA().get("/recommendations/clusters/{id}", cluster).then().statusCode(200);
    }

    /**
     * Three recommendations on harbours, written for this test; documents share some of them, other
     * test classes none.
     */
    private static String harbourNote(int d) {
        String[] actors = {"Norway", "Iceland", "Denmark"};
        String[] actions = {
            "modernise lighthouse crews", "lengthen ferry timetables between the islands", "schedule harbour dredging",
            "install tide gauges along the fjords", "buy pilot boats for the harbour"
        };
        StringBuilder text = new StringBuilder("Harbour Note " + d + "\n\nFacts\n\nThe port handled " + (100 + d)
                                + " ships in 2022, the port authority reported.\n\nRecommendations\n\n");
        for (int r = 0; r < 3; r++) {
            text.append(actors[(d + r) % 3])
                    .append(" should ")
                    .append(actions[(d * 2 + r) % actions.length])
                    .append(".\n");
        }
        return text.toString();
    }

    /**
     * Running the clusterer on every stored recommendation, with the stored assignment as the
     * previous one, changes nothing.
     */
    private double clusteringCpuSeconds() {
        return registry.get("policylens.clustering.cpu").counter().count();
    }

    private void assertFullReclusteringChangesNothing() {
        Map<ClusterMember, String> stored = members();
        Map<String, String> previous = new HashMap<>();
        stored.forEach((member, cluster) -> previous.put(member.key(), cluster));
        List<RecommendationCluster> full =
                new RecommendationClusterer().cluster(new ArrayList<>(stored.keySet()), previous);
        Map<String, String> expected = new HashMap<>();
        full.forEach(c -> c.members().forEach(m -> expected.put(m, c.id())));
        assertThat(previous).isEqualTo(expected);
        Set<String> clusterRows = new HashSet<>(TestSql.list("SELECT id FROM clusters", String.class));
        assertThat(clusterRows).isEqualTo(new HashSet<>(expected.values()));
    }

    /** Every stored recommendation as the clusterer sees it, with its stored cluster. */
    private Map<ClusterMember, String> members() {
        return QuarkusTransaction.requiringNew()
                .call(() -> {
                            Map<ClusterMember, String> members = new HashMap<>();
                            for (Object[] r : recommendations.clusterRows()) {
                                members.put(new ClusterMember(r[0].toString(), r[1].toString(), (String) r[2],
                                                (String) r[3], (String) r[4], (String) r[5], list(r[6]), list(r[7]),
                                                (Boolean) r[8]), (String) r[9]);
                            }
                            return members;
                        });
    }

    private Set<Set<String>> storedGroups() {
        Map<String, Set<String>> byCluster = new HashMap<>();
        members()
                .forEach((member, cluster) ->
                                byCluster
                                        .computeIfAbsent(cluster, c -> new HashSet<>())
                                        .add(member.key()));
        return new HashSet<>(byCluster.values());
    }

    private static Set<Set<String>> groups(List<RecommendationCluster> clusters) {
        Set<Set<String>> groups = new HashSet<>();
        clusters.forEach(c -> groups.add(new HashSet<>(c.members())));
        return groups;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return value instanceof String[] array ? List.of(array) : (List<String>) value;
    }

    private ClusteringState read() {
        return QuarkusTransaction.requiringNew().call(() -> state.read("recommendations"));
    }

    private List<String> clusterIds(UUID document) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                                recommendations.ofDocument(document).stream()
                                        .map(r -> r.clusterId)
                                        .toList());
    }

    private List<String> idsOf(UUID document) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                                recommendations.ofDocument(document).stream()
                                        .map(r -> r.id.toString())
                                        .toList());
    }

    private long count(String sql) {
        return TestSql.longValue(sql);
    }

    /** The real repository, with two optional interventions at the moments that matter, each at most once. */
    static final class InterceptedState extends ClusteringStateRepository {

        private final ClusteringStateRepository real;
        private final AtomicBoolean locked = new AtomicBoolean();
        private final AtomicBoolean completed = new AtomicBoolean();
        /** Runs before the first lock of the row (the run's, when the test starts with the run). */
        Runnable beforeFirstLock = () -> { };
        /** Fails the first completion after writing it: a crash just before the commit. */
        boolean crashAfterComplete;

        InterceptedState(ClusteringStateRepository real) {
            this.real = real; // every call goes to the real repository
        }

        @Override
        public void request() {
            real.request();
        }

        @Override
        public ClusteringState read(String consumer) {
            return real.read(consumer);
        }

        @Override
        public boolean tryLockClustering() {
            return real.tryLockClustering();
        }

        @Override
        public void lock() {
            if (locked.compareAndSet(false, true)) {
                beforeFirstLock.run();
            }
            real.lock();
        }

        @Override
        public void complete(long requested, long feedPosition, OffsetDateTime snapshotAt) {
            real.complete(requested, feedPosition, snapshotAt);
            if (crashAfterComplete && completed.compareAndSet(false, true)) {
                throw new IllegalStateException("crash before commit");
            }
        }
    }
}
