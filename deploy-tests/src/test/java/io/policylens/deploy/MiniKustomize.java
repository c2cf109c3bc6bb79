package io.policylens.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.fabric8.zjsonpatch.JsonPatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subset of `kubectl kustomize` that k8s/ uses, so the overlays can be rendered without kubectl
 * (there is none here, and no Java port of kustomize is published).
 *
 * <p>Supported, with kustomize's semantics: {@code resources} (files with one or more documents, and
 * directories holding a kustomization.yaml), {@code namespace} (set on every namespaced object),
 * {@code images} (name → newName/newTag on containers), and {@code patches} given by {@code path}:
 * <ul>
 *   <li>without a target: strategic-merge patches that name their target by apiVersion, kind and
 *       metadata.name. The merge follows the strategic-merge rules for the fields used here: maps merge
 *       recursively, {@code null} deletes a key, lists of objects keyed by {@code name} (containers,
 *       env, volumes, volumeMounts, ports) merge by that key, other lists are replaced; a patch that is only
 *       {@code $patch: delete} besides apiVersion, kind and metadata deletes the resource;</li>
 *   <li>with a {@code target} (kind, and optionally name): a JSON patch (RFC 6902, applied by zjsonpatch)
 *       applied to every resource of that kind (and name); each must match at least one resource.</li>
 * </ul>
 *
 * <p>Anything else in a kustomization.yaml (generators, labels, replicas, targets by group or label...) is an
 * unknown field and fails the strict parse, so this renderer can never silently ignore a setting.
 */
final class MiniKustomize {

    record Image(String name, String newName, String newTag, String digest) {
    }

    record Target(String kind, String name) {
    }

    record Patch(String path, Target target) {
    }

    record Kustomization(String apiVersion, String kind, List<String> resources, String namespace,
                         List<Image> images, List<Patch> patches) {
    }

    /** Kinds that are not namespaced (none is used today; listed so `namespace` never touches them). */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "IngressClass", "PriorityClass");

    private MiniKustomize() {
    }

    static String kustomizationFile(Path dir) {
        return RepoFiles.read(dir.resolve("kustomization.yaml"));
    }

    static List<ObjectNode> build(Path dir) {
        Kustomization k;
        try {
            k = StrictModel.MAPPER.treeToValue(StrictModel.YAML.readTree(kustomizationFile(dir)), Kustomization.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(dir + "/kustomization.yaml: " + e.getMessage(), e);
        }
        if (!"kustomize.config.k8s.io/v1beta1".equals(k.apiVersion()) || !"Kustomization".equals(k.kind())) {
            throw new IllegalArgumentException(dir + ": not a kustomize.config.k8s.io/v1beta1 Kustomization");
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (String resource : k.resources() == null ? List.<String>of() : k.resources()) {
            Path path = dir.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(build(path));
            } else if (Files.isRegularFile(path)) {
                objects.addAll(StrictModel.documents(RepoFiles.read(path)));
            } else {
                throw new IllegalArgumentException(dir + ": resource " + resource + " does not exist");
            }
        }
        for (Patch patch : k.patches() == null ? List.<Patch>of() : k.patches()) {
            if (patch.path() == null) {
                throw new IllegalArgumentException(dir + ": only patches with a path are supported");
            }
            if (patch.target() != null) {
                jsonPatch(dir, patch, objects);
                continue;
            }
            for (ObjectNode p : StrictModel.documents(RepoFiles.read(dir.resolve(patch.path())))) {
                ObjectNode target = objects.stream().filter(o -> o.path("apiVersion").equals(p.path("apiVersion"))
                                && o.path("kind").equals(p.path("kind"))
                                && o.path("metadata").path("name").equals(p.path("metadata").path("name")))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException(dir + "/" + patch.path()
                                + ": no resource " + p.path("kind").asText() + "/"
                                + p.path("metadata").path("name").asText() + " to patch"));
                if (p.has("$patch")) {
                    // the one directive supported: a whole resource deleted
                    // ($patch: delete beside apiVersion, kind, metadata)
                    if (!"delete".equals(p.get("$patch").asText()) || p.size() != 4) {
                        throw new IllegalArgumentException(dir + "/" + patch.path()
                                + ": only a bare $patch: delete is supported");
                    }
                    objects.remove(target);
                    continue;
                }
                merge(target, p);
            }
        }
        for (Image image : k.images() == null ? List.<Image>of() : k.images()) {
            boolean used = false;
            for (ObjectNode o : objects) {
                for (JsonNode c : containers(o)) {
                    String current = c.path("image").asText();
                    String name = current.replaceFirst("[:@].*$", "");
                    if (name.equals(image.name())) {
                        String newName = image.newName() != null ? image.newName() : name;
                        String tag = current.contains(":") ? current.substring(current.indexOf(':')) : "";
                        if (image.newTag() != null) {
                            tag = ":" + image.newTag();
                        }
                        if (image.digest() != null) {
                            tag = "@" + image.digest();
                        }
                        ((ObjectNode) c).put("image", newName + tag);
                        used = true;
                    }
                }
            }
            if (!used) {
                throw new IllegalArgumentException(dir + ": image " + image.name() + " matches no container");
            }
        }
        if (k.namespace() != null) {
            for (ObjectNode o : objects) {
                if (!CLUSTER_SCOPED.contains(o.path("kind").asText())) {
                    ((ObjectNode) o.path("metadata")).put("namespace", k.namespace());
                }
            }
        }
        return objects;
    }

    /** A JSON patch (a YAML list of RFC 6902 operations) applied to every resource the target selects. */
    private static void jsonPatch(Path dir, Patch patch, List<ObjectNode> objects) {
        Target target = patch.target();
        if (target.kind() == null) {
            throw new IllegalArgumentException(dir + "/" + patch.path() + ": the target needs a kind");
        }
        JsonNode operations;
        try {
            operations = StrictModel.YAML.readTree(RepoFiles.read(dir.resolve(patch.path())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!operations.isArray()) {
            throw new IllegalArgumentException(dir + "/" + patch.path()
                    + ": a patch with a target must be a JSON patch (a list of operations)");
        }
        boolean used = false;
        for (int i = 0; i < objects.size(); i++) {
            ObjectNode o = objects.get(i);
            // kustomize reads the target's name as a regular expression that must match the whole name
            if (o.path("kind").asText().equals(target.kind())
                    && (target.name() == null || o.path("metadata").path("name").asText().matches(target.name()))) {
                try {
                    objects.set(i, (ObjectNode) JsonPatch.apply(operations, o));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(dir + "/" + patch.path() + " on " + target.kind() + " "
                            + o.path("metadata").path("name").asText() + ": " + e.getMessage(), e);
                }
                used = true;
            }
        }
        if (!used) {
            throw new IllegalArgumentException(dir + "/" + patch.path() + ": target " + target
                    + " matches no resource");
        }
    }

    private static List<JsonNode> containers(ObjectNode o) {
        List<JsonNode> result = new ArrayList<>();
        JsonNode pod = o.path("spec").path("template").path("spec");
        for (String field : List.of("initContainers", "containers")) {
            pod.path(field).forEach(result::add);
        }
        return result;
    }

    /** Strategic merge of patch into target (in place). */
    static void merge(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            JsonNode existing = target.get(key);
            if (key.startsWith("$")) {
                throw new IllegalArgumentException("strategic-merge directive " + key + " is not supported");
            }
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value);
            } else if (value.isArray() && existing != null && existing.isArray()
                    && keyedByName((ArrayNode) value) && keyedByName((ArrayNode) existing)) {
                mergeByName((ArrayNode) existing, (ArrayNode) value);
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static boolean keyedByName(ArrayNode list) {
        if (list.isEmpty()) {
            return false;
        }
        for (JsonNode element : list) {
            if (!element.isObject() || !(element.get("name") instanceof TextNode)) {
                return false;
            }
        }
        return true;
    }

    private static void mergeByName(ArrayNode target, ArrayNode patch) {
        for (JsonNode p : patch) {
            ObjectNode match = null;
            for (JsonNode t : target) {
                if (t.get("name").equals(p.get("name"))) {
                    match = (ObjectNode) t;
                }
            }
            if (match == null) {
                target.add(p.deepCopy());
            } else {
                merge(match, (ObjectNode) p);
            }
        }
    }

}
