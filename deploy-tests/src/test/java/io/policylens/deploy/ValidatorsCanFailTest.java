package io.policylens.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The validators must be able to fail: each case breaks one thing in an otherwise valid manifest
 * (taken from k8s/base) and expects the strict model or the checks to reject it.
 */
class ValidatorsCanFailTest {

    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web}
              ports: [{name: http, port: 8080, targetPort: http}]
            """;

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 1
              strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}}
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                    - name: web
                      image: example/web:1
                      ports: [{name: http, containerPort: 8080, protocol: TCP}]
                      readinessProbe: {httpGet: {path: /q/health/ready, port: http}}
            """;

    private static final String POLICY = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: deny}
            spec:
              podSelector: {}
              policyTypes: [Ingress, Egress]
            """;

    @Test
    void theValidSampleIsAccepted() {
        List<HasMetadata> objects = StrictModel.parseAll(DEPLOYMENT + "---\n" + SERVICE + "---\n" + POLICY);
        assertThat(ManifestChecks.problems(objects)).isEmpty();
    }

    @ParameterizedTest(name = "model rejects {0}")
    @CsvSource(delimiter = '|', value = {
            "an unknown field                 | 'replicas: 1'             | 'replica: 1'",
            "an unknown nested field          | 'image: example/web:1'"
                    + " | 'image: example/web:1\n          imagePolicy: Always'",
            "a string for an int              | 'containerPort: 8080'     | 'containerPort: \"8080\"'",
            "a string for a boolean           | 'replicas: 1'             | 'replicas: 1\n  paused: \"false\"'",
            "a number for a string            | 'image: example/web:1'    | 'image: 42'",
            "a misspelt kind                  | 'kind: Deployment'        | 'kind: Deployement'",
            "an unsupported apiVersion        | 'apiVersion: apps/v1'     | 'apiVersion: apps/v1beta1'",
    })
    void strictModelRejects(String what, String from, String to) {
        String broken = DEPLOYMENT.replace(from, to.replace("\\n", "\n"));
        assertThat(broken).as("the case changes the sample").isNotEqualTo(DEPLOYMENT);
        assertThatThrownBy(() -> StrictModel.parseAll(broken)).as(what).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "checks reject {0}")
    @CsvSource(delimiter = '|', value = {
            "a bad policyType                 | 'policyTypes: [Ingress, Egress]' | 'policyTypes: [Ingres]'",
            "a missing image                  | 'image: example/web:1'           | 'imagePullPolicy: Always'",
            "a bad imagePullPolicy            | 'image: example/web:1'"
                    + " | 'image: example/web:1\n          imagePullPolicy: Sometimes'",
            "a probe on an undeclared port    | 'port: http}}'                   | 'port: metrics}}'",
            "a targetPort no container has    | 'targetPort: http'               | 'targetPort: web'",
            "a selector that misses the pods  | 'selector: {matchLabels: {app: web}}'"
                    + " | 'selector: {matchLabels: {app: api}}'",
            "a bad protocol                   | 'protocol: TCP'                  | 'protocol: HTTP'",
            "an invalid name                  | 'metadata: {name: web}'          | 'metadata: {name: Web_1}'",
            "a surge that is a string number  | 'maxSurge: 25%'                  | 'maxSurge: \"1\"'",
    })
    void checksReject(String what, String from, String to) {
        String all = DEPLOYMENT + "---\n" + SERVICE + "---\n" + POLICY;
        String broken = all.replace(from, to.replace("\\n", "\n"));
        assertThat(broken).as("the case changes the sample").isNotEqualTo(all);
        List<HasMetadata> objects = StrictModel.parseAll(broken);
        assertThat(ManifestChecks.problems(objects)).as(what).isNotEmpty();
    }

    @Test
    void kustomizeMergeFollowsStrategicMergeRules() {
        ObjectNode target = StrictModel.documents(DEPLOYMENT).get(0);
        ObjectNode patch = StrictModel.documents("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: null
                  template:
                    spec:
                      containers:
                        - name: web
                          image: example/web:2
                        - name: sidecar
                          image: example/sidecar:1
                """).get(0);
        MiniKustomize.merge(target, patch);
        assertThat(target.path("spec").has("replicas")).as("null deletes").isFalse();
        var containers = target.path("spec").path("template").path("spec").path("containers");
        assertThat(containers).hasSize(2);
        assertThat(containers.get(0).path("image").asText()).isEqualTo("example/web:2");
        assertThat(containers.get(0).path("readinessProbe").isMissingNode())
                .as("merged by name, not replaced").isFalse();
    }

    @Test
    void kustomizationWithAnUnsupportedFieldFails(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                commonLabels: {team: x}
                resources: []
                """);
        assertThatThrownBy(() -> MiniKustomize.build(dir)).hasMessageContaining("commonLabels");
    }

    @Test
    void jsonPatchWithATargetPatchesEveryMatchAndStopsAtAFailedTest(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String api = DEPLOYMENT.replace("metadata: {name: web}", "metadata: {name: api}")
                .replace("- name: web", "- name: api");
        java.nio.file.Files.writeString(dir.resolve("web.yaml"), DEPLOYMENT + "---\n" + api);
        java.nio.file.Files.writeString(dir.resolve("patch.yaml"), """
                - op: add
                  path: /spec/template/spec/enableServiceLinks
                  value: false
                """);
        java.nio.file.Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [web.yaml]
                patches:
                  - path: patch.yaml
                    target: {kind: Deployment}
                """);
        assertThat(MiniKustomize.build(dir)).hasSize(2)
                .allSatisfy(o -> assertThat(o.path("spec").path("template").path("spec")
                        .path("enableServiceLinks").asBoolean(true)).isFalse());
        java.nio.file.Files.writeString(dir.resolve("patch.yaml"), """
                - op: test
                  path: /spec/template/spec/containers/0/name
                  value: web
                """);
        assertThatThrownBy(() -> MiniKustomize.build(dir)).as("the test op fails on Deployment api")
                .hasMessageContaining("api");
    }
}
