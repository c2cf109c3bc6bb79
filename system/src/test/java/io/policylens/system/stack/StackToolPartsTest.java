package io.policylens.system.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stack tool's plain parts, without a stack. */
class StackToolPartsTest {

    private static final Path REPO = Path.of(System.getProperty("policylens.repo.root", "..")).toAbsolutePath()
            .normalize();

    @Test
    void portsDefaultToLauncherDefaultsAndFollowEnvironment() {
        StackConfig defaults = StackConfig.fromEnvironment(Map.of(), REPO);
        assertThat(defaults.gateway()).hasToString("http://127.0.0.1:8080");
        assertThat(defaults.issuer()).hasToString("http://127.0.0.1:8180/realms/policylens");
        assertThat(defaults.service("claims")).hasToString("http://127.0.0.1:8082");

        StackConfig moved = StackConfig.fromEnvironment(
                Map.of("GATEWAY_PORT", "18080", "KEYCLOAK_PORT", "18180"), REPO);
        assertThat(moved.gateway()).hasToString("http://127.0.0.1:18080");
        assertThat(moved.environment()).containsEntry("KEYCLOAK_PORT", "18180").containsEntry("DOCUMENTS_PORT", "8081");
        assertThatThrownBy(() -> StackConfig.fromEnvironment(Map.of("GATEWAY_PORT", "70000"), REPO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void managementPortsAreTheApiPortsPlus1000LikeTheScriptsSetThem() {
        StackConfig defaults = StackConfig.fromEnvironment(Map.of(), REPO);
        assertThat(defaults.management("gateway")).hasToString("http://127.0.0.1:9080");
        assertThat(defaults.management("documents")).hasToString("http://127.0.0.1:9081");
        assertThat(defaults.management("recommendations-service")).hasToString("http://127.0.0.1:9083");
        assertThat(StackConfig.fromEnvironment(Map.of("CLAIMS_PORT", "18082"), REPO).management("claims"))
                .hasToString("http://127.0.0.1:19082");
    }

    @Test
    void secondReplicasListenOnTheFirstOnesPortsPlus20() {
        StackConfig e2e = StackConfig.fromEnvironment(
                Map.of("CLAIMS_PORT", "18082", "RECOMMENDATIONS_PORT", "18083"), REPO);
        assertThat(e2e.replicaPort("claims")).isEqualTo(18102);
        assertThat(e2e.managementOf("claims-service-2")).hasToString("http://127.0.0.1:19102");
        assertThat(e2e.managementOf("recommendations-service-2")).hasToString("http://127.0.0.1:19103");
        assertThat(e2e.managementOf("recommendations")).hasToString("http://127.0.0.1:19083");
        assertThat(ServiceReplica.partName("claims")).isEqualTo("claims-service-2");
        assertThat(ServiceReplica.portVariable("recommendations-service")).isEqualTo("RECOMMENDATIONS_PORT");
    }

    @Test
    void serviceNamesAcceptShortForms() {
        assertThat(StackParts.serviceName("documents")).isEqualTo("documents-service");
        assertThat(StackParts.serviceName("claims-service")).isEqualTo("claims-service");
        assertThat(StackParts.serviceName("gateway")).isEqualTo("gateway");
        assertThatThrownBy(() -> StackParts.serviceName("keycloak")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void realmFileGivesSecretsOfConfidentialClientsOnly() {
        RealmFile realm = RealmFile.read(REPO.resolve("dev/keycloak/policylens-realm.json"));
        assertThat(realm.secret("partner-a-api")).contains("partner-a-api-dev-secret");
        assertThat(realm.secret("claims-service")).isPresent();
        assertThat(realm.secret("policylens-swagger")).isEmpty();
        assertThat(realm.secret("analyst")).isEmpty();
    }

    @Test
    void corpusFolderListsSupportedFormatsSorted(@TempDir Path folder) throws Exception {
        for (String name : new String[] {"b.md", "a.txt", "c.HTML", "d.htm", "e.markdown", "f.pdf", "g"}) {
            Files.writeString(folder.resolve(name), "x");
        }
        Files.createDirectory(folder.resolve("sub.txt"));
        assertThat(CorpusFolder.files(folder)).extracting(p -> p.getFileName().toString())
                .containsExactly("a.txt", "b.md", "c.HTML", "d.htm", "e.markdown");
        assertThat(CorpusFolder.format(folder.resolve("c.HTML"))).contains("html");
        assertThat(CorpusFolder.format(folder.resolve("e.markdown"))).contains("markdown");
        assertThatThrownBy(() -> CorpusFolder.files(folder.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void topTopicsCountsStringAndObjectTopics() throws Exception {
        String page = """
                {"items":[{"topics":["semiconductors","energy"]},\
                {"topics":[{"topic":"semiconductors","score":0.5}]},{"topics":[]}],"total":3}""";
        assertThat(StackSummary.topTopics(new ObjectMapper().readTree(page)))
                .isEqualTo("semiconductors (2), energy (1)");
    }

    @Test
    void optionsArePairsAfterTheCommand() {
        assertThat(StackTool.options(new String[] {"ingest", "--corpus", "/x", "--as", "partner-b-api"}, 1))
                .containsEntry("corpus", "/x").containsEntry("as", "partner-b-api");
        assertThatThrownBy(() -> StackTool.options(new String[] {"ingest", "--corpus"}, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
