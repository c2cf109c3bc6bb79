package io.policylens.deploy;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;

import java.util.List;
import java.util.Map;

/**
 * KEDA's keda.sh/v1alpha1 ScaledObject and TriggerAuthentication, for the strict parse: KEDA publishes no Java model
 * (nor its CRDs in an artifact Maven resolves), so these records name the fields of the CRDs' openAPIV3Schema that
 * Policy Lens may use, with their types. Anything else, a misspelt field included, fails the parse (records have no
 * catch-all map); fields the CRD has and Policy Lens does not use (e.g. fallback, scalingModifiers, podIdentity) are
 * left out on purpose, so they fail too until someone adds them here. The trigger metadata of the kafka scaler is a
 * string map in the CRD; {@link #KAFKA_TRIGGER_KEYS} lists the keys the scaler reads (ManifestChecks refuses others).
 */
final class KedaModel {

    /** Keys the Apache Kafka scaler reads from a trigger's metadata (all values are strings). */
    static final java.util.Set<String> KAFKA_TRIGGER_KEYS = java.util.Set.of(
            "bootstrapServers", "consumerGroup", "topic",
            "lagThreshold", "activationLagThreshold", "offsetResetPolicy", "allowIdleConsumers", "excludePersistentLag",
            "scaleToZeroOnInvalidOffset", "limitToPartitionsWithLag", "ensureEvenDistributionOfPartitions",
            "sasl", "tls", "version", "partitionLimitation", "unsafeSsl");

    /** Parameters a TriggerAuthentication may give the kafka scaler. */
    static final java.util.Set<String> KAFKA_AUTH_PARAMETERS = java.util.Set.of(
            "sasl", "username", "password", "tls", "ca", "cert", "key", "keyPassword", "unsafeSsl");

    private KedaModel() {
    }

    @Group("keda.sh")
    @Version("v1alpha1")
    @Kind("ScaledObject")
    static final class ScaledObject extends CustomResource<ScaledObjectSpec, Void> implements Namespaced {
    }

    record ScaledObjectSpec(ScaleTargetRef scaleTargetRef, Integer pollingInterval, Integer cooldownPeriod,
                            Integer initialCooldownPeriod, Integer idleReplicaCount, Integer minReplicaCount,
                            Integer maxReplicaCount, Advanced advanced, List<Trigger> triggers) {
    }

    record ScaleTargetRef(String apiVersion, String kind, String name, String envSourceContainerName) {
    }

    record Advanced(Boolean restoreToOriginalReplicaCount,
            HorizontalPodAutoscalerConfig horizontalPodAutoscalerConfig) {
    }

    record HorizontalPodAutoscalerConfig(String name, HorizontalPodAutoscalerBehavior behavior) {
    }

    record Trigger(String type, String name, Boolean useCachedMetrics, String metricType, Map<String, String> metadata,
                   AuthenticationRef authenticationRef) {
    }

    record AuthenticationRef(String name, String kind) {
    }

    @Group("keda.sh")
    @Version("v1alpha1")
    @Kind("TriggerAuthentication")
    static final class TriggerAuthentication extends CustomResource<TriggerAuthenticationSpec, Void>
            implements Namespaced {
    }

    record TriggerAuthenticationSpec(List<SecretTargetRef> secretTargetRef) {
    }

    record SecretTargetRef(String parameter, String name, String key) {
    }
}
