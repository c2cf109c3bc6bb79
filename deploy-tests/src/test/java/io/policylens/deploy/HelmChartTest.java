package io.policylens.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.DryRun;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HelmChartTest {

    private static final Path PRODUCTION = RepoFiles.chart().resolve("values-production.yaml");

    @Test
    void lintStrictIsClean(@TempDir Path dir) throws IOException {
        // helm lint renders the default values, which the chart refuses until a Kafka is chosen: lint a copy whose
        // values.yaml makes the one required choice, everything else as shipped
        Path chart = RepoFiles.copyOfChart(dir);
        Path values = chart.resolve("values.yaml");
        String shipped = Files.readString(values);
        String chosen = shipped.replace("  strimzi:\n    enabled: false", "  strimzi:\n    enabled: true");
        assertThat(chosen).as("values.yaml declares kafka.strimzi.enabled: false").isNotEqualTo(shipped);
        Files.writeString(values, chosen);
        LintResult result = new Helm(chart).lint().strict().call();
        assertThat(result.getMessages()).as("helm lint --strict messages")
                .noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]"));
        assertThat(result.isFailed()).as("helm lint --strict failed: " + result.getMessages()).isFalse();
    }

    @Test
    void defaultValuesRenderValidObjects() {
        List<HasMetadata> objects = Rendered.validated(Rendered.template(Rendered.withStrimzi(Map.of())));
        new PolicyLensAssertions(objects).assertAll();
        new PolicyLensAssertions(objects).assertEgressStaysInTheCluster();
        assertThat(objects).noneMatch(ServiceMonitor.class::isInstance);
        assertThat(objects).filteredOn(ServiceAccount.class::isInstance).singleElement()
                .satisfies(sa -> assertThat(((ServiceAccount) sa).getAutomountServiceAccountToken()).isFalse());
        // images: global registry, repository per service, the chart's appVersion as tag
        assertThat(objects).filteredOn(Deployment.class::isInstance)
                .map(o -> PolicyLensAssertions.container((Deployment) o).getImage())
                .containsExactlyInAnyOrder("registry.example.com/policylens/gateway:0.1.0",
                        "registry.example.com/policylens/documents-service:0.1.0",
                        "registry.example.com/policylens/claims-service:0.1.0",
                        "registry.example.com/policylens/recommendations-service:0.1.0");
        // the autoscaler owns replicas: no replicas field where an HPA or KEDA's lag scaler exists
        assertThat(objects).filteredOn(Deployment.class::isInstance).map(Deployment.class::cast)
                .allSatisfy(d -> assertThat(d.getSpec().getReplicas() == null).as(d.getMetadata().getName())
                        .isEqualTo(objects.stream().anyMatch(o -> o instanceof HorizontalPodAutoscaler h
                                && h.getSpec().getScaleTargetRef().getName().equals(d.getMetadata().getName())
                                || o instanceof KedaModel.ScaledObject so
                                && so.getSpec().scaleTargetRef().name().equals(d.getMetadata().getName()))));
    }

    @Test
    void productionExampleRendersValidObjects() {
        List<HasMetadata> objects = Rendered.validated(Rendered.template(PRODUCTION));
        new PolicyLensAssertions(objects).assertAll();
        assertThat(objects).filteredOn(ServiceMonitor.class::isInstance).singleElement().satisfies(o -> {
            ServiceMonitor m = (ServiceMonitor) o;
            assertThat(m.getMetadata().getLabels()).containsEntry("release", "kube-prometheus-stack");
            assertThat(m.getSpec().getEndpoints()).singleElement().satisfies(e -> {
                assertThat(e.getPath()).isEqualTo("/q/metrics");
                assertThat(e.getPort()).isEqualTo("management");
            });
        });
        Ingress ingress = objects.stream().filter(Ingress.class::isInstance).map(Ingress.class::cast)
                .findFirst().orElseThrow();
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(t -> {
            assertThat(t.getSecretName()).isEqualTo("policylens-tls");
            assertThat(t.getHosts()).containsExactly("policylens.example.com");
        });
        // egress to external PostgreSQL and OIDC addresses, chosen explicitly: the example CIDRs, nothing else outside
        assertThat(objects).filteredOn(NetworkPolicy.class::isInstance).map(NetworkPolicy.class::cast)
                .flatMap(n -> n.getSpec().getEgress() == null ? List.of() : n.getSpec().getEgress())
                .flatMap(r -> r.getTo()).filteredOn(p -> p.getIpBlock() != null)
                .extracting(p -> p.getIpBlock().getCidr()).containsOnly("10.20.0.0/24", "203.0.113.10/32");
        assertThat(objects).filteredOn(Deployment.class::isInstance)
                .map(o -> PolicyLensAssertions.container((Deployment) o).getImage())
                .allMatch(image -> image.startsWith("registry.example.com/policylens/") && image.endsWith(":0.1.0"));
        assertThat(objects).filteredOn(Deployment.class::isInstance).map(Deployment.class::cast)
                .allSatisfy(d -> assertThat(d.getSpec().getTemplate().getSpec().getImagePullSecrets())
                        .extracting(r -> r.getName()).containsExactly("policylens-registry"));
        ConfigMap config = objects.stream().filter(ConfigMap.class::isInstance).map(ConfigMap.class::cast)
                .findFirst().orElseThrow();
        assertThat(config.getData()).containsEntry("OIDC_AUTH_SERVER_URL",
                "https://login.example.com/realms/policylens");
    }

    @Test
    void togglesAndPerServiceImages() {
        List<HasMetadata> objects = Rendered.validated(Rendered.template(Rendered.withStrimzi(Map.of(
                "networkPolicy.enabled", false,
                "ingress.enabled", false,
                "metrics.serviceMonitor.enabled", true,
                "services.gateway.image.registry", "other.example.com",
                "services.gateway.image.tag", "1.2.3",
                "services.claims.autoscaling.enabled", false))));
        assertThat(objects).noneMatch(NetworkPolicy.class::isInstance).noneMatch(Ingress.class::isInstance)
                .anyMatch(ServiceMonitor.class::isInstance);
        PolicyLensAssertions a = new PolicyLensAssertions(objects);
        assertThat(PolicyLensAssertions.container(a.deployment("gateway")).getImage())
                .isEqualTo("other.example.com/policylens/gateway:1.2.3");
        assertThat(a.deployment("claims-service").getSpec().getReplicas()).isEqualTo(2);
        // CPU scaling for the gateway; the extraction services scale on lag, claims-service not at all here
        assertThat(objects).filteredOn(HorizontalPodAutoscaler.class::isInstance).hasSize(1);
        assertThat(objects).filteredOn(KedaModel.ScaledObject.class::isInstance).hasSize(1);
    }

    @Test
    void widerEgressIsAnExplicitValue() {
        List<HasMetadata> objects = Rendered.validated(Rendered.template(Rendered.withStrimzi(Map.of(
                "networkPolicy.postgres.cidrs[0]", "10.30.0.0/16",
                "networkPolicy.oidc.cidrs[0]", "198.51.100.7/32",
                "networkPolicy.oidc.inCluster.enabled", false))));
        PolicyLensAssertions a = new PolicyLensAssertions(objects);
        a.assertAll();
        assertThat(a.egressToPort("documents-service", 5432, "TCP")).isTrue();
        List<String> cidrs = objects.stream().filter(NetworkPolicy.class::isInstance).map(NetworkPolicy.class::cast)
                .flatMap(n -> n.getSpec().getEgress() == null ? java.util.stream.Stream.empty()
                        : n.getSpec().getEgress().stream())
                .flatMap(r -> r.getTo().stream()).filter(p -> p.getIpBlock() != null)
                .map(p -> p.getIpBlock().getCidr()).toList();
        assertThat(cidrs).containsExactlyInAnyOrder("10.30.0.0/16", "198.51.100.7/32");
        // the in-cluster OIDC provider was turned off: only the listed address on 443 remains
        assertThat(a.egressToPort("gateway", 8080, "TCP")).isFalse();
        assertThat(a.egressToPort("gateway", 443, "TCP")).isTrue();
        // "everywhere" stays refused by the checks even when a values file asks for it
        PolicyLensAssertions open = new PolicyLensAssertions(
                Rendered.validated(Rendered.template(Rendered.withStrimzi(Map.of(
                "networkPolicy.oidc.cidrs[0]", "0.0.0.0/0")))));
        assertThatThrownBy(open::assertNoEgressToEverywhere).isInstanceOf(AssertionError.class)
                .hasMessageContaining("whole internet");
    }

    @Test
    void heapCeilingIsRenderedAndMustLeaveRoomBesidesTheHeap() {
        PolicyLensAssertions defaults = new PolicyLensAssertions(
                Rendered.validated(Rendered.template(Rendered.withStrimzi(Map.of()))));
        assertThat(PolicyLensAssertions.container(defaults.deployment("recommendations-service")).getEnv())
                .anySatisfy(e -> {
                    assertThat(e.getName()).isEqualTo("JAVA_MAX_MEM_RATIO");
                    assertThat(e.getValue()).isEqualTo("50");
                });
        // the image's own 80 % of the gateway's 512Mi leaves ~100 MiB besides the heap: the check must refuse it
        PolicyLensAssertions tight = new PolicyLensAssertions(
                Rendered.validated(Rendered.template(Rendered.withStrimzi(Map.of(
                "services.gateway.maxHeapPercent", 80)))));
        assertThatThrownBy(() -> tight.assertResources("gateway")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("must fit the memory limit of 512 MiB");
        tight.assertResources("documents-service");
    }

    @Test
    void notesExplainSwaggerUiAndHealth() {
        String notes = new Helm(RepoFiles.chart()).install()
                .withName(Rendered.RELEASE).withNamespace(Rendered.NAMESPACE)
                .withDryRunOption(DryRun.CLIENT).clientOnly().withKubeVersion("1.30.0")
                .set("kafka.strimzi.enabled", true).call().getOutput();
        assertThat(notes).contains("http://policylens.example.com/q/swagger-ui", "/q/health/ready", "/q/health/live",
                "kubectl -n policylens rollout status deployment/policylens-gateway",
                "port-forward service/policylens-gateway 9000:9000", "policylens-documents-db");
    }

    /** Values that the schema must reject: wrong type, unknown key, bad enum, missing required, bad format. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "wrong type: replicaCount as a string | services: {gateway: {replicaCount: two}}",
            "wrong type: boolean as a string      | networkPolicy: {enabled: 'yes'}",
            "wrong type: port as a string         | networkPolicy: {postgres: {port: '5432'}}",
            "an in-cluster peer matching all namespaces"
                    + " | networkPolicy: {postgres: {inCluster: {namespaceLabels: "
                    + "{kubernetes.io/metadata.name: null}}}}",
            "bad format: egress CIDR              | networkPolicy: {oidc: {cidrs: ['login.example.com']}}",
            "unknown key at the top               | replicas: 3",
            "unknown key in a service             | services: {documents: {replicas: 3}}",
            "unknown service                      | services: {search: {replicaCount: 1}}",
            "bad enum: imagePullPolicy            | global: {imagePullPolicy: Sometimes}",
            "bad enum: seccomp profile            | podSecurityContext: {seccompProfile: {type: Default}}",
            "missing required: database secret    | services: {claims: {database: {existingSecret: null}}}",
            "missing required: issuer URL         | oidc: {issuerUrl: null}",
            "bad format: issuer URL               | oidc: {issuerUrl: 'keycloak/realms/policylens'}",
            "bad format: resource quantity        | services: {gateway: {resources: {limits: {memory: lots}}}}",
            "bad range: CPU target"
                    + " | services: {gateway: {autoscaling: {targetCPUUtilizationPercentage: 150}}}",
            "bad range: heap percent              | services: {claims: {maxHeapPercent: 95}}",
            "wrong type: heap percent as a string | services: {claims: {maxHeapPercent: '50'}}",
            "heap ceiling set twice via extraEnv"
                    + " | services: {gateway: {extraEnv: [{name: JAVA_MAX_MEM_RATIO, value: '80'}]}}",
    })
    void schemaRejectsBadValues(String what, String values, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad-values.yaml");
        Files.writeString(file, values);
        assertThatThrownBy(() -> Rendered.template(file)).as(what)
                .hasMessageContaining("schema");
    }

    @Test
    void readmeListsEveryValue() throws IOException {
        JsonNode values = StrictModel.YAML.readTree(RepoFiles.chart().resolve("values.yaml").toFile());
        String readme = RepoFiles.read(RepoFiles.chart().resolve("README.md"));
        List<String> missing = new ArrayList<>();
        for (String key : leafKeys(values, "")) {
            if (!readme.contains("`" + key + "`")) {
                missing.add(key);
            }
        }
        assertThat(missing).as("values not listed (as `key`) in helm/policylens/README.md").isEmpty();
    }

    private static List<String> leafKeys(JsonNode node, String prefix) {
        List<String> keys = new ArrayList<>();
        if (node.isObject() && !node.isEmpty() && !prefix.endsWith("Labels") && !prefix.endsWith("labels")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                keys.addAll(leafKeys(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey()));
            }
        } else {
            keys.add(prefix);
        }
        return keys;
    }
}
