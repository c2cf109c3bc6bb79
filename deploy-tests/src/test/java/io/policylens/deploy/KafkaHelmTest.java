package io.policylens.deploy;

import com.marcnuri.helm.DryRun;
import com.marcnuri.helm.Helm;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaHelmTest {

    @Test
    void strimziDeploysTheClusterTopicsUsersAndLagScaling() {
        List<HasMetadata> objects = Rendered.validated(Rendered.template(Map.of("kafka.strimzi.enabled", true)));
        new PolicyLensAssertions(objects).assertAll();
        KafkaAssertions kafka = new KafkaAssertions(objects);
        kafka.assertServicesUseKafka("SASL_SSL");
        kafka.assertStrimziCluster();
        kafka.assertLagScaling();
        kafka.assertNetworkPolicies(9093);
        // the gateway keeps its CPU autoscaler
        assertThat(objects).filteredOn(HorizontalPodAutoscaler.class::isInstance).map(HasMetadata::getMetadata)
                .extracting(m -> m.getName()).containsExactly("policylens-gateway");
    }

    @Test
    void withoutKafkaTheChartRefusesToRender() {
        // an install without Kafka would store documents and never extract them
        assertThatThrownBy(() -> Rendered.template(Map.of()))
                .hasMessageContaining("Kafka is required")
                .hasMessageContaining("kafka.strimzi.enabled=true")
                .hasMessageContaining("kafka.external.enabled=true with kafka.external.bootstrapServers");
        assertThatThrownBy(() -> Rendered.template(
                Map.of("kafka.strimzi.enabled", false, "kafka.external.enabled", false)))
                .hasMessageContaining("Kafka is required");
    }

    @Test
    void externalKafkaWithSaslAndItsCa() {
        List<HasMetadata> objects = Rendered.validated(Rendered.template(Map.of(
                "kafka.external.enabled", true,
                "kafka.external.bootstrapServers", "kafka-0.example.com:9093,kafka-1.example.com:9093",
                "kafka.external.caSecret.name", "policylens-kafka-ca",
                "kafka.external.cidrs[0]", "10.40.0.0/24")));
        new PolicyLensAssertions(objects).assertAll();
        KafkaAssertions kafka = new KafkaAssertions(objects);
        kafka.assertServicesUseKafka("SASL_SSL");
        kafka.assertLagScaling();
        kafka.assertNetworkPolicies(9093);
        assertThat(objects).noneMatch(o -> o.getApiVersion().startsWith("kafka.strimzi.io"));
        var env = KafkaAssertions.env(new PolicyLensAssertions(objects).deployment("claims-service"));
        assertThat(env.get("KAFKA_SASL_JAAS_CONFIG").getValueFrom().getSecretKeyRef().getName())
                .isEqualTo("policylens-claims-kafka");
        assertThat(env.get("KAFKA_SASL_MECHANISM").getValue()).isEqualTo("SCRAM-SHA-512");
        assertThat(env.get("KAFKA_SSL_TRUSTSTORE_CERTIFICATES").getValueFrom().getSecretKeyRef().getName())
                .isEqualTo("policylens-kafka-ca");
        KedaModel.ScaledObject so = objects.stream().filter(KedaModel.ScaledObject.class::isInstance)
                .map(KedaModel.ScaledObject.class::cast).findFirst().orElseThrow();
        assertThat(so.getSpec().triggers().get(0).metadata()).containsEntry("sasl", "scram_sha512")
                .containsEntry("tls", "enable")
                .containsEntry("bootstrapServers", "kafka-0.example.com:9093,kafka-1.example.com:9093");
    }

    @Test
    void externalPlaintextKafkaInTheClusterNeedsNoCredentials() {
        List<HasMetadata> objects = Rendered.validated(Rendered.template(Map.of(
                "kafka.external.enabled", true,
                "kafka.external.bootstrapServers", "kafka.kafka.svc:9092",
                "kafka.external.securityProtocol", "PLAINTEXT",
                "kafka.external.ports[0]", 9092,
                "kafka.external.inClusterNamespaceLabels.kubernetes\\.io/metadata\\.name", "kafka")));
        new PolicyLensAssertions(objects).assertAll();
        new PolicyLensAssertions(objects).assertEgressStaysInTheCluster();
        KafkaAssertions kafka = new KafkaAssertions(objects);
        kafka.assertServicesUseKafka("PLAINTEXT");
        kafka.assertLagScaling();
        kafka.assertNetworkPolicies(9092);
        assertThat(objects).noneMatch(KedaModel.TriggerAuthentication.class::isInstance);
        assertThat(KafkaAssertions.env(new PolicyLensAssertions(objects).deployment("documents-service")))
                .doesNotContainKeys("KAFKA_SASL_JAAS_CONFIG", "KAFKA_SASL_MECHANISM",
                        "KAFKA_SSL_TRUSTSTORE_CERTIFICATES");
    }

    @Test
    void kafkaWithoutKedaKeepsFixedReplicasNotCpuScaling() {
        List<HasMetadata> objects = Rendered.validated(Rendered.template(Map.of(
                "kafka.strimzi.enabled", true, "kafka.autoscaling.enabled", false)));
        PolicyLensAssertions a = new PolicyLensAssertions(objects);
        assertThat(objects).noneMatch(KedaModel.ScaledObject.class::isInstance);
        assertThat(objects).filteredOn(HorizontalPodAutoscaler.class::isInstance).hasSize(1);
        assertThat(a.deployment("claims-service").getSpec().getReplicas()).isEqualTo(2);
        new KafkaAssertions(objects).assertLeastPrivilege();
    }

    @Test
    void notesNameTheSecretsOfAnExistingKafka() {
        String notes = new Helm(RepoFiles.chart()).install()
                .withName(Rendered.RELEASE).withNamespace(Rendered.NAMESPACE)
                .withDryRunOption(DryRun.CLIENT).clientOnly().withKubeVersion("1.30.0")
                .set("kafka.external.enabled", true).set("kafka.external.bootstrapServers", "kafka:9093")
                .set("kafka.external.caSecret.name", "policylens-kafka-ca").call().getOutput();
        assertThat(notes).contains("existing Kafka at kafka:9093", "policylens-claims-kafka (key sasl.jaas.config)",
                "policylens-keda-kafka (keys username, password)", "policylens-kafka-ca (key ca.crt)",
                "get scaledobjects,hpa");
    }

    @Test
    void conflictingOrIncompleteKafkaValuesFailWithAClearMessage() {
        assertThatThrownBy(() -> Rendered.template(Map.of("kafka.strimzi.enabled", true, "kafka.external.enabled", true,
                "kafka.external.bootstrapServers", "kafka:9093")))
                .hasMessageContaining("kafka.strimzi.enabled and kafka.external.enabled exclude each other");
        assertThatThrownBy(() -> Rendered.template(Map.of("kafka.external.enabled", true)))
                .hasMessageContaining("kafka.external.enabled needs kafka.external.bootstrapServers");
        assertThatThrownBy(() -> Rendered.template(
                Map.of("kafka.strimzi.enabled", true, "services.claims.autoscaling.maxReplicas", 13)))
                .hasMessageContaining("services.claims.autoscaling.maxReplicas (13) exceeds kafka.partitions (12)");
        assertThatThrownBy(() -> Rendered.template(
                Rendered.withStrimzi(Map.of("kafka.external.securityProtocol", "SASL_TLS"))))
                .hasMessageContaining("schema");
        assertThatThrownBy(() -> Rendered.template(Rendered.withStrimzi(Map.of("kafka.strimzi.replica", 3))))
                .hasMessageContaining("schema");
    }
}
