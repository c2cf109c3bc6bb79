package io.policylens.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks on where health, metrics and internal endpoints are reachable must be able to fail: each case takes the
 * chart's default rendering, moves one thing back onto the API port, and expects the assertions to refuse it.
 */
class PolicyLensAssertionsCanFailTest {

    private static List<HasMetadata> rendered(Map<String, Object> values) {
        return Rendered.validated(Rendered.template(Rendered.withStrimzi(values)));
    }

    @Test
    void aProbeOnTheApiPortIsRefused() {
        PolicyLensAssertions a = new PolicyLensAssertions(rendered(Map.of()));
        PolicyLensAssertions.container(a.deployment("claims-service")).getReadinessProbe().getHttpGet()
                .setPort(new IntOrString("http"));
        assertThatThrownBy(() -> a.assertProbesAndPorts("claims-service", ServiceConfig.of("claims-service")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("probe port");
    }

    @Test
    void prometheusOnTheApiPortIsRefused() {
        PolicyLensAssertions a = new PolicyLensAssertions(rendered(Map.of()));
        NetworkPolicy metrics = a.all(NetworkPolicy.class).stream()
                .filter(n -> n.getMetadata().getName().endsWith("-metrics-ingress")).findFirst().orElseThrow();
        List<NetworkPolicyPort> ports = new ArrayList<>(metrics.getSpec().getIngress().get(0).getPorts());
        NetworkPolicyPort http = new NetworkPolicyPort();
        http.setProtocol("TCP");
        http.setPort(new IntOrString("http"));
        ports.add(http);
        metrics.getSpec().getIngress().get(0).setPorts(ports);
        assertThatThrownBy(a::assertNetworkPolicies).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Prometheus");
    }

    @Test
    void anExtractionServiceOnDocumentsManagementPortIsRefused() {
        PolicyLensAssertions a = new PolicyLensAssertions(rendered(Map.of()));
        NetworkPolicy claims = a.all(NetworkPolicy.class).stream()
                .filter(n -> n.getMetadata().getName().endsWith("-claims-service")).findFirst().orElseThrow();
        NetworkPolicyPort management = new NetworkPolicyPort();
        management.setProtocol("TCP");
        management.setPort(new IntOrString(9000));
        List<NetworkPolicyPort> ports = new ArrayList<>(claims.getSpec().getEgress().get(0).getPorts());
        ports.add(management);
        claims.getSpec().getEgress().get(0).setPorts(ports);
        assertThatThrownBy(a::assertNetworkPolicies).isInstanceOf(AssertionError.class)
                .hasMessageContaining("claims-service -> documents-service management port");
    }

    @Test
    void scrapingTheApiPortIsRefused() {
        PolicyLensAssertions a = new PolicyLensAssertions(rendered(Map.of("metrics.serviceMonitor.enabled", true)));
        a.all(ServiceMonitor.class).get(0).getSpec().getEndpoints().get(0).setPort("http");
        assertThatThrownBy(a::assertServiceMonitors).isInstanceOf(AssertionError.class)
                .hasMessageContaining("metrics port");
    }

    @Test
    void egressOutsideTheClusterIsNotADefault() {
        PolicyLensAssertions a = new PolicyLensAssertions(
                rendered(Map.of("networkPolicy.postgres.cidrs[0]", "10.30.0.0/16")));
        assertThatThrownBy(a::assertEgressStaysInTheCluster).isInstanceOf(AssertionError.class)
                .hasMessageContaining("outside the cluster");
    }
}
