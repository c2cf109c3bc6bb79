package io.policylens.documents.feed.relay;

import io.policylens.testing.kafka.KafkaBrokerResource;
import io.policylens.testing.kafka.TestTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The change topic on a real broker: made with its partitions, and an existing one left as it is. */
class ChangeTopicTest {

    private static Map<String, Object> client() {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers());
    }

    @Test
    void aMissingTopicIsCreatedCompactedWithItsPartitions() throws Exception {
        String name = "changes-" + UUID.randomUUID();

        assertThat(ChangeTopic.ensure(client(), name, 12)).isEqualTo(12);

        try (Admin admin = Admin.create(client())) {
            assertThat(admin.describeTopics(List.of(name)).allTopicNames().get(10, TimeUnit.SECONDS).get(name)
                    .partitions()).hasSize(12);
        }
        assertThat(ChangeTopic.ensure(client(), name, 12)).isEqualTo(12); // a second start finds it
    }

    @Test
    void aTopicAutoCreatedWithFewerPartitionsIsReportedNotChanged() throws Exception {
        // what a broker with auto-creation makes when a consumer or producer touches the topic first
        String name = "changes-" + UUID.randomUUID();
        TestTopics.ensure(name, 1);

        assertThat(ChangeTopic.ensure(client(), name, 12)).isEqualTo(1);

        try (Admin admin = Admin.create(client())) {
            assertThat(admin.describeTopics(List.of(name)).allTopicNames().get(10, TimeUnit.SECONDS).get(name)
                    .partitions()).hasSize(1); // adding partitions would move documents and break their order
        }
    }
}
