package io.policylens.documents.feed.relay;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The change topic: keyed by document id and compacted, so it always holds at least the newest change of every
 * document (a full replay re-extracts every live document) while older changes of a document are dropped once
 * they are a week old (min.compaction.lag.ms), giving consumers that lag behind a week to catch up in order.
 */
final class ChangeTopic {

    private static final Logger LOG = Logger.getLogger(ChangeTopic.class);

    static final Duration MIN_COMPACTION_LAG = Duration.ofDays(7);

    private ChangeTopic() {
    }

    static NewTopic definition(String name, int partitions, short replicationFactor) {
        return new NewTopic(name, partitions, replicationFactor).configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, Long.toString(MIN_COMPACTION_LAG.toMillis())));
    }

    /**
     * Creates the topic unless it exists; throws when Kafka cannot be reached.
     *
     * @return the partitions the topic has: {@code partitions} when created here, what it had otherwise
     */
    static int ensure(Map<String, Object> clientConfig, String name, int partitions)
            throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = Admin.create(clientConfig)) {
            if (admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(name)) {
                int existing = admin.describeTopics(List.of(name)).allTopicNames().get(10, TimeUnit.SECONDS)
                        .get(name).partitions().size();
                if (existing < partitions) {
                    // adding partitions would move documents to other partitions and break their order: say so
                    LOG.warnf("the change topic %s has %d partitions, not %d: at most %d replicas of each extraction"
                            + " service can share the work (recreate the topic with %d, see docs/operations.md)",
                            name, existing, partitions, existing, partitions);
                }
                return existing;
            }
            int brokers = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size();
            short replication = (short) Math.min(3, Math.max(1, brokers));
            try {
                admin.createTopics(List.of(definition(name, partitions, replication))).all().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            return partitions;
        }
    }
}
