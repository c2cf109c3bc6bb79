package io.policylens.deploy;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTransactionalIdResource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy Lens' expectations of a deployment with Kafka: the change topic and its consumers as docs/architecture.md
 * describes them, least-privilege ACLs, the services' Kafka settings, lag-driven scaling of the two consumers.
 */
final class KafkaAssertions {

    static final String TOPIC = "policylens.document-changes";
    static final int PARTITIONS = 12;
    /** module -> its consumer group and dead-letter topic. */
    static final Map<String, List<String>> CONSUMERS = Map.of(
            "claims-service", List.of("policylens-claims", TOPIC + ".claims.dlq"),
            "recommendations-service", List.of("policylens-recommendations", TOPIC + ".recommendations.dlq"));

    private final List<HasMetadata> objects;
    private final PolicyLensAssertions base;

    KafkaAssertions(List<HasMetadata> objects) {
        this.objects = objects;
        this.base = new PolicyLensAssertions(objects);
    }

    static Map<String, EnvVar> env(Deployment d) {
        return PolicyLensAssertions.container(d).getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
    }

    /** The services' Kafka settings; securityProtocol is what the brokers expect. */
    void assertServicesUseKafka(String securityProtocol) {
        EnvVar changesEnabled = env(base.deployment("documents-service")).get("POLICYLENS_CHANGES_KAFKA_ENABLED");
        assertThat(changesEnabled.getValue()).isEqualTo("true");
        for (String module : CONSUMERS.keySet()) {
            assertThat(env(base.deployment(module))).as(module + ": Kafka is the only source, there is no switch")
                    .doesNotContainKey("POLICYLENS_FEED_SOURCE");
        }
        for (String module : List.of("documents-service", "claims-service", "recommendations-service")) {
            Map<String, EnvVar> env = env(base.deployment(module));
            assertThat(env).as(module).containsKey("KAFKA_BOOTSTRAP_SERVERS");
            assertThat(env.get("KAFKA_SECURITY_PROTOCOL").getValue()).as(module).isEqualTo(securityProtocol);
            if (securityProtocol.startsWith("SASL_")) {
                assertThat(env.get("KAFKA_SASL_JAAS_CONFIG").getValueFrom().getSecretKeyRef())
                        .as(module + " credentials from a Secret").isNotNull();
            }
        }
        assertThat(env(base.deployment("gateway")).keySet()).as("the gateway does not use Kafka")
                .noneMatch(k -> k.startsWith("KAFKA_"));
    }

    /** Strimzi: each service's own KafkaUser Secret, the cluster CA; one topic of 12 compacted partitions, two DLQs. */
    void assertStrimziCluster() {
        Kafka kafka = single(Kafka.class);
        String cluster = kafka.getMetadata().getName();
        assertThat(kafka.getSpec().getKafka().getAuthorization()).as("ACLs are enforced")
                .isInstanceOf(io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple.class);
        assertThat(kafka.getSpec().getKafka().getListeners()).allSatisfy(l -> {
            assertThat(l.isTls()).as("listener " + l.getName() + " is TLS").isTrue();
            assertThat(l.getAuth()).as("listener " + l.getName() + " authenticates").isNotNull();
            assertThat(l.getNetworkPolicyPeers()).as("listener " + l.getName() + " names its peers").isNotEmpty();
        });
        KafkaTopic changes = topic(TOPIC);
        assertThat(changes.getSpec().getPartitions()).isEqualTo(PARTITIONS);
        assertThat(changes.getSpec().getConfig()).containsEntry("cleanup.policy", "compact");
        CONSUMERS.values().forEach(c -> assertThat(topic(c.get(1)).getSpec().getConfig())
                .containsEntry("cleanup.policy", "delete"));
        for (String module : List.of("documents-service", "claims-service", "recommendations-service")) {
            Map<String, EnvVar> env = env(base.deployment(module));
            String user = env.get("KAFKA_SASL_JAAS_CONFIG").getValueFrom().getSecretKeyRef().getName();
            assertThat(user(user).getSpec().getAuthentication().getType()).as(module).isEqualTo("scram-sha-512");
            assertThat(user).as(module + " uses its own principal").endsWith(module);
            assertThat(env.get("KAFKA_SSL_TRUSTSTORE_CERTIFICATES").getValueFrom().getSecretKeyRef().getName())
                    .isEqualTo(cluster + "-cluster-ca-cert");
        }
        assertLeastPrivilege();
    }

    /** Every KafkaUser holds exactly the ACLs its role needs (topic/group/transactionalId, pattern, operation). */
    void assertLeastPrivilege() {
        Map<String, Set<String>> expected = new java.util.HashMap<>();
        expected.put("documents-service", Set.of(
                "topic:" + TOPIC + ":literal:Describe", "topic:" + TOPIC + ":literal:Write",
                "transactionalId:documents-change-relay:prefix:Describe",
                "transactionalId:documents-change-relay:prefix:Write"));
        CONSUMERS.forEach((module, c) -> expected.put(module, Set.of(
                "topic:" + TOPIC + ":literal:Describe", "topic:" + TOPIC + ":literal:Read",
                "group:" + c.get(0) + ":prefix:Describe", "group:" + c.get(0) + ":prefix:Read",
                "topic:" + c.get(1) + ":literal:Describe", "topic:" + c.get(1) + ":literal:Read",
                "topic:" + c.get(1) + ":literal:Write")));
        expected.put("keda", Set.of("topic:" + TOPIC + ":literal:Describe",
                "group:policylens-claims:literal:Describe", "group:policylens-recommendations:literal:Describe"));
        // the scaler's user exactly when KEDA scales (it reads offsets with a TLS client certificate)
        boolean scaler = !base.all(KedaModel.ScaledObject.class).isEmpty();
        if (!scaler) {
            expected.remove("keda");
        }
        for (KafkaUser u : base.all(KafkaUser.class)) {
            String role = expected.keySet().stream().filter(r -> u.getMetadata().getName().endsWith(r)).findFirst()
                    .orElseThrow(() -> new AssertionError("KafkaUser " + u.getMetadata().getName()
                            + " has no known role"));
            assertThat(acls(u)).as("ACLs of " + u.getMetadata().getName()).isEqualTo(expected.get(role));
        }
        assertThat(base.all(KafkaUser.class)).hasSize(expected.size());
    }

    static Set<String> acls(KafkaUser u) {
        Set<String> result = new TreeSet<>();
        KafkaUserAuthorizationSimple auth = (KafkaUserAuthorizationSimple) u.getSpec().getAuthorization();
        for (AclRule rule : auth.getAcls()) {
            assertThat(rule.getType() == null || rule.getType().toValue().equals("allow"))
                    .as("allow rules only").isTrue();
            assertThat(rule.getHost() == null || rule.getHost().equals("*")).isTrue();
            String resource = switch (rule.getResource()) {
                case AclRuleTopicResource t -> "topic:" + t.getName() + ":" + t.getPatternType().toValue();
                case AclRuleGroupResource g -> "group:" + g.getName() + ":" + g.getPatternType().toValue();
                case AclRuleTransactionalIdResource t -> "transactionalId:" + t.getName() + ":"
                        + t.getPatternType().toValue();
                default -> "other:" + rule.getResource().getType();
            };
            rule.getOperations().forEach(op -> result.add(resource + ":" + op.toValue()));
        }
        return result;
    }

    /** KEDA scales the two consumers on their group's lag; no CPU autoscaler for them. */
    void assertLagScaling() {
        for (var entry : CONSUMERS.entrySet()) {
            Deployment d = base.deployment(entry.getKey());
            String name = d.getMetadata().getName();
            assertThat(base.all(HorizontalPodAutoscaler.class)).as("no CPU HPA for " + name)
                    .noneMatch(h -> h.getSpec().getScaleTargetRef().getName().equals(name));
            KedaModel.ScaledObject so = base.all(KedaModel.ScaledObject.class).stream()
                    .filter(s -> s.getSpec().scaleTargetRef().name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no ScaledObject for " + name));
            assertThat(so.getSpec().maxReplicaCount()).isLessThanOrEqualTo(PARTITIONS);
            assertThat(so.getSpec().triggers()).singleElement().satisfies(t -> {
                assertThat(t.type()).isEqualTo("kafka");
                assertThat(t.metadata()).containsEntry("topic", TOPIC)
                        .containsEntry("consumerGroup", entry.getValue().get(0));
            });
            assertThat(d.getSpec().getReplicas()).as("KEDA owns the replicas of " + name).isNull();
        }
    }

    /**
     * The broker port: egress from the three services only; the brokers admit them, the scaler and their own cluster.
     */
    void assertNetworkPolicies(int port) {
        for (String module : PolicyLensAssertions.MODULES) {
            assertThat(base.egressToPort(module, port, "TCP")).as(module + " egress to the Kafka port")
                    .isEqualTo(!module.equals("gateway"));
        }
        List<NetworkPolicy> broker = base.all(NetworkPolicy.class).stream()
                .filter(n -> n.getSpec().getPodSelector().getMatchLabels() != null
                        && "Kafka".equals(n.getSpec().getPodSelector().getMatchLabels()
                                .get("strimzi.io/kind"))).toList();
        if (base.all(Kafka.class).isEmpty()) {
            assertThat(broker).isEmpty();
            return;
        }
        assertThat(broker).singleElement().satisfies(n -> n.getSpec().getIngress().forEach(r -> {
            assertThat(r.getFrom()).isNotEmpty();
            assertThat(r.getPorts()).isNotEmpty();
            r.getFrom().forEach(p -> assertThat(p.getIpBlock()).isNull());
            boolean clientPort = r.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == port);
            if (clientPort) {
                // only the three services' pods, same namespace
                assertThat(r.getFrom()).allSatisfy(p -> {
                    assertThat(p.getNamespaceSelector()).isNull();
                    assertThat(p.getPodSelector().getMatchLabels().get(PolicyLensAssertions.NAME_LABEL))
                            .isIn("documents-service", "claims-service", "recommendations-service");
                }).hasSize(3);
            }
        }));
    }

    <T extends HasMetadata> T single(Class<T> type) {
        assertThat(base.all(type)).as(type.getSimpleName()).hasSize(1);
        return base.all(type).get(0);
    }

    KafkaTopic topic(String topicName) {
        return base.all(KafkaTopic.class).stream().filter(t -> topicName.equals(t.getSpec().getTopicName())).findFirst()
                .orElseThrow(() -> new AssertionError("KafkaTopic " + topicName + " not rendered"));
    }

    KafkaUser user(String name) {
        return base.all(KafkaUser.class).stream().filter(u -> u.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("KafkaUser " + name
                        + " not rendered (its Secret would never exist)"));
    }
}
