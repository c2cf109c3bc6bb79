package io.policylens.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict parsing of Kubernetes manifests into the fabric8 object model.
 *
 * <ul>
 *   <li>Only the (apiVersion, kind) pairs that Policy Lens ships are accepted; anything else fails.</li>
 *   <li>No scalar coercion: "8080" is not an int, 2 is not a string, "true" is not a boolean.</li>
 *   <li>Unknown fields fail. fabric8 and Strimzi classes swallow unknown fields into {@code additionalProperties}
 *       (a {@code @JsonAnySetter}), so FAIL_ON_UNKNOWN_PROPERTIES alone is not enough: after parsing,
 *       every model object in the graph must have empty additional properties.</li>
 *   <li>Duplicate keys fail, and so do enum values a model reads as null (Strimzi's do, instead of failing).</li>
 * </ul>
 */
final class StrictModel {

    static final Map<String, Class<? extends HasMetadata>> KINDS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
            // Strimzi's own model (io.strimzi:api), the v1 API of the operator
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class),
            // KEDA publishes no model: KedaModel names the CRD fields Policy Lens uses
            Map.entry("keda.sh/v1alpha1/ScaledObject", KedaModel.ScaledObject.class),
            Map.entry("keda.sh/v1alpha1/TriggerAuthentication", KedaModel.TriggerAuthentication.class));

    /** Packages whose objects are walked for swallowed unknown fields (fabric8's and Strimzi's catch-all maps). */
    private static final List<String> MODEL_PACKAGES = List.of("io.fabric8.", "io.strimzi.", "io.policylens.deploy.");

    static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder().build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static final ObjectMapper MAPPER = strictMapper();

    private StrictModel() {
    }

    static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        for (LogicalType numeric : List.of(LogicalType.Integer, LogicalType.Float)) {
            mapper.coercionConfigFor(numeric)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("unknown-enum-values-fail")
                .setDeserializerModifier(new UnknownEnumValuesFail()));
        return mapper;
    }

    /**
     * Strimzi's enums read an unknown value (an ACL operation "Writes", say) as null through their @JsonCreator
     * instead of failing; this wraps every enum deserializer so that a value that reads as null fails the parse.
     */
    private static final class UnknownEnumValuesFail extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                          BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
            return new StdDeserializer<Object>(type) {
                @Override
                public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
                    Object value = deserializer.deserialize(p, context);
                    if (value == null) {
                        throw context.weirdStringException(p.getText(), type.getRawClass(), "not one of its values");
                    }
                    return value;
                }
            };
        }
    }

    /** The YAML documents of a stream, empty documents (e.g. a template that rendered nothing) dropped. */
    static List<ObjectNode> documents(String yaml) {
        List<ObjectNode> docs = new ArrayList<>();
        try (var parser = YAML.createParser(yaml)) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode node = it.next();
                if (node == null || node.isNull() || node.isMissingNode() || (node.isObject() && node.isEmpty())
                        || (node.isTextual() && node.asText().isBlank())) {
                    continue;
                }
                if (!node.isObject()) {
                    throw new IllegalArgumentException("a manifest document is not a mapping: " + node);
                }
                docs.add((ObjectNode) node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    /** Parses one manifest strictly; throws with the object's identity on any violation. */
    static HasMetadata parse(JsonNode doc) {
        String apiVersion = doc.path("apiVersion").asText(null);
        String kind = doc.path("kind").asText(null);
        String id = apiVersion + "/" + kind + " " + doc.path("metadata").path("name").asText("<no name>");
        Class<? extends HasMetadata> type = KINDS.get(apiVersion + "/" + kind);
        if (type == null) {
            throw new IllegalArgumentException(id + ": apiVersion/kind is not one Policy Lens ships (or misspelt)");
        }
        HasMetadata object;
        try {
            object = MAPPER.treeToValue(doc, type);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(id + ": " + e.getOriginalMessage() + " at " + location(e), e);
        }
        List<String> unknown = new ArrayList<>();
        unknownFields(object, "", unknown, new IdentityHashMap<>());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(id + ": unknown fields " + unknown);
        }
        return object;
    }

    static List<HasMetadata> parseAll(String yaml) {
        return documents(yaml).stream().map(StrictModel::parse).toList();
    }

    private static String location(IOException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
            return m.getPathReference();
        }
        return "?";
    }

    /** Walks the fabric8 object graph: every additionalProperties map must be empty. */
    private static void unknownFields(Object value, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object element : c) {
                unknownFields(element, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                unknownFields(e.getValue(), path + "." + e.getKey(), unknown, seen);
            }
            return;
        }
        if (value instanceof Enum<?> || MODEL_PACKAGES.stream().noneMatch(value.getClass().getName()::startsWith)) {
            return;
        }
        for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object fieldValue;
                try {
                    fieldValue = field.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (field.getName().equals("additionalProperties")) {
                    if (fieldValue instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        for (Object key : extra.keySet()) {
                            unknown.add((path.isEmpty() ? "" : path + ".") + key);
                        }
                    }
                    continue;
                }
                unknownFields(fieldValue, path + "." + field.getName(), unknown, seen);
            }
        }
    }

    static Set<String> kinds() {
        return KINDS.keySet();
    }
}
