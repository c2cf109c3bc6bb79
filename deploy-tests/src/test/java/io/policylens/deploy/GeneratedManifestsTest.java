package io.policylens.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed k8s/base/generated/*.yaml are what quarkus-kubernetes generates from each service's
 * application.properties: a hand edit there, or a changed property that was not regenerated, fails here.
 * Maven packages the four services before this module (deploy-tests' pom), so their target/kubernetes is fresh.
 */
class GeneratedManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "documents-service", "claims-service", "recommendations-service"})
    void committedBaseIsTheGeneratorsOutput(String module) throws IOException {
        Path output = GeneratedManifests.buildOutput(module);
        assertThat(output).as("quarkus-kubernetes output of " + module
                + ": package it first (./policylens manifests)").isRegularFile();
        for (Path source : List.of(RepoFiles.root().resolve(module).resolve("pom.xml"),
                RepoFiles.root().resolve(module).resolve("src/main/resources/application.properties"))) {
            assertThat(Files.getLastModifiedTime(output)).as(output + " is older than " + source
                    + ": package " + module + " again (./policylens manifests)")
                    .isGreaterThanOrEqualTo(Files.getLastModifiedTime(source));
        }
        String expected = GeneratedManifests.fileContent(module, RepoFiles.read(output));
        Path committed = GeneratedManifests.committed(module);
        if (Boolean.getBoolean(GeneratedManifests.WRITE_PROPERTY)) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, expected);
        }
        assertThat(RepoFiles.read(committed))
                .as(committed + " differs from what quarkus-kubernetes generates from " + module
                        + "'s application.properties: change the properties, not the file, "
                        + "and run ./policylens manifests")
                .isEqualTo(expected);
    }

    /** Nothing but the service's Deployment and Service: no init Job, RBAC or ServiceMonitor slips into the base. */
    @ParameterizedTest
    @ValueSource(strings = {"gateway", "documents-service", "claims-service", "recommendations-service"})
    void generatesOnlyTheDeploymentAndTheService(String module) {
        List<ObjectNode> documents = StrictModel.documents(RepoFiles.read(GeneratedManifests.buildOutput(module)));
        assertThat(documents).extracting(d -> d.path("kind").asText() + "/" + d.path("metadata").path("name").asText())
                .containsExactlyInAnyOrder("Deployment/" + module, "Service/" + module);
        assertThat(documents).allSatisfy(d ->
                assertThat(d.path("spec").path("template").path("spec").has("initContainers"))
                .as(module + " init containers").isFalse());
    }

    /** The canonical form hides only the generator's varying order of names, never a changed value. */
    @Test
    void canonicalFormIgnoresOrderOnly() {
        String a = """
                apiVersion: v1
                kind: Service
                metadata:
                  labels: {b: "2", a: "1"}
                  name: s
                spec:
                  ports:
                    - {name: management, port: 9000}
                    - {name: http, port: 8080}
                """;
        String reordered = """
                kind: Service
                apiVersion: v1
                metadata:
                  name: s
                  labels: {a: "1", b: "2"}
                spec:
                  ports:
                    - {port: 8080, name: http}
                    - {port: 9000, name: management}
                """;
        assertThat(GeneratedManifests.canonical(reordered)).isEqualTo(GeneratedManifests.canonical(a));
        assertThat(GeneratedManifests.canonical(a.replace("port: 9000", "port: 9001")))
                .isNotEqualTo(GeneratedManifests.canonical(a));
        assertThat(GeneratedManifests.canonical(a.replace("\"2\"", "2"))).as("a number is not its string")
                .isNotEqualTo(GeneratedManifests.canonical(a));
        assertThat(GeneratedManifests.canonical(a)).contains("b: \"2\"");
    }
}
