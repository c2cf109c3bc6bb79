package io.policylens.deploy;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.Endpoint;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the object model does not enforce but the API server (or common sense) does: required fields,
 * enum values, name syntax, and references between the rendered objects (selectors, ports, ConfigMap
 * keys, volumes, autoscaler targets, ingress backends). Collects every problem, then fails once.
 */
final class ManifestChecks {

    private static final Pattern DNS_1123_LABEL = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
    private static final Pattern DNS_1123_SUBDOMAIN = Pattern.compile(
            "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
    private static final Pattern LABEL_VALUE = Pattern.compile("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$");
    private static final Pattern ENV_NAME = Pattern.compile("^[-._a-zA-Z][-._a-zA-Z0-9]*$");
    private static final Pattern PORT_NAME = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
    private static final Pattern PERCENT = Pattern.compile("^[0-9]+%$");
    private static final Pattern DURATION = Pattern.compile("^([0-9]+(ms|s|m|h))+$");

    static final Set<String> PULL_POLICIES = Set.of("Always", "IfNotPresent", "Never");
    static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "SCTP");
    static final Set<String> SERVICE_TYPES = Set.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName");
    static final Set<String> PATH_TYPES = Set.of("Exact", "Prefix", "ImplementationSpecific");
    static final Set<String> POLICY_TYPES = Set.of("Ingress", "Egress");
    static final Set<String> STRATEGIES = Set.of("RollingUpdate", "Recreate");
    static final Set<String> SECCOMP = Set.of("RuntimeDefault", "Localhost", "Unconfined");
    static final Set<String> SELECTOR_OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");
    static final Set<String> SPREAD = Set.of("DoNotSchedule", "ScheduleAnyway");
    static final Set<String> METRIC_TYPES = Set.of("Resource", "Pods", "Object", "External", "ContainerResource");
    static final Set<String> TARGET_TYPES = Set.of("Utilization", "AverageValue", "Value");
    static final Set<String> RESTART = Set.of("Always");

    private final List<HasMetadata> objects;
    private final List<String> problems = new ArrayList<>();

    private ManifestChecks(List<HasMetadata> objects) {
        this.objects = objects;
    }

    /** Returns every problem found (empty when the set of objects is sound). */
    static List<String> problems(List<HasMetadata> objects) {
        ManifestChecks checks = new ManifestChecks(objects);
        checks.run();
        return checks.problems;
    }

    private void problem(HasMetadata o, String message) {
        problems.add(o.getKind() + " " + (o.getMetadata() == null ? "?" : o.getMetadata().getName()) + ": " + message);
    }

    private void require(HasMetadata o, boolean condition, String message) {
        if (!condition) {
            problem(o, message);
        }
    }

    private void oneOf(HasMetadata o, String what, String value, Set<String> allowed, boolean required) {
        if (value == null) {
            require(o, !required, what + " is required");
        } else if (!allowed.contains(value)) {
            problem(o, what + " '" + value + "' is not one of " + allowed);
        }
    }

    private void run() {
        Set<String> identities = new HashSet<>();
        for (HasMetadata o : objects) {
            if (o.getMetadata() == null || o.getMetadata().getName() == null) {
                problem(o, "metadata.name is required");
                continue;
            }
            if (!identities.add(o.getApiVersion() + "/" + o.getKind() + "/" + o.getMetadata().getNamespace() + "/"
                    + o.getMetadata().getName())) {
                problem(o, "defined twice");
            }
            String name = o.getMetadata().getName();
            boolean labelName = o instanceof Service || o instanceof Deployment;
            require(o, (labelName ? DNS_1123_LABEL : DNS_1123_SUBDOMAIN).matcher(name).matches()
                    && name.length() <= (labelName ? 63 : 253),
                    "metadata.name '" + name + "' is not a valid DNS-1123 name");
            labels(o, "metadata.labels", o.getMetadata().getLabels());
            switch (o) {
                case Deployment d -> deployment(d);
                case Service s -> service(s);
                case Ingress i -> ingress(i);
                case NetworkPolicy n -> networkPolicy(n);
                case PodDisruptionBudget p -> pdb(p);
                case HorizontalPodAutoscaler h -> hpa(h);
                case ServiceMonitor m -> serviceMonitor(m);
                case KedaModel.ScaledObject so -> scaledObject(so);
                case KedaModel.TriggerAuthentication ta -> triggerAuthentication(ta);
                case KafkaNodePool p -> inStrimziCluster(p);
                case KafkaTopic t -> kafkaTopic(t);
                case KafkaUser u -> inStrimziCluster(u);
                case ConfigMap c -> require(c, c.getData() != null && !c.getData().isEmpty(), "ConfigMap has no data");
                default -> {
                }
            }
        }
    }

    private void labels(HasMetadata o, String where, Map<String, String> labels) {
        if (labels == null) {
            return;
        }
        labels.forEach((k, v) -> {
            require(o, v != null && v.length() <= 63 && LABEL_VALUE.matcher(v).matches(),
                    where + " value '" + v + "' of " + k + " is not a valid label value");
        });
    }

    private void selector(HasMetadata o, String where, LabelSelector selector, boolean required) {
        if (selector == null) {
            require(o, !required, where + " is required");
            return;
        }
        labels(o, where + ".matchLabels", selector.getMatchLabels());
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
                require(o, r.getKey() != null, where + ".matchExpressions[].key is required");
                oneOf(o, where + ".matchExpressions[].operator", r.getOperator(), SELECTOR_OPERATORS, true);
                boolean needsValues = "In".equals(r.getOperator()) || "NotIn".equals(r.getOperator());
                require(o, needsValues == (r.getValues() != null && !r.getValues().isEmpty()),
                        where + ": operator " + r.getOperator() + (needsValues ? " needs values" : " takes no values"));
            }
        }
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null || labels == null) {
            return false;
        }
        if (selector.getMatchLabels() != null) {
            for (var e : selector.getMatchLabels().entrySet()) {
                if (!e.getValue().equals(labels.get(e.getKey()))) {
                    return false;
                }
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
                String value = labels.get(r.getKey());
                boolean ok = switch (r.getOperator()) {
                    case "In" -> value != null && r.getValues().contains(value);
                    case "NotIn" -> value == null || !r.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> false;
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    List<Deployment> deployments() {
        return objects.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast).toList();
    }

    private void deployment(Deployment d) {
        var spec = d.getSpec();
        if (spec == null || spec.getTemplate() == null || spec.getTemplate().getSpec() == null) {
            problem(d, "spec.template.spec is required");
            return;
        }
        selector(d, "spec.selector", spec.getSelector(), true);
        var podLabels = spec.getTemplate().getMetadata() == null ? null : spec.getTemplate().getMetadata().getLabels();
        labels(d, "spec.template.metadata.labels", podLabels);
        require(d, matches(spec.getSelector(), podLabels), "spec.selector does not match the pod template's labels");
        require(d, spec.getReplicas() == null || spec.getReplicas() >= 0, "spec.replicas must be >= 0");
        if (spec.getStrategy() != null) {
            oneOf(d, "spec.strategy.type", spec.getStrategy().getType(), STRATEGIES, false);
            var rolling = spec.getStrategy().getRollingUpdate();
            if (rolling != null) {
                intOrPercent(d, "maxSurge", rolling.getMaxSurge());
                intOrPercent(d, "maxUnavailable", rolling.getMaxUnavailable());
            }
        }
        PodSpec pod = spec.getTemplate().getSpec();
        require(pod.getContainers() != null && !pod.getContainers().isEmpty(), d,
                "spec.template.spec.containers must not be empty");
        if (pod.getRestartPolicy() != null) {
            oneOf(d, "restartPolicy", pod.getRestartPolicy(), RESTART, false);
        }
        if (pod.getTopologySpreadConstraints() != null) {
            pod.getTopologySpreadConstraints().forEach(t -> {
                oneOf(d, "topologySpreadConstraints[].whenUnsatisfiable", t.getWhenUnsatisfiable(), SPREAD, true);
                require(d, t.getTopologyKey() != null && t.getMaxSkew() != null && t.getMaxSkew() > 0,
                        "topologySpreadConstraints need topologyKey and maxSkew > 0");
            });
        }
        PodSecurityContext psc = pod.getSecurityContext();
        if (psc != null && psc.getSeccompProfile() != null) {
            seccomp(d, "pod", psc.getSeccompProfile());
        }
        Set<String> volumes = new HashSet<>();
        if (pod.getVolumes() != null) {
            for (Volume v : pod.getVolumes()) {
                require(d, v.getName() != null && DNS_1123_LABEL.matcher(v.getName()).matches(),
                        "volume name '" + v.getName() + "' is invalid");
                require(d, volumes.add(v.getName()), "volume " + v.getName() + " defined twice");
            }
        }
        Set<String> containerNames = new HashSet<>();
        for (Container c : pod.getContainers() == null ? List.<Container>of() : pod.getContainers()) {
            require(d, c.getName() != null && DNS_1123_LABEL.matcher(c.getName()).matches(),
                    "container name '" + c.getName() + "' is invalid");
            require(d, containerNames.add(c.getName()), "container " + c.getName() + " defined twice");
            require(d, c.getImage() != null && !c.getImage().isBlank() && !c.getImage().contains(" "),
                    "container " + c.getName() + " has no valid image");
            oneOf(d, "imagePullPolicy", c.getImagePullPolicy(), PULL_POLICIES, false);
            Set<String> portNames = new HashSet<>();
            Set<Integer> portNumbers = new HashSet<>();
            for (ContainerPort p : c.getPorts() == null ? List.<ContainerPort>of() : c.getPorts()) {
                require(d, p.getContainerPort() != null && p.getContainerPort() > 0 && p.getContainerPort() < 65536,
                        "containerPort out of range");
                oneOf(d, "ports[].protocol", p.getProtocol(), PROTOCOLS, false);
                if (p.getName() != null) {
                    require(d, p.getName().length() <= 15 && PORT_NAME.matcher(p.getName()).matches(),
                            "port name '" + p.getName() + "' is invalid");
                    require(d, portNames.add(p.getName()), "port name " + p.getName() + " used twice");
                }
                require(d, portNumbers.add(p.getContainerPort()),
                        "containerPort " + p.getContainerPort() + " used twice");
            }
            for (Probe probe : new Probe[] {c.getStartupProbe(), c.getLivenessProbe(), c.getReadinessProbe()}) {
                if (probe != null) {
                    HTTPGetAction get = probe.getHttpGet();
                    require(d, get != null, "container " + c.getName() + ": probe without httpGet");
                    if (get != null) {
                        require(d, get.getPath() != null && get.getPath().startsWith("/"),
                                "probe path must start with /");
                        require(d, resolvePort(c, get.getPort()) != null,
                                "probe port " + get.getPort() + " is not a port of container " + c.getName());
                    }
                }
            }
            Set<String> envNames = new HashSet<>();
            for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
                require(d, e.getName() != null && ENV_NAME.matcher(e.getName()).matches(),
                        "env name '" + e.getName() + "' is invalid");
                require(d, envNames.add(e.getName()), "env " + e.getName() + " set twice");
                boolean hasValue = e.getValue() != null;
                boolean hasFrom = e.getValueFrom() != null;
                require(d, !(hasValue && hasFrom), "env " + e.getName() + " has both value and valueFrom");
                if (hasFrom) {
                    var from = e.getValueFrom();
                    if (from.getSecretKeyRef() != null) {
                        require(d, notBlank(from.getSecretKeyRef().getName())
                                && notBlank(from.getSecretKeyRef().getKey()),
                                "env " + e.getName() + ": secretKeyRef needs name and key");
                    } else if (from.getConfigMapKeyRef() != null) {
                        String cm = from.getConfigMapKeyRef().getName();
                        String key = from.getConfigMapKeyRef().getKey();
                        ConfigMap map = find(ConfigMap.class, cm);
                        require(d, map != null, "env " + e.getName() + ": ConfigMap " + cm + " is not rendered");
                        require(d, map == null || (map.getData() != null && map.getData().containsKey(key)),
                                "env " + e.getName() + ": ConfigMap " + cm + " has no key " + key);
                    } else {
                        require(d, from.getFieldRef() != null || from.getResourceFieldRef() != null,
                                "env " + e.getName() + ": empty valueFrom");
                    }
                }
            }
            for (VolumeMount m : c.getVolumeMounts() == null ? List.<VolumeMount>of() : c.getVolumeMounts()) {
                require(d, volumes.contains(m.getName()), "volumeMount " + m.getName() + " has no volume");
                require(d, m.getMountPath() != null && m.getMountPath().startsWith("/"),
                        "volumeMount path must be absolute");
            }
            if (c.getSecurityContext() != null) {
                if (c.getSecurityContext().getSeccompProfile() != null) {
                    seccomp(d, "container", c.getSecurityContext().getSeccompProfile());
                }
                Capabilities caps = c.getSecurityContext().getCapabilities();
                if (caps != null && caps.getDrop() != null) {
                    caps.getDrop().forEach(cap -> require(d, cap.equals(cap.toUpperCase()),
                            "capability " + cap + " must be upper case"));
                }
            }
            if (c.getResources() != null && c.getResources().getLimits() != null
                    && c.getResources().getRequests() != null) {
                for (var req : c.getResources().getRequests().entrySet()) {
                    var limit = c.getResources().getLimits().get(req.getKey());
                    if (limit != null) {
                        require(d, req.getValue().getNumericalAmount().compareTo(limit.getNumericalAmount()) <= 0,
                                "container " + c.getName() + ": request " + req.getKey() + " exceeds its limit");
                    }
                }
            }
        }
    }

    private void require(boolean condition, HasMetadata o, String message) {
        require(o, condition, message);
    }

    private void seccomp(HasMetadata o, String where, SeccompProfile profile) {
        oneOf(o, where + " seccompProfile.type", profile.getType(), SECCOMP, true);
        require(o, "Localhost".equals(profile.getType()) == (profile.getLocalhostProfile() != null),
                where + " seccompProfile: localhostProfile goes with Localhost only");
    }

    /**
     * The API server takes a number or a percentage here: the string "1" is refused (quarkus-kubernetes writes
     * strings).
     */
    private void intOrPercent(HasMetadata o, String field, IntOrString value) {
        if (value != null && value.getStrVal() != null) {
            require(o, PERCENT.matcher(value.getStrVal()).matches(),
                    field + " '" + value.getStrVal() + "' is neither a number nor a percentage");
        }
    }

    static Integer resolvePort(Container c, IntOrString port) {
        if (port == null || c.getPorts() == null) {
            return null;
        }
        for (ContainerPort p : c.getPorts()) {
            if (port.getIntVal() != null ? port.getIntVal().equals(p.getContainerPort())
                    : Objects.equals(port.getStrVal(), p.getName())) {
                return p.getContainerPort();
            }
        }
        return null;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    <T extends HasMetadata> T find(Class<T> type, String name) {
        return objects.stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name)).findFirst().orElse(null);
    }

    private List<Deployment> selected(LabelSelector selector) {
        return deployments().stream().filter(d -> d.getSpec().getTemplate().getMetadata() != null
                && matches(selector, d.getSpec().getTemplate().getMetadata().getLabels())).toList();
    }

    private void service(Service s) {
        var spec = s.getSpec();
        if (spec == null) {
            problem(s, "spec is required");
            return;
        }
        oneOf(s, "spec.type", spec.getType(), SERVICE_TYPES, false);
        require(s, spec.getSelector() != null && !spec.getSelector().isEmpty(), "spec.selector is required");
        labels(s, "spec.selector", spec.getSelector());
        List<Deployment> backends = spec.getSelector() == null ? List.of()
                : selected(new LabelSelector(List.of(), spec.getSelector()));
        require(s, !backends.isEmpty(), "spec.selector matches no Deployment's pods");
        require(s, spec.getPorts() != null && !spec.getPorts().isEmpty(), "spec.ports must not be empty");
        for (ServicePort p : spec.getPorts() == null ? List.<ServicePort>of() : spec.getPorts()) {
            require(s, p.getPort() != null && p.getPort() > 0 && p.getPort() < 65536, "port out of range");
            oneOf(s, "ports[].protocol", p.getProtocol(), PROTOCOLS, false);
            IntOrString target = p.getTargetPort() != null ? p.getTargetPort() : new IntOrString(p.getPort());
            for (Deployment d : backends) {
                boolean found = d.getSpec().getTemplate().getSpec().getContainers().stream()
                        .anyMatch(c -> resolvePort(c, target) != null);
                require(s, found, "targetPort " + target + " is not a container port of Deployment "
                        + d.getMetadata().getName());
            }
        }
    }

    private void ingress(Ingress i) {
        var spec = i.getSpec();
        if (spec == null || spec.getRules() == null || spec.getRules().isEmpty()) {
            problem(i, "spec.rules must not be empty");
            return;
        }
        for (IngressRule rule : spec.getRules()) {
            require(i, rule.getHost() == null
                    || DNS_1123_SUBDOMAIN.matcher(rule.getHost().replaceFirst("^\\*\\.", "")).matches(),
                    "host '" + rule.getHost() + "' is invalid");
            if (rule.getHttp() == null || rule.getHttp().getPaths() == null || rule.getHttp().getPaths().isEmpty()) {
                problem(i, "rule without http paths");
                continue;
            }
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                oneOf(i, "pathType", path.getPathType(), PATH_TYPES, true);
                require(i, path.getPath() != null && path.getPath().startsWith("/"), "path must start with /");
                var backend = path.getBackend() == null ? null : path.getBackend().getService();
                if (backend == null) {
                    problem(i, "path " + path.getPath() + " has no service backend");
                    continue;
                }
                Service target = find(Service.class, backend.getName());
                require(i, target != null, "backend Service " + backend.getName() + " is not rendered");
                if (target != null && backend.getPort() != null) {
                    boolean portOk = target.getSpec().getPorts().stream()
                            .anyMatch(p -> backend.getPort().getName() != null
                                    ? backend.getPort().getName().equals(p.getName())
                                    : Objects.equals(backend.getPort().getNumber(), p.getPort()));
                    require(i, portOk, "backend port is not a port of Service " + backend.getName());
                }
            }
        }
        if (spec.getTls() != null) {
            spec.getTls().forEach(t -> require(i,
                    notBlank(t.getSecretName()) && t.getHosts() != null && !t.getHosts().isEmpty(),
                    "tls needs hosts and secretName"));
        }
    }

    private void networkPolicy(NetworkPolicy n) {
        var spec = n.getSpec();
        if (spec == null) {
            problem(n, "spec is required");
            return;
        }
        selector(n, "spec.podSelector", spec.getPodSelector(), true);
        require(n, spec.getPolicyTypes() != null && !spec.getPolicyTypes().isEmpty(),
                "spec.policyTypes must be explicit");
        if (spec.getPolicyTypes() != null) {
            spec.getPolicyTypes().forEach(t -> oneOf(n, "policyTypes[]", t, POLICY_TYPES, true));
            require(n, spec.getIngress() == null || spec.getIngress().isEmpty()
                    || spec.getPolicyTypes().contains("Ingress"),
                    "ingress rules without policyType Ingress are ignored");
            require(n, spec.getEgress() == null || spec.getEgress().isEmpty()
                    || spec.getPolicyTypes().contains("Egress"), "egress rules without policyType Egress are ignored");
        }
        for (NetworkPolicyIngressRule r : spec.getIngress() == null
                ? List.<NetworkPolicyIngressRule>of() : spec.getIngress()) {
            peers(n, r.getFrom());
            ports(n, r.getPorts());
        }
        for (NetworkPolicyEgressRule r : spec.getEgress() == null
                ? List.<NetworkPolicyEgressRule>of() : spec.getEgress()) {
            peers(n, r.getTo());
            ports(n, r.getPorts());
        }
    }

    private void peers(NetworkPolicy n, List<NetworkPolicyPeer> peers) {
        if (peers == null) {
            return;
        }
        for (NetworkPolicyPeer p : peers) {
            boolean ip = p.getIpBlock() != null;
            boolean selectors = p.getPodSelector() != null || p.getNamespaceSelector() != null;
            require(n, ip != selectors, "a peer is either an ipBlock or selectors");
            if (ip) {
                require(n, p.getIpBlock().getCidr() != null
                        && p.getIpBlock().getCidr().matches("^[0-9a-fA-F:.]+/[0-9]{1,3}$"),
                        "ipBlock cidr '" + p.getIpBlock().getCidr() + "' is invalid");
            }
            selector(n, "peer.podSelector", p.getPodSelector(), false);
            selector(n, "peer.namespaceSelector", p.getNamespaceSelector(), false);
        }
    }

    private void ports(NetworkPolicy n, List<NetworkPolicyPort> ports) {
        if (ports == null) {
            return;
        }
        for (NetworkPolicyPort p : ports) {
            oneOf(n, "ports[].protocol", p.getProtocol(), PROTOCOLS, false);
            require(n, p.getPort() != null, "port is required (an omitted port opens every port)");
        }
    }

    private void pdb(PodDisruptionBudget p) {
        var spec = p.getSpec();
        if (spec == null) {
            problem(p, "spec is required");
            return;
        }
        require(p, (spec.getMinAvailable() == null) != (spec.getMaxUnavailable() == null),
                "exactly one of minAvailable and maxUnavailable");
        intOrPercent(p, "minAvailable", spec.getMinAvailable());
        intOrPercent(p, "maxUnavailable", spec.getMaxUnavailable());
        selector(p, "spec.selector", spec.getSelector(), true);
        require(p, !selected(spec.getSelector()).isEmpty(), "spec.selector matches no Deployment's pods");
    }

    private void hpa(HorizontalPodAutoscaler h) {
        var spec = h.getSpec();
        if (spec == null || spec.getScaleTargetRef() == null) {
            problem(h, "spec.scaleTargetRef is required");
            return;
        }
        var ref = spec.getScaleTargetRef();
        require(h, "apps/v1".equals(ref.getApiVersion()) && "Deployment".equals(ref.getKind())
                && find(Deployment.class, ref.getName()) != null,
                "scaleTargetRef does not name a rendered apps/v1 Deployment");
        require(h, spec.getMaxReplicas() != null && spec.getMaxReplicas() >= 1, "maxReplicas is required");
        require(h, spec.getMinReplicas() == null
                || (spec.getMinReplicas() >= 1 && spec.getMinReplicas() <= spec.getMaxReplicas()),
                "minReplicas must be within 1..maxReplicas");
        require(h, spec.getMetrics() != null && !spec.getMetrics().isEmpty(), "metrics must not be empty");
        for (MetricSpec m : spec.getMetrics() == null ? List.<MetricSpec>of() : spec.getMetrics()) {
            oneOf(h, "metrics[].type", m.getType(), METRIC_TYPES, true);
            if ("Resource".equals(m.getType())) {
                require(h, m.getResource() != null && m.getResource().getTarget() != null,
                        "Resource metric needs resource.target");
                if (m.getResource() != null && m.getResource().getTarget() != null) {
                    oneOf(h, "target.type", m.getResource().getTarget().getType(), TARGET_TYPES, true);
                    if ("Utilization".equals(m.getResource().getTarget().getType())) {
                        Integer u = m.getResource().getTarget().getAverageUtilization();
                        require(h, u != null && u > 0, "Utilization target needs averageUtilization > 0");
                        Deployment d = find(Deployment.class, ref.getName());
                        if (d != null) {
                            boolean requests = d.getSpec().getTemplate().getSpec().getContainers().stream()
                                    .allMatch(c -> c.getResources() != null
                                            && c.getResources().getRequests() != null
                                            && c.getResources().getRequests().containsKey(m.getResource().getName()));
                            require(h, requests, "utilization of " + m.getResource().getName()
                                    + " needs a request on every container");
                        }
                    }
                }
            }
        }
    }

    private void serviceMonitor(ServiceMonitor m) {
        require(m, m.getSpec() != null && m.getSpec().getEndpoints() != null && !m.getSpec().getEndpoints().isEmpty(),
                "endpoints must not be empty");
        if (m.getSpec() == null) {
            return;
        }
        selector(m, "spec.selector", m.getSpec().getSelector(), true);
        List<Service> services = objects.stream().filter(Service.class::isInstance).map(Service.class::cast)
                .filter(s -> matches(m.getSpec().getSelector(), s.getMetadata().getLabels())).toList();
        require(m, !services.isEmpty(), "spec.selector matches no Service");
        for (Endpoint e : m.getSpec().getEndpoints() == null ? List.<Endpoint>of() : m.getSpec().getEndpoints()) {
            require(m, e.getPort() != null, "endpoint needs a port name");
            for (Service s : services) {
                require(m, s.getSpec().getPorts().stream().anyMatch(p -> Objects.equals(p.getName(), e.getPort())),
                        "Service " + s.getMetadata().getName() + " has no port named " + e.getPort());
            }
            require(m, e.getInterval() == null || DURATION.matcher(e.getInterval()).matches(),
                    "interval is not a duration");
            require(m, e.getScrapeTimeout() == null || DURATION.matcher(e.getScrapeTimeout()).matches(),
                    "scrapeTimeout is not a duration");
        }
    }

    // ---- Strimzi and KEDA: references between the custom resources and to the rendered workloads ----

    private static final Pattern POSITIVE_INT = Pattern.compile("^[1-9][0-9]*$");

    /**
     * A node pool, topic or user names its Kafka cluster by the strimzi.io/cluster label; the cluster must be rendered.
     */
    private void inStrimziCluster(HasMetadata o) {
        String cluster = o.getMetadata().getLabels() == null ? null
                : o.getMetadata().getLabels().get("strimzi.io/cluster");
        require(o, cluster != null && find(Kafka.class, cluster) != null,
                "label strimzi.io/cluster does not name a rendered Kafka");
    }

    private void kafkaTopic(KafkaTopic t) {
        inStrimziCluster(t);
        var spec = t.getSpec();
        require(t, spec != null && spec.getPartitions() != null && spec.getPartitions() >= 1,
                "partitions must be >= 1");
        if (spec == null || spec.getReplicas() == null) {
            return;
        }
        String cluster = t.getMetadata().getLabels().get("strimzi.io/cluster");
        int brokers = objects.stream().filter(KafkaNodePool.class::isInstance).map(KafkaNodePool.class::cast)
                .filter(p -> cluster.equals(p.getMetadata().getLabels().get("strimzi.io/cluster")))
                .filter(p -> p.getSpec().getRoles() != null && p.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(p -> p.getSpec().getReplicas()).sum();
        require(t, spec.getReplicas() >= 1 && spec.getReplicas() <= brokers,
                "replicas " + spec.getReplicas() + " exceed the " + brokers + " brokers of the cluster");
    }

    private void scaledObject(KedaModel.ScaledObject so) {
        var spec = so.getSpec();
        if (spec == null || spec.scaleTargetRef() == null) {
            problem(so, "spec.scaleTargetRef is required");
            return;
        }
        var ref = spec.scaleTargetRef();
        require(so, (ref.apiVersion() == null || "apps/v1".equals(ref.apiVersion()))
                && (ref.kind() == null || "Deployment".equals(ref.kind()))
                && find(Deployment.class, ref.name()) != null,
                "scaleTargetRef does not name a rendered apps/v1 Deployment");
        require(so, objects.stream().noneMatch(o -> o instanceof HorizontalPodAutoscaler h
                && h.getSpec().getScaleTargetRef().getName().equals(ref.name())),
                "a HorizontalPodAutoscaler scales the same Deployment (KEDA creates its own)");
        require(so, spec.maxReplicaCount() != null && spec.maxReplicaCount() >= 1, "maxReplicaCount is required");
        require(so, spec.minReplicaCount() == null || spec.maxReplicaCount() == null
                || spec.minReplicaCount() <= spec.maxReplicaCount(), "minReplicaCount exceeds maxReplicaCount");
        require(so, spec.triggers() != null && !spec.triggers().isEmpty(), "triggers must not be empty");
        for (KedaModel.Trigger t : spec.triggers() == null ? List.<KedaModel.Trigger>of() : spec.triggers()) {
            require(so, "kafka".equals(t.type()), "trigger type '" + t.type() + "' is not the kafka scaler");
            Map<String, String> m = t.metadata() == null ? Map.of() : t.metadata();
            m.keySet().stream().filter(k -> !KedaModel.KAFKA_TRIGGER_KEYS.contains(k))
                    .forEach(k -> problem(so, "kafka trigger metadata '" + k + "' is not a key of the kafka scaler"));
            for (String key : List.of("bootstrapServers", "consumerGroup", "topic", "lagThreshold")) {
                require(so, m.get(key) != null && !m.get(key).isBlank(), "kafka trigger needs " + key);
            }
            require(so, m.get("lagThreshold") == null || POSITIVE_INT.matcher(m.get("lagThreshold")).matches(),
                    "lagThreshold must be a positive integer");
            require(so, m.get("offsetResetPolicy") == null
                    || Set.of("earliest", "latest").contains(m.get("offsetResetPolicy")),
                    "offsetResetPolicy is earliest or latest");
            require(so, m.get("tls") == null || Set.of("enable", "disable").contains(m.get("tls")),
                    "tls is enable or disable");
            require(so, m.get("sasl") == null
                    || Set.of("none", "plaintext", "scram_sha256", "scram_sha512", "oauthbearer", "gssapi")
                            .contains(m.get("sasl")), "sasl mode unknown");
            // a topic the release declares: no more replicas than partitions get work
            objects.stream().filter(KafkaTopic.class::isInstance).map(KafkaTopic.class::cast)
                    .filter(k -> k.getSpec().getTopicName() != null
                            && k.getSpec().getTopicName().equals(m.get("topic"))).findFirst()
                    .ifPresent(k -> require(so,
                            spec.maxReplicaCount() == null || spec.maxReplicaCount() <= k.getSpec().getPartitions(),
                            "maxReplicaCount exceeds the " + k.getSpec().getPartitions() + " partitions of "
                                    + m.get("topic")));
            if (t.authenticationRef() != null) {
                require(so, t.authenticationRef().kind() == null
                        || "TriggerAuthentication".equals(t.authenticationRef().kind()),
                        "authenticationRef.kind must be TriggerAuthentication");
                require(so, find(KedaModel.TriggerAuthentication.class, t.authenticationRef().name()) != null,
                        "authenticationRef names no rendered TriggerAuthentication");
            }
        }
    }

    private void triggerAuthentication(KedaModel.TriggerAuthentication ta) {
        var refs = ta.getSpec() == null || ta.getSpec().secretTargetRef() == null
                ? List.<KedaModel.SecretTargetRef>of() : ta.getSpec().secretTargetRef();
        Set<String> parameters = new HashSet<>();
        for (KedaModel.SecretTargetRef r : refs) {
            require(ta, KedaModel.KAFKA_AUTH_PARAMETERS.contains(r.parameter()),
                    "parameter '" + r.parameter() + "' is not one the kafka scaler reads");
            require(ta, parameters.add(r.parameter()), "parameter " + r.parameter() + " given twice");
            require(ta, notBlank(r.name()) && notBlank(r.key()), "secretTargetRef needs name and key");
        }
    }
}
