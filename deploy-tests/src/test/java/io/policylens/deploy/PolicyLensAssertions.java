package io.policylens.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy Lens' own expectations of a rendered deployment (from the Helm chart or a kustomize overlay):
 * the four services with probes, ports and metrics paths that match each service's configuration (health and metrics
 * on the management port, never the API port),
 * the hardened pod and container security settings, the Secret and ConfigMap wiring, exactly one
 * Ingress (the gateway's), autoscalers, disruption budgets, and a NetworkPolicy set whose effective
 * connectivity is exactly the architecture's.
 */
final class PolicyLensAssertions {

    static final List<String> MODULES =
            List.of("gateway", "documents-service", "claims-service", "recommendations-service");
    static final Set<String> DB_OWNERS = Set.of("documents-service", "claims-service", "recommendations-service");
    static final Set<String> AUTOSCALED = Set.of("gateway", "claims-service", "recommendations-service");
    static final String NAME_LABEL = "app.kubernetes.io/name";
    private static final String NAMESPACE_LABEL = "kubernetes.io/metadata.name";
    private static final long MIB = 1024 * 1024;
    /**
     * What a service needs besides its heap in the JVM image: 150-170 MB measured on the local stack (JDK 25, AOT
     * cache, C1 only, bounded code cache), plus the 45-70 MB C2 cost there (docs/local-stack.md), which the image's
     * JDK 21 runs with. An estimate, not measured in a container: no container runtime here.
     */
    private static final long NON_HEAP_ROOM = 256 * MIB;

    private final List<HasMetadata> objects;

    PolicyLensAssertions(List<HasMetadata> objects) {
        this.objects = objects;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    Deployment deployment(String module) {
        List<Deployment> found = all(Deployment.class).stream()
                .filter(d -> module.equals(d.getSpec().getTemplate().getMetadata().getLabels()
                        .get(NAME_LABEL))).toList();
        assertThat(found).as("Deployment of " + module).hasSize(1);
        return found.get(0);
    }

    Service service(String module) {
        List<Service> found = all(Service.class).stream()
                .filter(s -> module.equals(s.getSpec().getSelector().get(NAME_LABEL))).toList();
        assertThat(found).as("Service of " + module).hasSize(1);
        return found.get(0);
    }

    static Container container(Deployment d) {
        List<Container> containers = d.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as(d.getMetadata().getName() + " containers").hasSize(1);
        return containers.get(0);
    }

    /** Everything below, in one call. */
    void assertAll() {
        assertThat(all(Deployment.class)).as("Deployments").hasSize(4);
        for (String module : MODULES) {
            ServiceConfig config = ServiceConfig.of(module);
            assertProbesAndPorts(module, config);
            assertSecurity(module);
            assertEnvironment(module, config);
            assertResources(module);
        }
        assertIngress();
        assertAutoscalersAndBudgets();
        assertConfigMapUrls();
        assertNetworkPolicies();
        assertNoEgressToEverywhere();
        assertServiceMonitors();
    }

    void assertProbesAndPorts(String module, ServiceConfig config) {
        Deployment d = deployment(module);
        Container c = container(d);
        assertThat(c.getName()).isEqualTo(module);
        assertThat(c.getPorts()).extracting(p -> p.getContainerPort()).as(module + " container ports")
                .contains(config.httpPort());
        // health and metrics are served on the management interface only; the API port answers 404 for them
        assertThat(config.healthPort()).as(module + ": the management port differs from the API port")
                .isNotEqualTo(config.httpPort());
        assertThat(c.getPorts()).as(module + " container port 'management'")
                .anySatisfy(p -> assertThat(p.getName() + ":" + p.getContainerPort())
                        .isEqualTo("management:" + config.healthPort()));
        assertProbe(module, c, c.getStartupProbe(), config.startedPath(), config.healthPort());
        assertProbe(module, c, c.getLivenessProbe(), config.livePath(), config.healthPort());
        assertProbe(module, c, c.getReadinessProbe(), config.readyPath(), config.healthPort());
        assertThat(config.startedPath()).isEqualTo("/q/health/started");
        assertThat(config.livePath()).isEqualTo("/q/health/live");
        assertThat(config.readyPath()).isEqualTo("/q/health/ready");
        assertThat(c.getStartupProbe().getFailureThreshold() * c.getStartupProbe().getPeriodSeconds())
                .as(module + ": the startup probe must leave time for Flyway migrations (>= 120 s)")
                .isGreaterThanOrEqualTo(120);

        Service s = service(module);
        assertThat(s.getSpec().getPorts()).extracting(p -> p.getName()).as(module + " Service ports")
                .containsExactly("http", "management");
        for (var port : s.getSpec().getPorts()) {
            int expected = port.getName().equals("http") ? config.httpPort() : config.healthPort();
            IntOrString target = port.getTargetPort();
            assertThat(ManifestChecks.resolvePort(c, target))
                    .as(module + " Service targetPort " + port.getName()).isEqualTo(expected);
            assertThat(port.getPort()).as(module + " Service port " + port.getName()).isEqualTo(expected);
        }
    }

    static int servicePort(Service s, String name) {
        return s.getSpec().getPorts().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(s.getMetadata().getName() + " has no port " + name)).getPort();
    }

    private static void assertProbe(String module, Container c, Probe probe, String path, int port) {
        assertThat(probe).as(module + " probe for " + path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(module + " probe path").isEqualTo(path);
        assertThat(ManifestChecks.resolvePort(c, probe.getHttpGet().getPort()))
                .as(module + " probe port of " + path).isEqualTo(port);
    }

    void assertSecurity(String module) {
        Deployment d = deployment(module);
        PodSpec pod = d.getSpec().getTemplate().getSpec();
        assertThat(pod.getAutomountServiceAccountToken()).as(module + " automountServiceAccountToken").isFalse();
        assertThat(pod.getSecurityContext()).as(module + " pod securityContext").isNotNull();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(module + " pod runAsNonRoot").isTrue();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        if (pod.getSecurityContext().getRunAsUser() != null) {
            assertThat(pod.getSecurityContext().getRunAsUser()).as(module + " runAsUser").isPositive();
        }
        var sc = container(d).getSecurityContext();
        assertThat(sc).as(module + " container securityContext").isNotNull();
        assertThat(sc.getAllowPrivilegeEscalation()).as(module + " allowPrivilegeEscalation").isFalse();
        assertThat(sc.getReadOnlyRootFilesystem()).as(module + " readOnlyRootFilesystem").isTrue();
        assertThat(sc.getRunAsNonRoot()).as(module + " container runAsNonRoot").isTrue();
        assertThat(sc.getPrivileged()).as(module + " privileged").isNotEqualTo(Boolean.TRUE);
        assertThat(sc.getCapabilities().getDrop()).as(module + " capabilities.drop").contains("ALL");
        assertThat(sc.getCapabilities().getAdd()).as(module + " capabilities.add").isNullOrEmpty();
        if (sc.getSeccompProfile() != null) {
            assertThat(sc.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        }
        // the read-only root filesystem needs a writable /tmp (JVM, Vert.x file cache)
        var tmp = container(d).getVolumeMounts().stream().filter(m -> "/tmp".equals(m.getMountPath())).findFirst();
        assertThat(tmp).as(module + " /tmp mount").isPresent();
        assertThat(pod.getVolumes()).filteredOn(v -> v.getName().equals(tmp.get().getName()))
                .singleElement().satisfies(v -> assertThat(v.getEmptyDir())
                        .as(module + " /tmp is an emptyDir").isNotNull());
    }

    void assertEnvironment(String module, ServiceConfig config) {
        Container c = container(deployment(module));
        Map<String, EnvVar> env = c.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
        if (DB_OWNERS.contains(module)) {
            String prefix = module.replace("-service", "").toUpperCase();
            for (String suffix : List.of("_DB_URL", "_DB_USER", "_DB_PASSWORD")) {
                EnvVar e = env.get(prefix + suffix);
                assertThat(e).as(module + " " + prefix + suffix).isNotNull();
                assertThat(e.getValueFrom()).as(prefix + suffix + " comes from a Secret").isNotNull();
                assertThat(e.getValueFrom().getSecretKeyRef()).as(prefix + suffix + " comes from a Secret").isNotNull();
            }
        } else {
            assertThat(env.keySet()).as(module + " has no database").noneMatch(k -> k.contains("_DB_"));
        }
        assertThat(env).as(module + " OIDC issuer").containsKey("OIDC_AUTH_SERVER_URL");
        assertThat(env).as(module + " OIDC client id").containsKey("OIDC_CLIENT_ID");
        if (module.equals("claims-service") || module.equals("recommendations-service")) {
            assertThat(env.get("OIDC_CLIENT_SECRET")).as(module + " client-credentials secret").isNotNull();
            assertThat(env.get("OIDC_CLIENT_SECRET").getValueFrom().getSecretKeyRef()).isNotNull();
            assertThat(env).containsKey("DOCUMENTS_URL");
        }
        if (module.equals("gateway")) {
            assertThat(env).containsKeys("DOCUMENTS_URL", "CLAIMS_URL", "RECOMMENDATIONS_URL");
        }
        env.values().stream().filter(e -> e.getName().contains("PASSWORD") || e.getName().contains("SECRET"))
                .forEach(e -> assertThat(e.getValue()).as(e.getName() + " must not be a literal").isNull());
        if (config.fromFile()) {
            // every variable the manifest sets is one the service's configuration actually reads
            Set<String> unread = new TreeSet<>();
            env.keySet().stream().filter(k -> !config.reads(k)).forEach(unread::add);
            assertThat(unread).as(module + ": environment variables that application.properties does not read")
                    .isEmpty();
        }
    }

    void assertResources(String module) {
        Container c = container(deployment(module));
        var r = c.getResources();
        assertThat(r).as(module + " resources").isNotNull();
        assertThat(r.getRequests()).as(module + " requests").containsKeys("cpu", "memory");
        assertThat(r.getLimits()).as(module + " limits").containsKeys("cpu", "memory");
        // Under sustained load the serial collector (the JVM's choice with one CPU) grows the heap to its ceiling
        // before it collects the old generation, so the ceiling must leave room for what is not heap (classes, JIT
        // code, threads). Kubernetes uses the last entry of a repeated name.
        EnvVar ratio = c.getEnv().stream().filter(e -> e.getName().equals("JAVA_MAX_MEM_RATIO"))
                .reduce((first, second) -> second).orElse(null);
        assertThat(ratio).as(module + " JAVA_MAX_MEM_RATIO (heap ceiling, % of the memory limit)").isNotNull();
        long limit = Quantity.getAmountInBytes(r.getLimits().get("memory")).longValue();
        long heap = limit * Integer.parseInt(ratio.getValue()) / 100;
        assertThat(heap + NON_HEAP_ROOM).as(module + ": heap ceiling " + heap / MIB + " MiB + " + NON_HEAP_ROOM / MIB
                + " MiB besides the heap must fit the memory limit of " + limit / MIB + " MiB")
                .isLessThanOrEqualTo(limit);
    }

    void assertIngress() {
        List<Ingress> ingresses = all(Ingress.class);
        assertThat(ingresses).as("only the gateway has an Ingress").hasSize(1);
        Service gateway = service("gateway");
        ingresses.get(0).getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(p -> {
            assertThat(p.getBackend().getService().getName()).isEqualTo(gateway.getMetadata().getName());
            // health and metrics stay inside the cluster: only these prefixes are public
            assertThat(p.getPath()).as("public path").isIn("/api", "/q/openapi", "/q/swagger-ui");
        }));
        assertThat(ingresses.get(0).getSpec().getRules().get(0).getHttp().getPaths()).extracting(p -> p.getPath())
                .contains("/api", "/q/swagger-ui");
    }

    void assertAutoscalersAndBudgets() {
        for (String module : MODULES) {
            String name = deployment(module).getMetadata().getName();
            assertThat(all(PodDisruptionBudget.class)).as("PodDisruptionBudget of " + module)
                    .anyMatch(p -> ManifestChecks.matches(p.getSpec().getSelector(),
                            deployment(module).getSpec().getTemplate().getMetadata().getLabels()));
            if (AUTOSCALED.contains(module)) {
                // a CPU HorizontalPodAutoscaler, or KEDA's ScaledObject
                // (it creates the HPA) for a consumer scaled on lag
                boolean hpa = all(HorizontalPodAutoscaler.class).stream()
                        .anyMatch(h -> h.getSpec().getScaleTargetRef().getName().equals(name));
                boolean keda = all(KedaModel.ScaledObject.class).stream()
                        .anyMatch(o -> o.getSpec().scaleTargetRef().name().equals(name));
                assertThat(hpa || keda).as("an autoscaler (HorizontalPodAutoscaler or ScaledObject) of " + module)
                        .isTrue();
                assertThat(hpa && keda).as("two autoscalers of " + module).isFalse();
            }
        }
    }

    void assertConfigMapUrls() {
        Map<String, String> urls = Map.of("DOCUMENTS_URL", "documents-service", "CLAIMS_URL", "claims-service",
                "RECOMMENDATIONS_URL", "recommendations-service");
        boolean found = false;
        for (ConfigMap map : all(ConfigMap.class)) {
            for (Map.Entry<String, String> entry : urls.entrySet()) {
                Service s = service(entry.getValue());
                String url = map.getData().get(entry.getKey());
                if (url != null) {
                    assertThat(url).as(entry.getKey()).isEqualTo("http://" + s.getMetadata().getName() + ":"
                            + servicePort(s, "http"));
                }
                // where the gateway reads the data versions: the management port
                String key = entry.getKey().replace("_URL", "_MANAGEMENT_URL");
                String management = map.getData().get(key);
                if (management != null) {
                    found = true;
                    assertThat(management).as(key).isEqualTo("http://" + s.getMetadata().getName() + ":"
                            + servicePort(s, "management"));
                }
            }
        }
        assertThat(found).as("the gateway's *_MANAGEMENT_URL settings in a ConfigMap").isTrue();
        Map<String, EnvVar> gatewayEnv = container(deployment("gateway")).getEnv().stream()
                .collect(Collectors.toMap(EnvVar::getName, e -> e));
        assertThat(gatewayEnv).as("the gateway reads the services' management URLs")
                .containsKeys("DOCUMENTS_MANAGEMENT_URL", "CLAIMS_MANAGEMENT_URL", "RECOMMENDATIONS_MANAGEMENT_URL");
    }

    // ---- NetworkPolicies: evaluate the effective connectivity between the four services ----

    private Map<String, String> podLabels(String module) {
        return deployment(module).getSpec().getTemplate().getMetadata().getLabels();
    }

    private List<NetworkPolicy> selecting(String module, String type) {
        return all(NetworkPolicy.class).stream().filter(n -> n.getSpec().getPolicyTypes().contains(type)
                && ManifestChecks.matches(n.getSpec().getPodSelector(), podLabels(module))).toList();
    }

    private boolean portAllows(List<NetworkPolicyPort> ports, int port, String module) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        Container c = container(deployment(module));
        return ports.stream().anyMatch(p -> p.getPort() == null || Objects.equals(p.getPort().getIntVal(), port)
                || (p.getPort().getStrVal() != null
                        && Objects.equals(ManifestChecks.resolvePort(c, p.getPort()), port)));
    }

    /** True when a same-namespace pod peer (no namespaceSelector) selects the module's pods. */
    private boolean peerSelects(List<NetworkPolicyPeer> peers, String module) {
        if (peers == null || peers.isEmpty()) {
            return true; // empty from/to: everyone
        }
        return peers.stream().anyMatch(p -> p.getIpBlock() == null && p.getNamespaceSelector() == null
                && ManifestChecks.matches(p.getPodSelector(), podLabels(module)));
    }

    boolean ingressAllowed(String from, String to) {
        return ingressAllowed(from, to, ServiceConfig.of(to).httpPort());
    }

    boolean ingressAllowed(String from, String to, int port) {
        return selecting(to, "Ingress").stream()
                .anyMatch(n -> n.getSpec().getIngress() != null && n.getSpec().getIngress().stream()
                        .anyMatch(r -> peerSelects(r.getFrom(), from) && portAllows(r.getPorts(), port, to)));
    }

    boolean egressAllowed(String from, String to) {
        return egressAllowed(from, to, ServiceConfig.of(to).httpPort());
    }

    boolean egressAllowed(String from, String to, int port) {
        return selecting(from, "Egress").stream()
                .anyMatch(n -> n.getSpec().getEgress() != null && n.getSpec().getEgress().stream()
                        .anyMatch(r -> peerSelects(r.getTo(), to) && portAllows(r.getPorts(), port, to)));
    }

    boolean egressToPort(String from, int port, String protocol) {
        return selecting(from, "Egress").stream()
                .anyMatch(n -> n.getSpec().getEgress() != null && n.getSpec().getEgress().stream()
                        .anyMatch(r -> r.getPorts() != null && r.getPorts().stream()
                                .anyMatch(p -> Objects.equals(p.getPort().getIntVal(), port)
                                        && Objects.equals(p.getProtocol() == null ? "TCP" : p.getProtocol(),
                                                protocol))));
    }

    void assertNetworkPolicies() {
        List<NetworkPolicy> policies = all(NetworkPolicy.class);
        assertThat(policies).as("NetworkPolicies").isNotEmpty();
        // a default deny: selects every Policy Lens pod, both directions, no rules
        assertThat(policies).as("default-deny NetworkPolicy")
                .anyMatch(n -> n.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                        && (n.getSpec().getIngress() == null || n.getSpec().getIngress().isEmpty())
                        && (n.getSpec().getEgress() == null || n.getSpec().getEgress().isEmpty())
                        && MODULES.stream()
                                .allMatch(m -> ManifestChecks.matches(n.getSpec().getPodSelector(), podLabels(m))));
        for (String module : MODULES) {
            assertThat(selecting(module, "Ingress"))
                    .as(module + " is covered by an Ingress NetworkPolicy").isNotEmpty();
            assertThat(selecting(module, "Egress")).as(module + " is covered by an Egress NetworkPolicy").isNotEmpty();
            assertThat(egressToPort(module, 53, "UDP")).as(module + " may resolve DNS").isTrue();
            assertThat(egressToPort(module, 443, "TCP") || egressToPort(module, 8080, "TCP"))
                    .as(module + " may reach the OIDC provider").isTrue();
            assertThat(egressToPort(module, 5432, "TCP")).as(module + " PostgreSQL egress")
                    .isEqualTo(DB_OWNERS.contains(module));
        }
        Map<String, Set<String>> allowedCallers = Map.of(
                "documents-service", Set.of("gateway", "claims-service", "recommendations-service"),
                "claims-service", Set.of("gateway"),
                "recommendations-service", Set.of("gateway"),
                "gateway", Set.of());
        for (String to : MODULES) {
            for (String from : MODULES) {
                if (from.equals(to)) {
                    continue;
                }
                boolean expected = allowedCallers.get(to).contains(from);
                assertThat(ingressAllowed(from, to)).as("ingress " + from + " -> " + to).isEqualTo(expected);
                assertThat(egressAllowed(from, to)).as("egress " + from + " -> " + to).isEqualTo(expected);
                // the management port: only the gateway, for the data versions of the three services
                int management = ServiceConfig.of(to).healthPort();
                boolean gatewayReadsVersion = from.equals("gateway") && DB_OWNERS.contains(to);
                assertThat(ingressAllowed(from, to, management))
                        .as("ingress " + from + " -> " + to + " management port").isEqualTo(gatewayReadsVersion);
                assertThat(egressAllowed(from, to, management)).as("egress " + from + " -> " + to + " management port")
                        .isEqualTo(gatewayReadsVersion);
            }
        }
        // the gateway: reachable from another namespace (the ingress controller's) on its port
        int gatewayPort = ServiceConfig.of("gateway").httpPort();
        assertThat(selecting("gateway", "Ingress")).as("gateway reachable from the ingress controller namespace")
                .anyMatch(n -> n.getSpec().getIngress().stream()
                        .anyMatch(r -> r.getFrom() != null && r.getFrom().stream()
                                .anyMatch(p -> p.getNamespaceSelector() != null
                                        && p.getNamespaceSelector().getMatchLabels() != null
                                        && !p.getNamespaceSelector().getMatchLabels().isEmpty())
                                && portAllows(r.getPorts(), gatewayPort, "gateway")));
        // from another namespace: the ingress controller to the gateway's API port, Prometheus to every management
        // port; nothing else, and neither of them anywhere else
        for (String module : MODULES) {
            ServiceConfig config = ServiceConfig.of(module);
            assertThat(monitoringReaches(module, config.healthPort()))
                    .as(module + ": Prometheus reaches the management port").isTrue();
            assertThat(monitoringReaches(module, config.httpPort()))
                    .as(module + ": Prometheus reaches the API port").isFalse();
            for (NetworkPolicy n : selecting(module, "Ingress")) {
                if (n.getSpec().getIngress() == null) {
                    continue;
                }
                n.getSpec().getIngress().forEach(r -> {
                    assertThat(r.getFrom()).as(module + ": an ingress rule open to everyone").isNotEmpty();
                    r.getFrom().forEach(p -> {
                        assertThat(p.getIpBlock()).as(module + ": ingress from an ipBlock").isNull();
                        if (p.getNamespaceSelector() == null) {
                            return;
                        }
                        assertThat(r.getPorts()).as(module + ": a rule from another namespace names its ports")
                                .isNotEmpty();
                        boolean monitoring =
                                "monitoring".equals(p.getNamespaceSelector().getMatchLabels().get(NAMESPACE_LABEL));
                        if (monitoring) {
                            assertThat(r.getPorts()).as(module + ": Prometheus may reach the management port only")
                                    .allSatisfy(port -> assertThat(ManifestChecks.resolvePort(
                                            container(deployment(module)), port.getPort()))
                                            .isEqualTo(config.healthPort()));
                        } else {
                            assertThat(module).as("ingress from another namespace than monitoring")
                                    .isEqualTo("gateway");
                            assertThat(r.getPorts()).as("the ingress controller may reach the gateway's API port only")
                                    .allSatisfy(port -> assertThat(ManifestChecks.resolvePort(
                                            container(deployment(module)), port.getPort()))
                                            .isEqualTo(config.httpPort()));
                        }
                    });
                });
            }
        }
    }

    /** True when a rule admits pods of the monitoring namespace to this port of the module's pods. */
    boolean monitoringReaches(String module, int port) {
        return selecting(module, "Ingress").stream()
                .anyMatch(n -> n.getSpec().getIngress() != null && n.getSpec().getIngress().stream()
                        .anyMatch(r -> r.getFrom() != null && r.getFrom().stream()
                                .anyMatch(p -> p.getNamespaceSelector() != null
                                        && "monitoring".equals(
                                                p.getNamespaceSelector().getMatchLabels().get(NAMESPACE_LABEL)))
                                && portAllows(r.getPorts(), port, module)));
    }

    /** No egress rule lets a pod reach every address: no rule without destinations, no 0.0.0.0/0 or ::/0. */
    void assertNoEgressToEverywhere() {
        for (NetworkPolicy n : all(NetworkPolicy.class)) {
            if (n.getSpec().getEgress() == null) {
                continue;
            }
            n.getSpec().getEgress().forEach(r -> {
                assertThat(r.getTo()).as(n.getMetadata().getName()
                        + ": an egress rule to every destination").isNotEmpty();
                r.getTo().stream().filter(p -> p.getIpBlock() != null).forEach(p -> assertThat(p.getIpBlock().getCidr())
                        .as(n.getMetadata().getName() + ": egress to the whole internet").isNotIn("0.0.0.0/0", "::/0"));
            });
        }
    }

    /**
     * The defaults: egress stays in the cluster (PostgreSQL and the OIDC provider by namespace and pod selectors, no
     * ipBlock at all); addresses outside the cluster are an explicit choice of an overlay or a values file.
     */
    void assertEgressStaysInTheCluster() {
        for (NetworkPolicy n : all(NetworkPolicy.class)) {
            if (n.getSpec().getEgress() == null) {
                continue;
            }
            n.getSpec().getEgress().forEach(r -> r.getTo().forEach(p -> assertThat(p.getIpBlock())
                    .as(n.getMetadata().getName() + ": egress to addresses outside the cluster by default").isNull()));
        }
        for (String module : DB_OWNERS) {
            assertThat(egressToInClusterPeer(module, 5432)).as(module + " reaches the in-cluster PostgreSQL").isTrue();
        }
        for (String module : MODULES) {
            assertThat(egressToInClusterPeer(module, 8080))
                    .as(module + " reaches the in-cluster OIDC provider").isTrue();
        }
    }

    private boolean egressToInClusterPeer(String module, int port) {
        return selecting(module, "Egress").stream()
                .anyMatch(n -> n.getSpec().getEgress() != null && n.getSpec().getEgress().stream()
                        .anyMatch(r -> r.getTo() != null && r.getTo().stream()
                                .anyMatch(p -> p.getNamespaceSelector() != null
                                        && p.getNamespaceSelector().getMatchLabels() != null
                                        && !p.getNamespaceSelector().getMatchLabels().isEmpty())
                                && r.getPorts() != null && r.getPorts().stream()
                                        .anyMatch(pp -> Objects.equals(pp.getPort().getIntVal(), port))));
    }

    void assertServiceMonitors() {
        for (ServiceMonitor m : all(ServiceMonitor.class)) {
            for (String module : MODULES) {
                Service s = service(module);
                if (ManifestChecks.matches(m.getSpec().getSelector(), s.getMetadata().getLabels())) {
                    m.getSpec().getEndpoints().forEach(e -> {
                        assertThat(e.getPath()).as("metrics path of " + module)
                                .isEqualTo(ServiceConfig.of(module).metricsPath());
                        // scraped where metrics are served: the management port (the API port answers 404)
                        assertThat(servicePort(s, e.getPort())).as("metrics port of " + module)
                                .isEqualTo(ServiceConfig.of(module).healthPort());
                    });
                }
            }
            assertThat(MODULES).allMatch(module ->
                    ManifestChecks.matches(m.getSpec().getSelector(), service(module).getMetadata().getLabels()));
        }
    }
}
