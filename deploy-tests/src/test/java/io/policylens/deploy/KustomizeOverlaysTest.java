package io.policylens.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class KustomizeOverlaysTest {

    static List<HasMetadata> render(String dir) {
        List<ObjectNode> docs = MiniKustomize.build(RepoFiles.k8s().resolve(dir));
        return Rendered.validated(docs.stream().map(d -> {
            try {
                return StrictModel.YAML.writeValueAsString(d);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.joining("---\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod", "overlays/kafka-strimzi"})
    void rendersValidObjectsWithPolicyLensGuarantees(String dir) {
        List<HasMetadata> objects = render(dir);
        new PolicyLensAssertions(objects).assertAll();
    }

    /**
     * Kafka is the extraction services' only source of changes: every variant gives the three Kafka clients the
     * brokers' address from the ConfigMap, lets them reach the brokers, and sets none of the removed HTTP-feed
     * settings.
     */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod", "overlays/kafka-strimzi"})
    void everyVariantConfiguresKafkaForTheThreeClients(String dir) {
        List<HasMetadata> objects = render(dir);
        PolicyLensAssertions base = new PolicyLensAssertions(objects);
        ConfigMap config = objects.stream().filter(ConfigMap.class::isInstance).map(ConfigMap.class::cast)
                .filter(m -> m.getMetadata().getName().equals("policylens-config")).findFirst().orElseThrow();
        assertThat(config.getData().get("KAFKA_BOOTSTRAP_SERVERS")).as(dir).isNotBlank();
        for (String module : List.of("documents-service", "claims-service", "recommendations-service")) {
            var env = KafkaAssertions.env(base.deployment(module));
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS").getValueFrom().getConfigMapKeyRef()
                    .getKey()).as(dir + " " + module).isEqualTo("KAFKA_BOOTSTRAP_SERVERS");
            assertThat(env.keySet()).as(dir + " " + module)
                    .doesNotContain("POLICYLENS_FEED_SOURCE", "FEED_POLL_INTERVAL",
                    "FEED_INITIAL_DELAY", "FEED_BATCH_SIZE", "FEED_STALL_TIMEOUT");
        }
        assertThat(objects).filteredOn(NetworkPolicy.class::isInstance).map(NetworkPolicy.class::cast)
                .filteredOn(p -> p.getMetadata().getName().equals("allow-kafka-egress")).as(dir).hasSize(1);
    }

    /** The base (and dev, which keeps its egress) reach PostgreSQL and Keycloak in the cluster only. */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev"})
    void egressStaysInTheClusterByDefault(String dir) {
        new PolicyLensAssertions(render(dir)).assertEgressStaysInTheCluster();
    }

    @Test
    void devOverlay() {
        List<HasMetadata> objects = render("overlays/dev");
        assertThat(objects).allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("policylens-dev"));
        assertThat(objects).filteredOn(Deployment.class::isInstance).map(Deployment.class::cast).allSatisfy(d -> {
            assertThat(d.getSpec().getReplicas()).isEqualTo(1);
            assertThat(PolicyLensAssertions.container(d).getImage()).startsWith("registry.example.com/policylens/")
                    .endsWith(":0.1.0-SNAPSHOT");
        });
        assertThat(objects).filteredOn(PodDisruptionBudget.class::isInstance)
                .map(PodDisruptionBudget.class::cast).allSatisfy(p -> {
            assertThat(p.getSpec().getMinAvailable()).isNull();
            assertThat(p.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        });
        assertThat(objects).filteredOn(HorizontalPodAutoscaler.class::isInstance)
                .map(HorizontalPodAutoscaler.class::cast)
                .allSatisfy(h -> assertThat(h.getSpec().getMinReplicas()).isEqualTo(1));
        ConfigMap config = find(objects, ConfigMap.class, "policylens-config");
        assertThat(config.getData()).containsEntry("JSON_LOGS", "false").containsEntry("PARTNER_CLAIM", "partner_org")
                .containsEntry("OIDC_AUTH_SERVER_URL",
                        "http://keycloak.keycloak.svc.cluster.local:8080/realms/policylens");
        // the base's in-cluster Keycloak, which dev runs
        NetworkPolicy oidc = find(objects, NetworkPolicy.class, "allow-oidc-egress");
        assertThat(oidc.getSpec().getEgress()).singleElement().satisfies(r -> assertThat(r.getTo()).singleElement()
                .satisfies(p -> assertThat(p.getNamespaceSelector().getMatchLabels())
                        .containsEntry("kubernetes.io/metadata.name", "keycloak")));
        // the patch did not lose the rest of the container (strategic merge by name)
        Deployment docs = find(objects, Deployment.class, "documents-service");
        assertThat(PolicyLensAssertions.container(docs).getEnv()).hasSizeGreaterThan(5);
    }

    @Test
    void prodOverlay() {
        List<HasMetadata> objects = render("overlays/prod");
        assertThat(objects).allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("policylens"));
        Deployment docs = find(objects, Deployment.class, "documents-service");
        assertThat(docs.getSpec().getReplicas()).isEqualTo(3);
        assertThat(PolicyLensAssertions.container(docs).getResources().getLimits().get("memory").toString())
                .isEqualTo("1536Mi");
        assertThat(PolicyLensAssertions.container(docs).getStartupProbe()).isNotNull();
        assertThat(PolicyLensAssertions.container(docs).getImage())
                .isEqualTo("registry.example.com/policylens/documents-service:0.1.0");
        assertThat(find(objects, Ingress.class, "gateway").getSpec().getTls()).singleElement()
                .satisfies(t -> assertThat(t.getSecretName()).isEqualTo("policylens-tls"));
        // PostgreSQL and the OIDC provider outside the cluster, by
        // explicit CIDRs (the patches replace the in-cluster peers)
        assertThat(objects).filteredOn(NetworkPolicy.class::isInstance).map(NetworkPolicy.class::cast)
                .flatMap(n -> n.getSpec().getEgress() == null ? List.of() : n.getSpec().getEgress())
                .flatMap(r -> r.getTo()).filteredOn(p -> p.getIpBlock() != null)
                .extracting(p -> p.getIpBlock().getCidr())
                .containsExactlyInAnyOrder("10.20.0.0/24", "203.0.113.10/32");
        assertThat(find(objects, NetworkPolicy.class, "allow-postgres-egress").getSpec().getEgress()).singleElement()
                .satisfies(r -> assertThat(r.getTo()).singleElement()
                        .satisfies(p -> assertThat(p.getNamespaceSelector()).isNull()));
    }

    @Test
    void kafkaStrimziOverlay() {
        List<HasMetadata> objects = render("overlays/kafka-strimzi");
        assertThat(objects).allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("policylens"));
        KafkaAssertions kafka = new KafkaAssertions(objects);
        kafka.assertServicesUseKafka("SASL_SSL");
        kafka.assertStrimziCluster();
        kafka.assertLagScaling();
        kafka.assertNetworkPolicies(9093);
        assertThat(objects).filteredOn(HorizontalPodAutoscaler.class::isInstance)
                .extracting(o -> o.getMetadata().getName()).containsExactly("gateway");
        // still production underneath: sizes, TLS, explicit egress
        assertThat(find(objects, Deployment.class, "documents-service").getSpec().getReplicas()).isEqualTo(3);
        // the default deny no longer selects the Strimzi pods, and still every Policy Lens pod
        assertThat(find(objects, NetworkPolicy.class, "default-deny-all").getSpec().getPodSelector().getMatchLabels())
                .containsEntry("app.kubernetes.io/part-of", "policylens");
    }

    /** Every YAML file under k8s/ is used by a kustomization: no manifest that is never rendered or tested. */
    @Test
    void noOrphanManifests() throws IOException {
        Set<Path> referenced = new java.util.HashSet<>();
        for (String dir : List.of("base", "overlays/dev", "overlays/prod", "overlays/kafka-strimzi")) {
            Path d = RepoFiles.k8s().resolve(dir);
            referenced.add(d.resolve("kustomization.yaml").normalize());
            String k = MiniKustomize.kustomizationFile(d);
            for (String line : k.lines().toList()) {
                String item = line.replaceFirst("^\\s*-\\s*(path:\\s*)?", "").trim();
                if (item.endsWith(".yaml") && !line.trim().startsWith("#")) {
                    referenced.add(d.resolve(item).normalize());
                }
            }
        }
        try (Stream<Path> files = Files.walk(RepoFiles.k8s())) {
            assertThat(files.filter(p -> p.toString().endsWith(".yaml")).map(Path::normalize).toList())
                    .as("manifests not referenced by any kustomization").allMatch(referenced::contains);
        }
    }

    static <T extends HasMetadata> T find(List<HasMetadata> objects, Class<T> type, String name) {
        return objects.stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(type.getSimpleName() + " " + name + " not rendered"));
    }
}
