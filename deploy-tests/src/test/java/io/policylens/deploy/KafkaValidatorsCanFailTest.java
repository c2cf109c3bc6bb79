package io.policylens.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The validators of the Strimzi and KEDA resources must be able to fail: each case breaks one thing in the chart's
 * rendering with Strimzi and KEDA on and expects the strict model or the checks to reject it.
 */
class KafkaValidatorsCanFailTest {

    private static String rendered;

    @BeforeAll
    static void render() {
        rendered = Rendered.template(Map.of("kafka.strimzi.enabled", true));
    }

    @Test
    void theValidRenderingIsAccepted() {
        List<HasMetadata> objects = StrictModel.parseAll(rendered);
        assertThat(ManifestChecks.problems(objects)).isEmpty();
        assertThat(objects).anyMatch(KedaModel.ScaledObject.class::isInstance)
                .anyMatch(KedaModel.TriggerAuthentication.class::isInstance)
                .anyMatch(io.strimzi.api.kafka.model.kafka.Kafka.class::isInstance);
    }

    @ParameterizedTest(name = "model rejects {0}")
    @CsvSource(delimiter = '|', value = {
            "a misspelt KafkaTopic field           | '  partitions: 12'                 | '  partition: 12'",
            "a misspelt KafkaTopic spec key        | 'topicName: policylens.document-changes'"
                    + " | 'topic: policylens.document-changes'",
            "a misspelt Kafka listener field       | 'networkPolicyPeers:'              | 'networkPolicyPeer:'",
            "a misspelt node pool storage field    | 'deleteClaim: false'               | 'deleteClaims: false'",
            "an unknown authentication type        | 'type: scram-sha-512'              | 'type: scram-sha-384'",
            "an unknown ACL operation              | '- Write'                          | '- Writes'",
            "a v1beta2-only ACL field (operation)  | 'operations:'"
                    + " | 'operation: Read\n        operations:'",
            "a string for the partitions           | '  partitions: 12'                 | '  partitions: \"12\"'",
            "a misspelt ScaledObject field         | 'minReplicaCount:'                 | 'minReplicas:'",
            "a misspelt scaleTargetRef field       | '    kind: Deployment\n    name: policylens-claims-service'"
                    + " | '    kind: Deployment\n    nam: policylens-claims-service'",
            "a string for pollingInterval          | 'pollingInterval: 15'              | 'pollingInterval: \"15\"'",
            "a number in trigger metadata          | 'lagThreshold: \"50\"'             | 'lagThreshold: 50'",
            "a misspelt TriggerAuthentication key  | 'secretTargetRef:'                 | 'secretTargetRefs:'",
            "an unsupported KEDA apiVersion        | 'apiVersion: keda.sh/v1alpha1'     | 'apiVersion: keda.sh/v1'",
            "an unsupported Strimzi apiVersion     | 'apiVersion: kafka.strimzi.io/v1'"
                    + " | 'apiVersion: kafka.strimzi.io/v1beta3'",
    })
    void strictModelRejects(String what, String from, String to) {
        String broken = replaceFirst(from, to);
        assertThatThrownBy(() -> StrictModel.parseAll(broken)).as(what).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "checks reject {0}")
    @CsvSource(delimiter = '|', value = {
            "a misspelt trigger metadata key       | 'lagThreshold:'                    | 'lagTreshold:'",
            "a lag threshold that is not a number  | 'lagThreshold: \"50\"'             | 'lagThreshold: \"fifty\"'",
            "a trigger of another scaler           | '- type: kafka'                    | '- type: kafka-lag'",
            "a scale target that is not rendered   | '    name: policylens-claims-service\n  pollingInterval'"
                    + " | '    name: policylens-claim-service\n  pollingInterval'",
            "more replicas than partitions         | 'maxReplicaCount: 6'               | 'maxReplicaCount: 13'",
            "an authenticationRef to nothing       | '        name: policylens-kafka-scaler'"
                    + " | '        name: policylens-kafka-scalers'",
            "an unknown auth parameter             | '- parameter: cert'                | '- parameter: certificate'",
            "a topic of another cluster            | 'strimzi.io/cluster: policylens\nspec:\n  topicName'"
                    + " | 'strimzi.io/cluster: other\nspec:\n  topicName'",
            "more topic replicas than brokers      | '  replicas: 3\n  config:\n    cleanup.policy: compact'"
                    + " | '  replicas: 4\n  config:\n    cleanup.policy: compact'",
    })
    void checksReject(String what, String from, String to) {
        String broken = replaceFirst(from, to);
        List<HasMetadata> objects = StrictModel.parseAll(broken);
        assertThat(ManifestChecks.problems(objects)).as(what).isNotEmpty();
    }

    @Test
    void anAclBeyondTheRoleFailsTheLeastPrivilegeAssertion() {
        String broken = replaceFirst("          - Describe\n          - Write\n",
                "          - Describe\n          - Write\n          - Read\n");
        KafkaAssertions a = new KafkaAssertions(StrictModel.parseAll(broken));
        assertThatThrownBy(a::assertLeastPrivilege).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ACLs of policylens-documents-service");
    }

    private static String replaceFirst(String from, String to) {
        String f = from.replace("\\n", "\n");
        assertThat(rendered).as("the case names text of the rendering").contains(f);
        int i = rendered.indexOf(f);
        return rendered.substring(0, i) + to.replace("\\n", "\n") + rendered.substring(i + f.length());
    }
}
